import { addMerge, addSplit, NO_OVERRIDES, variantId } from '@shared/entities/entity-index'
import type { DocumentModel } from '@shared/corpus/document-model'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ENTITY_CACHE_NAME,
  ENTITY_EXTRACTOR_VERSION,
  openEntityCache,
  type OpenedCache,
} from './entity-cache'
import { createEntityClient, type EntityClientState } from './entity-client'
import { InProcessWorker, testDocument } from './entity-testing'
import { untilState } from './testing/until-state'

const docs: DocumentModel[] = [
  testDocument('a', [
    'Foreign Minister Hossein Amirabdollahian arrived in Islamabad on Monday.',
    'He later travelled to Balochistan.',
  ]),
  testDocument('b', ['Hossein Amir-Abdollahian spoke to reporters in Tehran about Baluchistan.']),
  testDocument('c', ['In Quetta, Hossein Amir Abdollahian met officials from Iran and Iraq.']),
]
const byId = new Map(docs.map((d) => [d.meta.id, d]))
const versions = (list: DocumentModel[]) => list.map((d) => ({ docId: d.meta.id, rev: d.rev }))

const cleanup: (() => void)[] = []
afterEach(() => {
  for (const done of cleanup.splice(0)) done()
})

/** A client over an in-process worker, loading from `docs` and counting loads. */
function start(cache: () => Promise<OpenedCache>, failing: ReadonlySet<string> = new Set()) {
  const worker = new InProcessWorker(cache)
  const loads: string[] = []
  const client = createEntityClient(async (id) => {
    loads.push(id)
    if (failing.has(id)) throw new Error('gone')
    return byId.get(id)!
  }, worker.connect)
  cleanup.push(() => {
    client.close()
    worker.close()
  })
  return { client, worker, loads }
}

/** The client's state once `ready` says it is. */
const until = untilState

const whole = (n: number) => (s: EntityClientState) =>
  s.index !== null && s.progress.done === n && s.progress.total === n

function minister(state: EntityClientState) {
  return state.index!.entities.find((e) => e.id === 'person:hosseinamirabdollahian')
}

function freshCache() {
  const factory = new IDBFactory()
  return () => openEntityCache({ indexedDB: factory, IDBKeyRange })
}

describe('entity client and worker', () => {
  it('finds the foreign minister under three spellings in three sources', async () => {
    const { client } = start(freshCache())
    client.setOverrides(NO_OVERRIDES)
    client.setDocuments(versions(docs))
    const state = await until(client, whole(3))
    const person = minister(state)!
    expect(person.kind).toBe('person')
    expect(person.variants.map((v) => v.surface).sort()).toEqual([
      'Hossein Amir Abdollahian',
      'Hossein Amir-Abdollahian',
      'Hossein Amirabdollahian',
    ])
    expect(person.documents.map((d) => d.docId)).toEqual(['a', 'b', 'c'])
    const [first] = person.documents[0]!.mentions
    expect(docs[0]!.text.slice(first!.start, first!.end)).toBe('Hossein Amirabdollahian')
  })

  it('sends no index before the overrides are known, then applies them', async () => {
    const { client } = start(freshCache())
    client.setDocuments(versions(docs))
    await until(client, (s) => s.progress.done === 3)
    expect(client.state().index).toBeNull()
    client.setOverrides(addMerge(NO_OVERRIDES, ['place:iran', 'place:iraq']))
    const state = await until(client, (s) => s.index !== null)
    const iran = state.index!.entities.find((e) => e.id === 'place:iran')!
    expect(iran.variants.map((v) => v.surface).sort()).toEqual(['Iran', 'Iraq'])
    client.setOverrides(addSplit(NO_OVERRIDES, variantId('person', 'Hossein Amir Abdollahian')))
    const split = await until(client, (s) => s.index !== state.index)
    expect(minister(split)!.variants).toHaveLength(2)
  })

  it('reads nothing again after a restart: the cache has every document at its rev', async () => {
    const cache = freshCache()
    const first = start(cache)
    first.client.setOverrides(NO_OVERRIDES)
    first.client.setDocuments(versions(docs))
    const before = await until(first.client, whole(3))
    expect(first.worker.indexer!.extractedCount()).toBe(3)
    first.client.close()

    const second = start(cache)
    second.client.setOverrides(NO_OVERRIDES)
    second.client.setDocuments(versions(docs))
    const after = await until(second.client, whole(3))
    expect(second.worker.indexer!.extractedCount()).toBe(0)
    expect(second.loads).toEqual([])
    expect(after.index).toEqual(before.index)
  })

  it('reads a new or changed document alone, and drops a deleted one', async () => {
    const { client, worker, loads } = start(freshCache())
    client.setOverrides(NO_OVERRIDES)
    client.setDocuments(versions(docs.slice(0, 2)))
    await until(client, whole(2))
    client.setDocuments(versions([docs[1]!, docs[2]!]))
    const state = await until(
      client,
      (s) => whole(2)(s) && minister(s)?.documents.every((d) => d.docId !== 'a') === true,
    )
    expect(loads).toEqual(['a', 'b', 'c'])
    expect(worker.indexer!.extractedCount()).toBe(3)
    expect(minister(state)!.documents.map((d) => d.docId)).toEqual(['b', 'c'])
  })

  it('counts a document that cannot be loaded as failed, so progress completes', async () => {
    const { client } = start(freshCache(), new Set(['b']))
    client.setOverrides(NO_OVERRIDES)
    client.setDocuments(versions(docs))
    const state = await until(client, whole(3))
    expect(state.progress.failed).toBe(1)
    expect(minister(state)!.documents.map((d) => d.docId)).toEqual(['a', 'c'])
  })

  it('reads again a document cached by another extractor version, or whose row is damaged', async () => {
    const factory = new IDBFactory()
    const options = { indexedDB: factory, IDBKeyRange }
    const first = start(() => openEntityCache(options))
    first.client.setOverrides(NO_OVERRIDES)
    first.client.setDocuments(versions(docs))
    await until(first.client, whole(3))
    first.client.close()
    const { Dexie } = await import('dexie')
    const raw = new Dexie(ENTITY_CACHE_NAME, options)
    raw.version(1).stores({ mentions: 'docId' })
    await raw.table('mentions').update('a', { extractor: ENTITY_EXTRACTOR_VERSION - 1 })
    await raw.table('mentions').update('b', { mentions: [{ kind: 'deity', surface: 'Zeus' }] })
    raw.close()

    const second = start(() => openEntityCache(options))
    second.client.setOverrides(NO_OVERRIDES)
    second.client.setDocuments(versions(docs))
    const state = await until(second.client, whole(3))
    expect(second.loads).toEqual(['a', 'b'])
    expect(minister(state)!.documents).toHaveLength(3)
  })

  it('finds names without a cache when IndexedDB cannot be used, and says so', async () => {
    const broken = {
      open: () => {
        throw new Error('IndexedDB is disabled')
      },
    } as unknown as IDBFactory
    const { client } = start(() => openEntityCache({ indexedDB: broken, IDBKeyRange }))
    client.setOverrides(NO_OVERRIDES)
    client.setDocuments(versions(docs))
    const state = await until(client, whole(3))
    expect(state.notices).toHaveLength(1)
    expect(state.notices[0]).toMatch(/cannot be saved in this browser/)
    expect(minister(state)!.documents).toHaveLength(3)
  })
})
