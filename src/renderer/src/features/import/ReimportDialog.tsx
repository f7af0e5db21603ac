/** What giving a document a newer file's text would do, said before anything changes. */
import type { DocumentModel } from '@shared/corpus/document-model'
import { useEffect, useId, useRef } from 'react'
import { CloseDialogButton } from '../../ui/CloseDialogButton'
import type { PreparedReimport } from './document-actions'

interface ReimportDialogProps {
  doc: DocumentModel
  pending: PreparedReimport
  onConfirm: () => Promise<void>
  onClose: () => void
}

export function ReimportDialog({ doc, pending, onConfirm, onClose }: ReimportDialogProps) {
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => ref.current?.showModal(), [])

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>Replace the text?</h2>
      <div id={`${id}-what`}>
        <p>
          “{doc.meta.title}” takes the text of {pending.fileName}; its details stay as they are.
        </p>
        <p>{pending.report}</p>
        <p>Nothing is deleted, and you can undo this with Ctrl+Z.</p>
      </div>
      <div className="dialog-actions">
        <CloseDialogButton autoFocus>Cancel</CloseDialogButton>
        <button type="button" className="button" onClick={() => void onConfirm()}>
          Replace text
        </button>
      </div>
    </dialog>
  )
}
