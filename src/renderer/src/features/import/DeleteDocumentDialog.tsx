/**
 * Deleting an imported document: what goes with it is counted and said when the dialog
 * opens, and nothing is deleted until the analyst presses Delete.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { useId, useRef, useState, type Ref } from 'react'
import { db } from '../../db'
import { documentLinks } from '../../db/documents'
import { navigate } from '../../nav/useHashRoute'
import { deleteConsequences } from './delete-wording'
import { removeDocument } from './document-actions'
import { CloseDialogButton } from '../../ui/CloseDialogButton'
import { useDialogHandle, type DialogHandle } from '../../ui/useDialogHandle'

interface DeleteDocumentDialogProps {
  ref: Ref<DialogHandle>
  doc: DocumentModel
}

export function DeleteDocumentDialog({ ref, doc }: DeleteDocumentDialogProps) {
  const id = useId()
  const [lines, setLines] = useState<string[] | null>(null)
  const [countFailed, setCountFailed] = useState(false)
  const [busy, setBusy] = useState(false)

  const local = useRef<HTMLDialogElement>(null)
  const { id: docId, title } = doc.meta
  // Counted afresh each time the dialog opens: highlights may have been made since.
  useDialogHandle(ref, local, () => {
    setLines(null)
    setCountFailed(false)
    documentLinks(db, docId).then(
      (links) => setLines(deleteConsequences(title, links)),
      // What would go is not known, so nothing is deleted blind: Delete stays off.
      () => setCountFailed(true),
    )
  })
  const remove = async (dialog: HTMLDialogElement | null) => {
    setBusy(true)
    try {
      if (await removeDocument(doc)) {
        dialog?.close()
        // The reader would otherwise stay on a source that is gone.
        navigate({ view: 'reader', docId: null, highlightId: null })
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={local}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
    >
      <h2 id={`${id}-title`}>Delete this document?</h2>
      <div id={`${id}-what`} aria-live="polite">
        {lines ? (
          lines.map((line) => <p key={line}>{line}</p>)
        ) : countFailed ? (
          <p role="alert">
            What rests on “{title}” could not be counted, so it cannot be deleted now. Close this
            and try again.
          </p>
        ) : (
          <p>Counting what rests on it…</p>
        )}
      </div>
      <div className="dialog-actions">
        <CloseDialogButton autoFocus>Cancel</CloseDialogButton>
        <button
          type="button"
          className="button button-danger-solid"
          disabled={busy || lines === null}
          onClick={(e) => void remove(e.currentTarget.closest('dialog'))}
        >
          Delete document
        </button>
      </div>
    </dialog>
  )
}
