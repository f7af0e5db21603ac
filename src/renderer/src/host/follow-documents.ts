/**
 * How a worker service (entities, reuse) follows the library: every document listed, sent to
 * its worker now and whenever the list changes, and why the list cannot be read when it
 * cannot (the service shows that instead of waiting for ever).
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import type { DocumentsService } from './documents'

/**
 * Loads the list and calls `send` with every listed document (none when the list cannot be
 * read) and the reason it cannot be read (null when it can): now, unless the list is still
 * loading, and on each change. Returns the disposer.
 */
export function followDocumentList(
  documents: DocumentsService,
  send: (listed: readonly DocumentSummary[], problem: string | null) => void,
): () => void {
  const sendList = () => {
    const list = documents.listState()
    if (list.status === 'loading') return
    send(list.status === 'ready' ? list.value : [], list.status === 'error' ? list.message : null)
  }
  const dispose = documents.subscribe(sendList)
  documents.loadList()
  sendList()
  return dispose
}
