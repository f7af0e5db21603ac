/**
 * The actions on a document the analyst imported, in its header: edit its details, give
 * it new text from a newer file, delete it (after saying what goes with it).
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { useRef } from 'react'
import type { DialogHandle } from '../../ui/useDialogHandle'
import { DeleteDocumentDialog } from './DeleteDocumentDialog'
import { EditDetailsDialog } from './EditDetailsDialog'
import { ReimportDialog } from './ReimportDialog'
import { useReimport } from './useReimport'

export function DocumentActions({ doc }: { doc: DocumentModel }) {
  const editRef = useRef<DialogHandle>(null)
  const deleteRef = useRef<DialogHandle>(null)
  const { reading, pending, choose, confirm, dismiss } = useReimport(doc)
  if (!doc.meta.imported) return null

  return (
    <div className="document-actions" role="group" aria-label="Imported document">
      <button type="button" className="button-quiet" onClick={() => editRef.current?.open()}>
        Edit details…
      </button>
      {reading ? (
        <button type="button" className="button-quiet" onClick={() => reading.abort()}>
          Reading the new file… Cancel
        </button>
      ) : (
        <button type="button" className="button-quiet" onClick={() => void choose()}>
          Re-import…
        </button>
      )}
      <button
        type="button"
        className="button-quiet button-danger"
        onClick={() => deleteRef.current?.open()}
      >
        Delete…
      </button>
      <EditDetailsDialog ref={editRef} doc={doc} />
      <DeleteDocumentDialog ref={deleteRef} doc={doc} />
      {pending && (
        <ReimportDialog doc={doc} pending={pending} onConfirm={confirm} onClose={dismiss} />
      )}
    </div>
  )
}
