// liveQuery runs its querier only where a global indexedDB exists (Dexie issue 2046).
import 'fake-indexeddb/auto'
import type { CasefileApi } from '@shared/api'
import type { DocumentMeta, DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import { assembleDocument } from '@shared/corpus/parse-document'
import { describe, expect, it, vi } from 'vitest'
import {
  addImportedDocument,
  deleteImportedDocument,
  replaceDocumentText,
  updateDocumentMeta,
} from '../db/documents'
import { putBackupRows } from '../db/backup'
import { StoredDocumentError, type DocumentRow } from '../db/document-rows'
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

  it('answers listed() only once the bundled and the imported documents are both read', async () => {
    const db = createTestDatabase('documents-service-listed')
    await addImportedDocument(db, doc('imp-1', 'First import.', true))
    let releaseBundled = () => {}
    const slowHost = {
      ...host,
      listDocuments: () =>
        new Promise<DocumentSummary[]>((resolve) => {
          releaseBundled = () => void host.listDocuments().then(resolve)
        }),
    } as CasefileApi
    const service = createDocumentsService(slowHost, databaseShelf(db))
    let listed: string[] | null = null
    const answer = service.listed().then((list) => (listed = list.map((d) => d.meta.id)))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(listed).toBeNull()
    releaseBundled()
    await answer
    expect(listed).toEqual(['bundled-1', 'imp-1'])
    // Asked again once ready, it answers at once with the same list.
    expect((await service.listed()).map((d) => d.meta.id)).toEqual(['bundled-1', 'imp-1'])
  })

  it('rejects listed() with the reason when the bundled list cannot be read', async () => {
    const failing = {
      ...host,
      listDocuments: () => Promise.reject(new Error('The corpus index is missing.')),
    } as CasefileApi
    const service = createDocumentsService(
      failing,
      databaseShelf(createTestDatabase('listed-fails')),
    )
    await expect(service.listed()).rejects.toThrow('The corpus index is missing.')
  })

  it('says a stored text does not match its details, instead of "no such document"', async () => {
    const shelf = {
      get: async () => {
        throw new StoredDocumentError('imp-1')
      },
      watch: () => () => {},
    }
    const service = createDocumentsService(host, shelf)
    await expect(service.load('imp-1')).rejects.toThrow(/does not match its details/)
    // Storage that cannot be read at all still lets the bundled corpus open.
    const broken = {
      get: () => Promise.reject(new Error('IndexedDB is closed')),
      watch: () => () => {},
    }
    expect((await createDocumentsService(host, broken).load('bundled-1')).text).toBe(
      'Bundled text.',
    )
  })

  it('serves the text whose rev the list names, after a re-import and its undo arrive in one read', async () => {
    const a = doc('imp-1', 'Old text A.', true)
    const b = doc('imp-1', 'New text B.', true)
    let stored = a
    let push: (rows: DocumentRow[]) => void = () => {}
    const rowOf = (d: DocumentModel, addedAt = 1): DocumentRow => ({
      id: d.meta.id,
      addedAt,
      meta: d.meta,
      rev: d.rev,
      wordCount: 3,
      paragraphCount: 1,
    })
    const shelf = {
      get: async () => stored,
      watch: (onChange: (rows: DocumentRow[]) => void) => {
        push = onChange
        onChange([rowOf(a)])
        return () => {}
      },
    }
    const service = createDocumentsService(host, shelf)
    service.loadList()
    await listWhen(service, (ids) => ids.length === 2)
    // The text was re-imported and loaded, then the re-import undone, and the list only
    // saw the end of it: the same rev as before, new details.
    stored = b
    await service.load('imp-1')
    const renamed = { ...a.meta, title: 'Renamed' }
    stored = { ...a, meta: renamed }
    push([{ ...rowOf(a), meta: renamed }])
    const served = await service.load('imp-1')
    expect(served.text).toBe('Old text A.')
    expect(served.meta.title).toBe('Renamed')
  })

  it('reads a document for a pass over the library without keeping it, and serves a loaded one', async () => {
    const getDocument = vi.fn(host.getDocument)
    const service = createDocumentsService(
      { ...host, getDocument },
      databaseShelf(createTestDatabase()),
    )
    expect((await service.read('bundled-1')).text).toBe('Bundled text.')
    expect((await service.read('bundled-1')).text).toBe('Bundled text.')
    expect(getDocument).toHaveBeenCalledTimes(2)
    const loaded = await service.load('bundled-1')
    expect(await service.read('bundled-1')).toBe(loaded)
    expect(getDocument).toHaveBeenCalledTimes(3)
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

  it('keeps the summaries of documents that did not change (the same objects)', async () => {
    const db = createTestDatabase('documents-service-summaries')
    await addImportedDocument(db, doc('imp-1', 'First import.', true))
    const service = createDocumentsService(host, databaseShelf(db))
    service.loadList()
    const before = await listWhen(service, (ids) => ids.length === 2)
    await addImportedDocument(db, doc('imp-2', 'Second import, longer.', true))
    const after = await listWhen(service, (ids) => ids.length === 3)
    expect(after[1]).toBe(before[1])
    expect(after[2]).toMatchObject({ meta: { id: 'imp-2' }, wordCount: 3, paragraphCount: 1 })
  })
})

describe('the database shelf', () => {
  it('reads again only the documents a write changed, and keeps the others as they were', async () => {
    const db = createTestDatabase('shelf-changed-only')
    await addImportedDocument(db, doc('imp-1', 'First import.', true))
    await addImportedDocument(db, doc('imp-2', 'Second import.', true))
    const seen: DocumentRow[][] = []
    const dispose = databaseShelf(db).watch(
      (docs) => seen.push(docs),
      (error) => {
        throw error
      },
    )
    await vi.waitFor(() => expect(seen.length).toBe(1))
    const [first, second] = seen[0]!
    const bulkGet = vi.spyOn(db.documents, 'bulkGet')
    const getAll = vi.spyOn(db.documents, 'orderBy')

    await updateDocumentMeta(db, 'imp-2', { ...second!.meta, title: 'Renamed' })
    await vi.waitFor(() => expect(seen.at(-1)?.[1]?.meta.title).toBe('Renamed'))
    expect(bulkGet.mock.calls).toEqual([[['imp-2']]])
    expect(seen.at(-1)?.[0]).toBe(first)

    const newText = doc('imp-1', 'New text, three words more.', true)
    await replaceDocumentText(db, 'imp-1', newText)
    await vi.waitFor(() => expect(seen.at(-1)?.[0]?.rev).toBe(newText.rev))
    expect(seen.at(-1)?.[0]).toMatchObject({ wordCount: 5, paragraphCount: 1 })
    await deleteImportedDocument(db, 'imp-2')
    await vi.waitFor(() => expect(seen.at(-1)?.map((d) => d.meta.id)).toEqual(['imp-1']))
    expect(getAll).not.toHaveBeenCalled()
    dispose()
  })

  it('reads everything again after a write over a range of rows, in the order they were added', async () => {
    const db = createTestDatabase('shelf-range')
    await addImportedDocument(db, doc('imp-1', 'One.', true))
    const seen: string[][] = []
    const dispose = databaseShelf(db).watch(
      (docs) => seen.push(docs.map((d) => d.meta.id)),
      (error) => {
        throw error
      },
    )
    await vi.waitFor(() => expect(seen).toEqual([['imp-1']]))
    // Rows written behind the app's back (a restore) and then a clear by range.
    await db.transaction('rw', [db.documents, db.documentTexts], () =>
      putBackupRows(db, 'documents', [
        { id: 'b', addedAt: 2, document: doc('b', 'B.', true) },
        { id: 'a', addedAt: 1, document: doc('a', 'A.', true) },
      ]),
    )
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['a', 'b', 'imp-1']))
    await db.documents.clear()
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([]))
    dispose()
  })
})
