/**
 * "Import annotations…": chooses a W3C Web Annotation file (Casefile's own JSON-LD
 * export, Hypothesis, Recogito) and opens the dialog that says what it would add. The
 * file is chosen through a hidden file input, which both hosts show as their own chooser.
 */
import { useRef } from 'react'
import { ANNOTATION_FILE_ACCEPT } from './annotation-import-actions'
import { ImportAnnotationsDialog } from './ImportAnnotationsDialog'
import { useAnnotationImport } from './useAnnotationImport'

export function ImportAnnotationsButton() {
  const flow = useAnnotationImport()
  const dialog = useRef<HTMLDialogElement>(null)
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button
        type="button"
        className="button-quiet nb-import"
        title="Add highlights from a W3C Web Annotation file (JSON-LD): Casefile’s own export, Hypothesis or Recogito"
        onClick={() => input.current?.click()}
      >
        Import annotations…
      </button>
      <input
        ref={input}
        type="file"
        accept={ANNOTATION_FILE_ACCEPT}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="annotation-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          // Cleared so that choosing the same file again is a change too.
          e.currentTarget.value = ''
          if (!file) return
          if (!dialog.current?.open) dialog.current?.showModal()
          void flow.start(file)
        }}
      />
      <ImportAnnotationsDialog ref={dialog} flow={flow} />
    </>
  )
}
