import {
  addMerge,
  addSplit,
  buildEntityIndex,
  NO_OVERRIDES,
  variantId,
  type EntityIndex,
} from '@shared/entities/entity-index'
import { extractEntities } from '@shared/entities/extract-entities'
import type { DocumentModel } from '@shared/corpus/document-model'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ENTITY_CACHE_NAME,
  ENTITY_EXTRACTOR_VERSION,
  openEntityCache,
  type OpenedCache,
} from './entity-cache'
import { createEntityClient, type EntityClientState, type EntityPort } from './entity-client'
import type { EntityClientMessage, EntityWorkerReply } from './entity-protocol'
import { InProcessWorker, testDocument } from './entity-testing'
import { bundledCorpus } from './testing/bundled-corpus'
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

/** A client over an in-process worker, loading from `from` and counting loads. */
function start(
  cache: () => Promise<OpenedCache>,
  failing: ReadonlySet<string> = new Set(),
  from: ReadonlyMap<string, DocumentModel> = byId,
) {
  const worker = new InProcessWorker(cache)
  const loads: string[] = []
  const client = createEntityClient(async (id) => {
    loads.push(id)
    if (failing.has(id)) throw new Error('gone')
    return from.get(id)!
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
    const answer = await client.mentionsOf(person.id, 'a')
    const [first] = answer!.documents[0]!.mentions
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

/** A port whose replies the test writes, for orders of replies a real worker rarely gives. */
function scriptedWorker() {
  const sent: EntityClientMessage[] = []
  const port: EntityPort = {
    postMessage: (message) => sent.push(message),
    onmessage: null,
    terminate: () => undefined,
  }
  const reply = (data: EntityWorkerReply) => port.onmessage!({ data } as MessageEvent)
  const asked = () =>
    sent.filter(
      (m): m is Extract<EntityClientMessage, { type: 'mentions' }> => m.type === 'mentions',
    )
  return { connect: () => port, reply, asked }
}

describe('an entity’s mentions, asked of the worker', () => {
  it('holds counts but no mentions on the UI thread, and gives every entity’s mentions exactly as the index once held them (bundled corpus)', async () => {
    const corpus = bundledCorpus()
    const { client } = start(freshCache(), new Set(), new Map(corpus.map((d) => [d.meta.id, d])))
    client.setOverrides(NO_OVERRIDES)
    client.setDocuments(versions(corpus))
    const state = await until(client, whole(corpus.length))
    const full = buildEntityIndex(
      corpus.map((d) => ({ docId: d.meta.id, mentions: extractEntities(d) })),
      NO_OVERRIDES,
      { mentions: true },
    )
    const held = state.index!
    expect(held.entities.map((e) => e.id)).toEqual(full.entities.map((e) => e.id))
    let mentions = 0
    for (const [i, entity] of held.entities.entries()) {
      const expected = full.entities[i]!.documents
      expect(entity.documents).toEqual(expected.map(({ docId, count }) => ({ docId, count })))
      const all = await client.mentionsOf(entity.id, null)
      expect(all!.documents, entity.id).toEqual(expected)
      const first = expected[0]!
      expect((await client.mentionsOf(entity.id, first.docId))!.documents).toEqual([first])
      mentions += all!.documents.reduce((n, d) => n + d.mentions.length, 0)
    }
    expect(mentions).toBe(full.entities.reduce((n, e) => n + e.count, 0))
    expect(JSON.stringify(held)).not.toContain('"mentions"')
    // Names found in five real sources: slow on a loaded machine.
  }, 60_000)

  it('answers again at once from its cache, and for an entity not in a document with none', async () => {
    const { client } = start(freshCache())
    client.setOverrides(NO_OVERRIDES)
    client.setDocuments(versions(docs))
    await until(client, whole(3))
    expect(client.cachedMentions('place:iran', 'c')).toBeUndefined()
    const asked = await client.mentionsOf('place:iran', 'c')
    expect(asked!.documents[0]!.mentions.map((m) => m.surface)).toEqual(['Iran'])
    expect(client.cachedMentions('place:iran', 'c')).toBe(asked)
    expect((await client.mentionsOf('place:iran', 'a'))!.documents).toEqual([])
    expect((await client.mentionsOf('place:atlantis', null))!.documents).toEqual([])
  })

  it('a merge and its undo re-index, and the mentions shown change with the index', async () => {
    const { client } = start(freshCache())
    client.setOverrides(NO_OVERRIDES)
    client.setDocuments(versions(docs))
    const before = await until(client, whole(3))
    const iranAlone = await client.mentionsOf('place:iran', 'c')
    expect(iranAlone!.index).toBe(before.index)

    client.setOverrides(addMerge(NO_OVERRIDES, ['place:iran', 'place:iraq']))
    const merged = await until(client, (s) => s.index !== before.index)
    // The views get the new index with the mentions on screen already found on it.
    const withIraq = client.cachedMentions('place:iran', 'c')!
    expect(withIraq.index).toBe(merged.index)
    expect(withIraq.documents[0]!.mentions.map((m) => m.surface)).toEqual(['Iran', 'Iraq'])
    expect(iranAlone!.index).not.toBe(merged.index)

    client.setOverrides(NO_OVERRIDES)
    const undone = await until(client, (s) => s.index !== merged.index)
    const again = client.cachedMentions('place:iran', 'c')!
    expect(again.index).toBe(undone.index)
    expect(again.documents).toEqual(iranAlone!.documents)
  })

  it('does not use an answer found on an index that has since been superseded', async () => {
    const worker = scriptedWorker()
    const client = createEntityClient(() => Promise.reject(new Error('none')), worker.connect)
    cleanup.push(() => client.close())
    const progress = { done: 1, total: 1, failed: 0 }
    const first: EntityIndex = buildEntityIndex([
      { docId: 'a', mentions: [{ kind: 'place', surface: 'Iran', start: 0, end: 4 }] },
    ])
    const second: EntityIndex = buildEntityIndex([
      { docId: 'a', mentions: [{ kind: 'place', surface: 'Iran', start: 10, end: 14 }] },
    ])
    worker.reply({ type: 'index', index: first, version: 1, progress })
    const late = client.mentionsOf('place:iran', 'a')
    const [ask1] = worker.asked()
    // A newer index comes before the answer: the client holds it until the mentions shown are
    // found on it too.
    worker.reply({ type: 'index', index: second, version: 2, progress })
    expect(client.state().index).toBe(first)
    const [, ask2] = worker.asked()
    const found = [{ docId: 'a', count: 1, mentions: [{ start: 10, end: 14, surface: 'Iran' }] }]
    worker.reply({ type: 'mentions', requestId: ask2!.requestId, version: 2, documents: found })
    expect(client.state().index).toBe(second)
    // The answer on the first index comes last: it is not given, nor kept.
    const stale = [{ docId: 'a', count: 1, mentions: [{ start: 0, end: 4, surface: 'Iran' }] }]
    worker.reply({ type: 'mentions', requestId: ask1!.requestId, version: 1, documents: stale })
    expect(await late).toBeNull()
    expect(client.cachedMentions('place:iran', 'a')!.documents).toEqual(found)
    expect(client.cachedMentions('place:iran', 'a')!.index).toBe(second)
  })
})
