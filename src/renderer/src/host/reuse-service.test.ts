// liveQuery runs its querier only where a global indexedDB exists (Dexie issue 2046).
import 'fake-indexeddb/auto'
import type { CasefileApi } from '@shared/api'
import type { DocumentMeta, DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import { assembleDocument } from '@shared/corpus/parse-document'
import {
  addMerge,
  addSplit,
  buildEntityIndex,
  NO_OVERRIDES,
  removeMerge,
  type EntityIndex,
  type EntityOverrides,
} from '@shared/entities/entity-index'
import { extractEntities } from '@shared/entities/extract-entities'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { addImportedDocument, deleteImportedDocument } from '../db/documents'
import { createTestDatabase } from '../db/test-db'
import { openEntityCache } from '../indexing/entity-cache'
import { openReuseCache } from '../indexing/reuse-cache'
import type { ReusePort } from '../indexing/reuse-client'
import type { ReuseClientMessage, ReuseWorkerReply } from '../indexing/reuse-protocol'
import { createReuseIndexer } from '../indexing/reuse-worker'
import { untilState } from '../indexing/testing/until-state'
import { createDocumentsService, databaseShelf } from './documents'
import { createReuseService, type MentionsSource, type ReuseState } from './reuse-service'

const SHARED =
  'The pipeline was meant to carry gas from the South Pars field across Balochistan to Nawabshah, but sanctions stalled the Pakistani section for more than a decade.'

function doc(id: string, paragraphs: string[], year: number, imported = false): DocumentModel {
  const meta: DocumentMeta = {
    id,
    title: `Title ${id}`,
    authors: [],
    outlet: null,
    published: { year, approximate: false, basis: 'stated', note: 'Stated.' },
    genre: 'news',
    raw: `${id}.md`,
    authorNote: null,
    ...(imported ? { imported: { format: 'text', encoding: 'UTF-8', notices: [] } } : {}),
  }
  return assembleDocument(
    meta,
    paragraphs.map((text) => ({ kind: 'paragraph' as const, level: 0, text, marks: [] })),
  )
}

const older = doc('z-older', ['An opening line of the older report.', SHARED], 2021)
const newer = doc(
  'a-newer',
  ['The newer piece starts differently.', SHARED, 'And ends on its own.'],
  2024,
)
/** A host whose bundled corpus is `library`. */
function hostOf(library: readonly DocumentModel[]): CasefileApi {
  return {
    listDocuments: async (): Promise<DocumentSummary[]> =>
      library.map((d) => ({ meta: d.meta, rev: d.rev, wordCount: 30, paragraphCount: 2 })),
    getDocument: async (id: string) => library.find((d) => d.meta.id === id)!,
  } as unknown as CasefileApi
}

const cleanup: (() => void)[] = []
afterEach(() => {
  for (const done of cleanup.splice(0)) done()
})

function start(
  library: readonly DocumentModel[] = [older, newer],
  mentions: MentionsSource | null = null,
) {
  const db = createTestDatabase()
  const options = { indexedDB: new IDBFactory(), IDBKeyRange }
  const entities = openEntityCache(options)
  /** Names found in the library, as the entity worker would have cached them. */
  const namesFound = entities.then(async ({ cache }) => {
    for (const d of library) await cache.write({ docId: d.meta.id, rev: d.rev }, extractEntities(d))
  })
  /** What the service asked of the worker, in order. */
  const sent: ReuseClientMessage[] = []
  const connect = (): ReusePort => {
    const { port1, port2 } = new MessageChannel()
    const indexer = createReuseIndexer(
      openReuseCache(options),
      (r: ReuseWorkerReply) => port2.postMessage(r),
      async (documents) => {
        await namesFound
        return (await entities).cache.read(documents)
      },
    )
    port2.onmessage = ({ data }: MessageEvent<ReuseClientMessage>) => void indexer.handle(data)
    cleanup.push(() => port2.close())
    const post = port1.postMessage.bind(port1)
    return Object.assign(port1 as unknown as ReusePort, {
      terminate: () => port1.close(),
      postMessage: (message: ReuseClientMessage) => {
        sent.push(message)
        post(message)
      },
    })
  }
  const service = createReuseService(
    createDocumentsService(hostOf(library), databaseShelf(db)),
    mentions,
    connect,
  )
  cleanup.push(() => service.close())
  service.start()
  return { service, db, sent }
}

const when = untilState

const whole = (n: number) => (s: ReuseState) =>
  s.status === 'ready' && s.progress.total === n && s.progress.done === n

describe('the reuse service', () => {
  it('gives the sources overview earlier publication first, and a document’s passages seen from it', async () => {
    const { service } = start()
    const state = await when(service, whole(2))
    expect(state.passageCount).toBe(1)
    expect(service.overview()).toHaveLength(1)
    const [row] = service.overview()
    expect(row!.earlier.docId).toBe('z-older')
    expect(row!.later.docId).toBe('a-newer')
    expect(row!.ordered).toBe(true)
    expect(state.passagesByDocument.get('a-newer')).toBe(1)

    const [passage] = await service.sharedPassagesOf('a-newer')
    expect(passage!.otherDocId).toBe('z-older')
    expect(passage!.here.docId).toBe('a-newer')
    expect(newer.text.slice(passage!.here.start, passage!.here.end)).toContain('South Pars field')
    expect(older.text.slice(passage!.there.start, passage!.there.end)).toContain('South Pars field')
    expect(passage!.similarity).toBe(1)
    // The same state object until something changes (what useSyncExternalStore needs).
    expect(service.state()).toBe(service.state())
  })

  it('compares a document the moment it is imported and drops it when it is deleted', async () => {
    const { service, db } = start()
    const before = await when(service, whole(2))
    // A document that shares nothing does not send (nor make the views redraw) the overview again.
    await addImportedDocument(
      db,
      doc('imp-0', ['Nothing in common with anything here.'], 2025, true),
    )
    const unrelated = await when(service, whole(3))
    expect(unrelated.overview).toBe(before.overview)
    expect(unrelated.version).toBe(before.version)
    const imported = doc('imp-1', ['Our correspondent heard the same.', SHARED], 2025, true)
    await addImportedDocument(db, imported)
    const withImport = await when(service, (s) => whole(4)(s) && s.passageCount === 3)
    expect(withImport.passagesByDocument.get('imp-1')).toBe(2)
    expect((await service.sharedPassagesOf('imp-1')).map((p) => p.otherDocId).sort()).toEqual([
      'a-newer',
      'z-older',
    ])

    await deleteImportedDocument(db, 'imp-1')
    const after = await when(service, (s) => whole(3)(s) && s.passageCount === 1)
    expect(after.passagesByDocument.has('imp-1')).toBe(false)
    expect(await service.sharedPassagesOf('imp-1')).toEqual([])
  })

  it('gives the passages of one pair of sources without those either shares with a third', async () => {
    const { service, db, sent } = start()
    await addImportedDocument(
      db,
      doc('imp-1', ['Our correspondent heard the same.', SHARED], 2025, true),
    )
    await when(service, (s) => whole(3)(s) && s.passageCount === 3)
    expect(await service.sharedPassagesOf('z-older')).toHaveLength(2)
    sent.length = 0

    const between = await service.passagesBetween('z-older', 'a-newer')
    expect(between).toHaveLength(1)
    expect(between[0]!.here.docId).toBe('z-older')
    expect(between[0]!.otherDocId).toBe('a-newer')
    expect(older.text.slice(between[0]!.here.start, between[0]!.here.end)).toContain('South Pars')
    expect(await service.passagesBetween('a-newer', 'z-older')).toHaveLength(1)
    expect(await service.passagesBetween('z-older', 'z-older')).toEqual([])
    expect(await service.passagesBetween('z-older', 'nowhere')).toEqual([])
    // Asked of the worker as one pair: no document's whole list of passages crossed.
    expect(sent.map((m) => m.type)).toEqual(Array(4).fill('passages-between'))
  })

  it('asks the worker again only for the documents whose passages changed', async () => {
    const { service, db, sent } = start()
    await when(service, whole(2))
    const asked = () => sent.flatMap((m) => (m.type === 'passages-of' ? [m.docId] : []))
    const both = ['a-newer', 'z-older']
    const stampBefore = service.state().passagesChanged.get('a-newer')
    expect(stampBefore).toBeDefined()
    const first = await service.sharedPassagesAmong(both)
    expect(first.get('a-newer')!.map((p) => p.otherDocId)).toEqual(['z-older'])
    expect(asked().sort()).toEqual(both)

    // Nothing changed: what was given is given again, nothing asked.
    sent.length = 0
    const again = await service.sharedPassagesAmong(both)
    expect(again.get('z-older')).toBe(first.get('z-older'))
    expect(asked()).toEqual([])

    // Two other sources share a text: these two documents' passages are as they were.
    const other =
      'A different paragraph about the port at Gwadar and the fishermen who lost their moorings when the new breakwater was built.'
    await addImportedDocument(db, doc('imp-1', ['One.', other], 2025, true))
    await addImportedDocument(db, doc('imp-2', ['Two.', other], 2025, true))
    const moved = await when(service, (s) => whole(4)(s) && s.passageCount === 2)
    expect(moved.passagesChanged.get('a-newer')).toBe(stampBefore)
    sent.length = 0
    await service.sharedPassagesAmong([...both, 'imp-1'])
    expect(asked()).toEqual(['imp-1'])

    // A third source repeats the passage these two share: both are asked again.
    await addImportedDocument(db, doc('imp-3', ['Three.', SHARED], 2025, true))
    await when(service, (s) => whole(5)(s) && s.passageCount === 4)
    sent.length = 0
    const after = await service.sharedPassagesAmong(both)
    expect(asked().sort()).toEqual(both)
    expect(
      after
        .get('a-newer')!
        .map((p) => p.otherDocId)
        .sort(),
    ).toEqual(['imp-3', 'z-older'])
  })
})

/**
 * The entities service as the reuse service sees it: the index of the library's names under
 * the analyst's overrides, unknown until the first overrides are given.
 */
function entityIndexOf(library: readonly DocumentModel[]) {
  const listeners = new Set<() => void>()
  const mentions = library.map((d) => ({ docId: d.meta.id, mentions: extractEntities(d) }))
  let state: ReturnType<MentionsSource['state']> = {
    progress: { done: library.length },
    index: { status: 'loading' },
  }
  return {
    subscribe(onChange: () => void) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    state: () => state,
    /** The index built again under `overrides` (a new index, as the entity worker sends one). */
    apply(overrides: EntityOverrides) {
      const value: EntityIndex = buildEntityIndex(mentions, overrides)
      state = { ...state, index: { status: 'ready', value } }
      for (const listener of listeners) listener()
    },
  }
}

/** The prime minister under two names the normalisation rule does not join. */
const formal = doc(
  'formal',
  ['Shehbaz Sharif said: “We will not allow our soil to be used against any country.”'],
  2023,
)
const short = doc(
  'short',
  ['Prime Minister Shahbaz said: “We will never allow our land to be used against any country.”'],
  2024,
)
const MERGE = ['person:shehbazsharif', 'person:shahbaz']

describe('quote drift under the analyst’s merges and splits', () => {
  const speakerMessages = (sent: ReuseClientMessage[]) =>
    sent.flatMap((m) => (m.type === 'speaker-entities' ? [m.entities] : []))

  it('compares two names’ quotes while the analyst has them merged, named as the index names them', async () => {
    const index = entityIndexOf([formal, short])
    const { service, sent } = start([formal, short], index)
    // Before the index is known, the quote finder's own rule: two names, two speakers.
    const first = await when(service, whole(2))
    expect(first.quoteDrifts).toEqual([])
    expect(speakerMessages(sent)).toEqual([])

    index.apply(addMerge(NO_OVERRIDES, MERGE))
    const merged = await when(service, (s) => s.quoteDrifts.length === 1)
    const [drift] = merged.quoteDrifts
    expect(drift!.speaker).toBe('Shehbaz Sharif')
    expect([drift!.a.docId, drift!.b.docId]).toEqual(['formal', 'short'])
    // Only the speakers' entities crossed, not the index.
    expect(speakerMessages(sent)).toEqual([
      [
        {
          id: 'person:shehbazsharif',
          name: 'Shehbaz Sharif',
          speakers: ['person|Shahbaz', 'person|Shehbaz Sharif'],
        },
      ],
    ])

    // The index built again with the same result: nothing is sent.
    index.apply(addMerge(NO_OVERRIDES, MERGE))
    expect(speakerMessages(sent)).toHaveLength(1)

    index.apply(removeMerge(addMerge(NO_OVERRIDES, MERGE), MERGE))
    await when(service, (s) => s.quoteDrifts.length === 0)
    expect(speakerMessages(sent)).toHaveLength(2)
  })

  it('keeps apart the quotes of a spelling the analyst split off', async () => {
    const hyphen = doc(
      'hyphen',
      ['Hossein Amir-Abdollahian said: “The border markets will open before the end of the year.”'],
      2023,
    )
    const joined = doc(
      'joined',
      [
        'Hossein Amirabdollahian said: “The border markets will reopen before the end of this year.”',
      ],
      2024,
    )
    const index = entityIndexOf([hyphen, joined])
    const { service } = start([hyphen, joined], index)
    const before = await when(service, (s) => whole(2)(s) && s.quoteDrifts.length === 1)
    index.apply(NO_OVERRIDES)
    // With no overrides the index agrees with the quote finder's rule.
    await when(service, (s) => s.quoteDrifts !== before.quoteDrifts)
    expect(service.quoteDrifts().map(({ a, b }) => [a.docId, b.docId])).toEqual([
      ['hyphen', 'joined'],
    ])

    index.apply(addSplit(NO_OVERRIDES, 'person|Hossein Amirabdollahian'))
    await when(service, (s) => s.quoteDrifts.length === 0)
  })
})
