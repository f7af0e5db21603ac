/**
 * The actions on a document the analyst imported, in its header: edit its details, give
 * it new text from a newer file, delete it (after saying what goes with it).
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { ImportRefusal } from '@shared/import/extracted'
import { useRef, useState } from 'react'
import { useHost } from '../../host/host-context'
import { announceError } from '../../ui/status'
import { DeleteDocumentDialog } from './DeleteDocumentDialog'
import { reimport } from './document-actions'
import { EditDetailsDialog } from './EditDetailsDialog'

export function DocumentActions({ doc }: { doc: DocumentModel }) {
  const host = useHost()
  const editRef = useRef<HTMLDialogElement>(null)
  const deleteRef = useRef<HTMLDialogElement>(null)
  const [reading, setReading] = useState<AbortController | null>(null)
  if (!doc.meta.imported) return null

  const reimportFile = async () => {
    const [file] = await host.pickImportFiles()
    if (!file) return
    if ('refusal' in file) {
      announceError(new ImportRefusal(file.name, file.refusal), 'The file was not read.')
      return
    }
    const controller = new AbortController()
    setReading(controller)
    try {
      await reimport(doc, file, controller.signal)
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        announceError(error, `${file.name} could not be read; “${doc.meta.title}” is unchanged.`)
      }
    } finally {
      setReading(null)
    }
  }

  return (
    <div className="document-actions" role="group" aria-label="Imported document">
      <button type="button" className="button-quiet" onClick={() => editRef.current?.showModal()}>
        Edit details…
      </button>
      {reading ? (
        <button type="button" className="button-quiet" onClick={() => reading.abort()}>
          Reading the new file… Cancel
        </button>
      ) : (
        <button type="button" className="button-quiet" onClick={() => void reimportFile()}>
          Re-import…
        </button>
      )}
      <button
        type="button"
        className="button-quiet button-danger"
        onClick={() => deleteRef.current?.showModal()}
      >
        Delete…
      </button>
      <EditDetailsDialog ref={editRef} doc={doc} />
      <DeleteDocumentDialog ref={deleteRef} doc={doc} />
    </div>
  )
}
