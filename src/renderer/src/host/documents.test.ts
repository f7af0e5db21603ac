// liveQuery runs its querier only where a global indexedDB exists (Dexie issue 2046).
import 'fake-indexeddb/auto'
import type { CasefileApi } from '@shared/api'
import type { DocumentMeta, DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import { assembleDocument } from '@shared/corpus/parse-document'
import { describe, expect, it } from 'vitest'
import { addImportedDocument, deleteImportedDocument, updateDocumentMeta } from '../db/documents'
import { createTestDatabase } from '../db/test-db'
import { createDocumentsService, databaseShelf } from './documents'

function doc(id: string, text: string, imported: boolean): DocumentModel {
  const meta: DocumentMeta = {
    id,
    title: `Title ${id}`,
    authors: [],
    outlet: null,
    published: null,
    genre: 'news',
    raw: `${id}.md`,
    authorNote: null,
    ...(imported ? { imported: { format: 'text', encoding: 'UTF-8', notices: [] } } : {}),
  }
  return assembleDocument(meta, [{ kind: 'paragraph', level: 0, text, marks: [] }])
}

const bundled = doc('bundled-1', 'Bundled text.', false)
const host = {
  listDocuments: async (): Promise<DocumentSummary[]> => [
    { meta: bundled.meta, rev: bundled.rev, wordCount: 2, paragraphCount: 1 },
  ],
  getDocument: async (id: string) => {
    if (id === bundled.meta.id) return bundled
    throw new Error(`No document ${id}`)
  },
} as unknown as CasefileApi

/** Resolves once the service's list is ready and satisfies `test`. */
function listWhen(
  service: ReturnType<typeof createDocumentsService>,
  test: (ids: string[]) => boolean,
): Promise<DocumentSummary[]> {
  return new Promise((resolve) => {
    const check = () => {
      const list = service.listState()
      if (list.status === 'ready' && test(list.value.map((d) => d.meta.id))) {
        dispose()
        resolve(list.value)
      }
    }
    const dispose = service.subscribe(check)
    check()
  })
}

describe('the documents service', () => {
  it('lists the bundled corpus, then imported documents as they are added and removed', async () => {
    const db = createTestDatabase('documents-service-list')
    await addImportedDocument(db, doc('imp-1', 'First import.', true))
    const service = createDocumentsService(host, databaseShelf(db))
    service.loadList()
    const first = await listWhen(service, (ids) => ids.length === 2)
    expect(first.map((d) => [d.meta.id, Boolean(d.meta.imported)])).toEqual([
      ['bundled-1', false],
      ['imp-1', true],
    ])
    await addImportedDocument(db, doc('imp-2', 'Second import.', true))
    await listWhen(service, (ids) => ids.join() === 'bundled-1,imp-1,imp-2')
    await deleteImportedDocument(db, 'imp-1')
    await listWhen(service, (ids) => ids.join() === 'bundled-1,imp-2')
    await expect(service.load('imp-1')).rejects.toThrow(/No document imp-1/)
  })

  it('loads imported and bundled documents alike, with the newest details', async () => {
    const db = createTestDatabase('documents-service-load')
    const imported = doc('imp-1', 'Imported text.', true)
    await addImportedDocument(db, imported)
    const service = createDocumentsService(host, databaseShelf(db))
    expect((await service.load('imp-1')).text).toBe('Imported text.')
    expect((await service.load('bundled-1')).text).toBe('Bundled text.')
    service.loadList()
    await listWhen(service, (ids) => ids.length === 2)
    await updateDocumentMeta(db, 'imp-1', { ...imported.meta, title: 'Renamed' })
    const renamed = await listWhen(
      service,
      () =>
        service.listState().status === 'ready' &&
        (service.listState() as { value: DocumentSummary[] }).value[1]?.meta.title === 'Renamed',
    )
    expect(renamed[1]?.meta.title).toBe('Renamed')
    expect((await service.load('imp-1')).meta.title).toBe('Renamed')
  })
})
