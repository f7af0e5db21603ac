/**
 * The annotation import dialog: the chosen file, then what importing it would add, leave
 * out and could not place (or why the file is refused); nothing is written until the
 * analyst presses "Add N highlights".
 */
import { useId, type Ref } from 'react'
import { useDocumentSummaries } from '../../host/useDocuments'
import { CloseDialogButton } from '../../ui/CloseDialogButton'
import { AnnotationImportPlanView } from './AnnotationImportPlanView'
import { confirmLabel, fileDescription } from './annotation-import-wording'
import type { AnnotationImportFlow } from './useAnnotationImport'

interface ImportAnnotationsDialogProps {
  ref: Ref<HTMLDialogElement>
  flow: AnnotationImportFlow
}

export function ImportAnnotationsDialog({ ref, flow }: ImportAnnotationsDialogProps) {
  const id = useId()
  const documents = useDocumentSummaries()
  const { state } = flow
  const planned = state.step === 'planned' ? state : null
  const count = planned?.plan.highlights.length ?? 0
  const close = (dialog: HTMLDialogElement | null) => dialog?.close()
  const add = async (dialog: HTMLDialogElement | null) => {
    if (await flow.confirm()) close(dialog)
  }

  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide annotation-import"
      aria-labelledby={`${id}-title`}
      onClose={flow.reset}
    >
      <h2 id={`${id}-title`}>Import annotations</h2>
      {state.step !== 'idle' && (
        <p className="ai-file">
          <span className="ai-file-name">{state.fileName}</span>
          {planned && (
            <span className="ai-file-kind">
              {fileDescription(planned.format, planned.annotations.length)}
            </span>
          )}
        </p>
      )}
      {state.step === 'reading' && <p aria-live="polite">Reading the file…</p>}
      {state.step === 'refused' && (
        <div role="alert">
          <p className="ai-refusal">{state.problem}</p>
          <p className="dialog-note">
            Nothing was added. Choose a file of W3C Web Annotations (JSON-LD): Casefile’s Export
            JSON-LD, a Hypothesis export or a Recogito download.
          </p>
        </div>
      )}
      {planned && (
        <AnnotationImportPlanView
          state={planned}
          documents={documents}
          onChoose={(source, docId) => void flow.choose(source, docId)}
        />
      )}
      <div className="dialog-actions dialog-actions-sticky ai-actions">
        <CloseDialogButton>{state.step === 'refused' ? 'Close' : 'Cancel'}</CloseDialogButton>
        {planned && (
          <button
            type="button"
            className="button"
            disabled={count === 0 || planned.busy !== null}
            onClick={(e) => void add(e.currentTarget.closest('dialog'))}
          >
            {confirmLabel(count)}
          </button>
        )}
      </div>
    </dialog>
  )
}
