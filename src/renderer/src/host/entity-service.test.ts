import type { CasefileApi } from '@shared/api'
import type { DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import { addMerge } from '@shared/entities/entity-index'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { changeEntityOverrides, ENTITY_OVERRIDES_KEY } from '../db/entity-overrides'
import { createTestDatabase } from '../db/test-db'
import { openEntityCache } from '../indexing/entity-cache'
import { InProcessWorker, testDocument } from '../indexing/entity-testing'
import { untilState } from '../indexing/testing/until-state'
import { createDocumentsService, databaseShelf } from './documents'
import { createEntitiesService, PROGRESS_EVERY_MS, type EntitiesState } from './entity-service'

const docs = [
  testDocument('a', ['Foreign Minister Hossein Amirabdollahian arrived in Islamabad.']),
  testDocument('b', ['In Quetta, Hossein Amir Abdollahian met officials from Iran and Iraq.']),
]

/** A host whose corpus is `list`, counting the documents read. */
function hostOf(list: DocumentModel[]) {
  const read: string[] = []
  const host = {
    listDocuments: async (): Promise<DocumentSummary[]> =>
      list.map((d) => ({ meta: d.meta, rev: d.rev, wordCount: 9, paragraphCount: 1 })),
    getDocument: async (id: string) => {
      read.push(id)
      return list.find((d) => d.meta.id === id)!
    },
  } as unknown as CasefileApi
  return { host, read }
}

const workers: InProcessWorker[] = []
afterEach(() => {
  for (const w of workers.splice(0)) w.close()
})

function service(
  db = createTestDatabase(),
  { list = docs, quiet }: { list?: DocumentModel[]; quiet?: () => Promise<void> } = {},
) {
  const factory = new IDBFactory()
  const worker = new InProcessWorker(() => openEntityCache({ indexedDB: factory, IDBKeyRange }))
  workers.push(worker)
  const { host, read } = hostOf(list)
  const documents = createDocumentsService(host, databaseShelf(db))
  const entities = createEntitiesService(documents, db, { connect: worker.connect, quiet })
  entities.start()
  return { entities, db, read }
}

const when = untilState

const entity = (state: EntitiesState, id: string) =>
  state.index.status === 'ready' ? state.index.value.entities.find((e) => e.id === id) : undefined

describe('the entities service', () => {
  it('indexes every listed document, and applies a merge as soon as it is stored', async () => {
    const { entities, db } = service()
    const first = await when(entities, (s) => s.progress.done === 2 && s.index.status === 'ready')
    expect(entity(first, 'person:hosseinamirabdollahian')!.documents).toHaveLength(2)
    expect(entity(first, 'place:iraq')).toBeDefined()

    await changeEntityOverrides(db, 'merge', (o) => addMerge(o, ['place:iran', 'place:iraq']))
    const merged = await when(entities, (s) => entity(s, 'place:iraq') === undefined)
    expect(
      entity(merged, 'place:iran')!
        .variants.map((v) => v.surface)
        .sort(),
    ).toEqual(['Iran', 'Iraq'])
  })

  it('says when the stored merges and splits cannot be read, and indexes without them', async () => {
    const db = createTestDatabase()
    await db.settings.put({ key: ENTITY_OVERRIDES_KEY, value: 'garbled', updatedAt: 1 })
    const { entities } = service(db)
    const state = await when(entities, (s) => s.index.status === 'ready' && s.notices.length > 0)
    expect(state.notices[0]).toMatch(/could not be read.*without your merges and splits/)
  })

  it('reads no source for its names while the analyst is searching, and goes on after', async () => {
    let release: () => void = () => {}
    let searching = true
    const quiet = () =>
      searching ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()
    const { entities, read } = service(createTestDatabase(), { quiet })
    await when(entities, (s) => s.index.status === 'ready' && s.progress.total === 2)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(read).toEqual([])
    expect(entities.state().progress.done).toBe(0)
    searching = false
    release()
    const whole = await when(entities, (s) => s.progress.done === 2)
    expect(entity(whole, 'person:hosseinamirabdollahian')!.documents).toHaveLength(2)
  })

  it('tells the views of progress a few times a second, not after every source', async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      testDocument(`d${i}`, [`Officials from Iran met in Quetta, day ${i}.`]),
    )
    const { entities } = service(createTestDatabase(), { list: many })
    const started = performance.now()
    let told = 0
    entities.subscribe(() => told++)
    const whole = await when(entities, (s) => s.progress.done === 40)
    const seconds = (performance.now() - started) / 1000
    expect(entity(whole, 'place:iran')!.documents).toHaveLength(40)
    // An index now and then (every 2 s at most, after a quarter more sources), progress
    // every half second, and the last source at once.
    expect(told).toBeLessThanOrEqual(Math.ceil(seconds * (1000 / PROGRESS_EVERY_MS + 1)) + 4)
    expect(told).toBeLessThan(40)
  })
})
