/**
 * The reuse worker's behaviour, driven as the app drives it: the real client, the real
 * indexer at the far end of a MessageChannel, its cache and the entity cache in
 * fake-indexeddb, over the bundled corpus.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { formatPassageLocator, passageSpan } from '@shared/corpus/passage-locator'
import { extractEntities } from '@shared/entities/extract-entities'
import { reuseOutlet } from '@shared/reuse/document-info'
import { filler } from '@shared/reuse/testing/made-texts'
import type { TextSpan } from '@shared/reuse/types'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openEntityCache } from './entity-cache'
import { testDocument } from './entity-testing'
import { bundledCorpus } from './testing/bundled-corpus'
import { openReuseCache, type OpenedReuseCache } from './reuse-cache'
import { createReuseClient, type ReuseClient, type ReusePort } from './reuse-client'
import type { ReuseClientMessage, ReuseWorkerReply } from './reuse-protocol'
import {
  createReuseIndexer,
  type ReadMentions,
  type ReuseIndexer,
  type ReuseIndexerOptions,
} from './reuse-worker'

const ALI = 'new-era-in-pak-iran-ties-pakistans-army-chief-visit-to-iran'
const FAKHAR = 'pak-iran-relations-amid-recent-developments-implications'

const corpus = bundledCorpus()

const cleanup: (() => void)[] = []
afterEach(() => {
  for (const done of cleanup.splice(0)) done()
})

/** One IndexedDB (as a browser profile has), with the reuse and entity caches in it. */
function profile() {
  const options = { indexedDB: new IDBFactory(), IDBKeyRange }
  const entities = openEntityCache(options)
  const readMentions: ReadMentions = async (documents) => (await entities).cache.read(documents)
  /** Names found in these documents, as the entity worker would have cached them. */
  const findNames = async (docs: DocumentModel[]) => {
    const { cache } = await entities
    for (const doc of docs)
      await cache.write({ docId: doc.meta.id, rev: doc.rev }, extractEntities(doc))
  }
  return { options, readMentions, findNames }
}

/** A session: the real client over an in-process indexer, loading from `library`. */
function session(
  p: ReturnType<typeof profile>,
  library: () => DocumentModel[],
  wrap: (opened: OpenedReuseCache) => OpenedReuseCache = (o) => o,
  options: ReuseIndexerOptions = {},
) {
  let indexer: ReuseIndexer | null = null
  const loads: string[] = []
  const connect = (): ReusePort => {
    const { port1, port2 } = new MessageChannel()
    const made = createReuseIndexer(
      openReuseCache(p.options).then(wrap),
      (r: ReuseWorkerReply) => port2.postMessage(r),
      p.readMentions,
      options,
    )
    indexer = made
    port2.onmessage = ({ data }: MessageEvent<ReuseClientMessage>) => void made.handle(data)
    cleanup.push(() => {
      port1.close()
      port2.close()
    })
    return Object.assign(port1 as unknown as ReusePort, { terminate: () => port1.close() })
  }
  const client = createReuseClient(async (id) => {
    loads.push(id)
    const doc = library().find((d) => d.meta.id === id)
    if (!doc) throw new Error('gone')
    return doc
  }, connect)
  cleanup.push(() => client.close())
  const list = () =>
    client.setDocuments(
      library().map((d) => ({
        docId: d.meta.id,
        rev: d.rev,
        published: d.meta.published,
        outlet: reuseOutlet(d.meta),
      })),
    )
  list()
  return {
    client,
    loads,
    list,
    indexed: () => indexer!.indexedCount(),
    held: () => indexer!.indexHeld(),
  }
}

/** Resolves once the summary says every listed document is done (and `also` holds). */
function settled(client: ReuseClient, total: number, also: () => boolean = () => true) {
  return new Promise<void>((resolve) => {
    const check = () => {
      const s = client.state().summary
      if (s && s.progress.total === total && s.progress.done === total && also()) {
        stop()
        resolve()
      }
    }
    const stop = client.subscribe(check)
    check()
  })
}

/** A local paper's copy of Ali's ¶7 (the Peace Pipeline paragraph), word for word. */
function copyOfAliParagraph(): DocumentModel {
  const ali = corpus.find((d) => d.meta.id === ALI)!
  const paragraph = ali.blocks[6]!
  return testDocument('copy', [
    'A local paper ran this paragraph word for word:',
    ali.text.slice(paragraph.start, paragraph.end),
  ])
}

function label(docs: DocumentModel[], span: TextSpan): string {
  const doc = docs.find((d) => d.meta.id === span.docId)!
  return formatPassageLocator(passageSpan(doc.blocks, span.start, span.end))
}

describe('the reuse worker over the bundled corpus', () => {
  it('finds the Peace Pipeline passage Fakhar et al. ¶23 share with Ali ¶7, and reads it back after a restart without indexing again', async () => {
    const p = profile()
    const first = session(p, () => corpus)
    await settled(first.client, 5)
    expect(first.indexed()).toBe(5)
    const passages = await first.client.passagesOf(ALI)
    const pipeline = passages.find((x) => x.a.docId === FAKHAR || x.b.docId === FAKHAR)
    expect(pipeline, 'a passage shared with Fakhar et al.').toBeDefined()
    const ali = pipeline!.a.docId === ALI ? pipeline!.a : pipeline!.b
    const fakhar = pipeline!.a.docId === ALI ? pipeline!.b : pipeline!.a
    expect(label(corpus, ali)).toBe('¶7')
    expect(label(corpus, fakhar)).toBe('¶23')
    expect(pipeline!.words).toBeGreaterThanOrEqual(12)
    const summary = first.client.state().summary!
    const row = summary.overview.find((r) => [r.earlier.docId, r.later.docId].includes(FAKHAR))
    // Ali's op-ed (c. Jul 2023) came before the TAHANUT article (c. Mar 2024).
    expect(row?.earlier.docId).toBe(ALI)
    expect(row?.later.docId).toBe(FAKHAR)
    expect(summary.passagesByDocument).toContainEqual([ALI, passages.length])
    first.client.close()

    // The snapshot of the fingerprints is not read: nothing needs indexing.
    let snapshotsRead = 0
    const second = session(
      p,
      () => corpus,
      (o) => ({
        ...o,
        cache: {
          ...o.cache,
          loadIndex: () => {
            snapshotsRead++
            return o.cache.loadIndex()
          },
        },
      }),
    )
    await settled(second.client, 5)
    expect(second.indexed()).toBe(0)
    expect(second.loads).toEqual([])
    expect(await second.client.passagesOf(ALI)).toEqual(passages)
    expect(second.client.state().summary!.overview).toEqual(summary.overview)
    expect(snapshotsRead).toBe(0)
    expect(second.held()).toBe(false)
    second.client.close()

    // Until a document is added: it is compared with the whole library.
    const copy = copyOfAliParagraph()
    const third = session(p, () => [...corpus, copy])
    await settled(third.client, 6)
    expect(third.loads).toEqual(['copy'])
    const copied = await third.client.passagesOf('copy')
    expect(copied.map((x) => (x.a.docId === 'copy' ? x.b.docId : x.a.docId))).toContain(ALI)
  }, 60_000)

  it('compares an added document with the rest, and forgets it when it is deleted, after a restart too', async () => {
    const p = profile()
    const copy = copyOfAliParagraph()
    let library = [...corpus]
    const s = session(p, () => library)
    await settled(s.client, 5)
    const version = s.client.state().summary!.version

    library = [...corpus, copy]
    s.list()
    await settled(s.client, 6, () => s.client.state().summary!.version > version)
    expect(s.indexed()).toBe(6)
    const copied = await s.client.passagesOf('copy')
    expect(copied.map((x) => (x.a.docId === 'copy' ? x.b.docId : x.a.docId))).toContain(ALI)
    expect(s.client.state().summary!.passagesByDocument.map(([id]) => id)).toContain('copy')

    library = [...corpus]
    s.list()
    await settled(
      s.client,
      5,
      () => !s.client.state().summary!.passagesByDocument.some(([id]) => id === 'copy'),
    )
    expect(await s.client.passagesOf('copy')).toEqual([])
    expect(
      (await s.client.passagesOf(ALI)).some((x) => x.a.docId === 'copy' || x.b.docId === 'copy'),
    ).toBe(false)
    s.client.close()

    // Restarted with the copy back: its earlier passages were forgotten, so it is indexed again.
    library = [...corpus, copy]
    const again = session(p, () => library)
    await settled(again.client, 6)
    expect(again.loads).toEqual(['copy'])
    expect((await again.client.passagesOf('copy')).length).toBe(copied.length)
  }, 60_000)

  it('reads quotes once their names are found and flags a speaker quoted in other words', async () => {
    const p = profile()
    const said = testDocument('said', [
      'Foreign Minister Hossein Amirabdollahian said: "We will complete the pipeline to the border before the end of next year."',
    ])
    const retold = testDocument('retold', [
      'Hossein Amirabdollahian said "we will finish the pipeline to the border by the end of next year."',
    ])
    const library = [said, retold]
    const s = session(p, () => library)
    await settled(s.client, 2)
    // No names yet: no quotes, so no drift.
    expect(s.client.state().summary!.quoteDrifts).toEqual([])

    await p.findNames(library)
    s.client.mentionsChanged()
    await settled(s.client, 2, () => s.client.state().summary!.quoteDrifts.length > 0)
    const [drift] = s.client.state().summary!.quoteDrifts
    expect(drift!.speaker).toMatch(/Amirabdollahian/)
    expect(new Set([drift!.a.docId, drift!.b.docId])).toEqual(new Set(['said', 'retold']))
    // The texts were asked for once more (for their quotes), the index not rebuilt.
    expect(s.indexed()).toBe(2)
  }, 60_000)

  it('drops the pairs a site footer made once it is the outlet furniture, after a restart too', async () => {
    const p = profile()
    const footer = filler(40, 7777)
    // Twelve pages of one site, each its own story and the site's footer: the first pages
    // are linked by the footer until enough of them show it is the site's furniture.
    const pages = Array.from({ length: 12 }, (_, i) =>
      testDocument(`page-${i}`, [filler(200, 10 + i), footer], 'Daily Post'),
    )
    const s = session(p, () => pages)
    await settled(s.client, 12)
    for (const page of pages) expect(await s.client.passagesOf(page.meta.id)).toEqual([])
    expect(s.client.state().summary!.overview).toEqual([])
    s.client.close()

    const again = session(p, () => pages)
    await settled(again.client, 12)
    expect(again.indexed()).toBe(0)
    for (const page of pages) expect(await again.client.passagesOf(page.meta.id)).toEqual([])
  }, 60_000)

  it('indexes again a document its saved index missed (closed before the index was saved)', async () => {
    const p = profile()
    const ali = corpus.find((d) => d.meta.id === ALI)!
    const paragraph = ali.blocks[6]!
    const copy = testDocument('copy', [ali.text.slice(paragraph.start, paragraph.end)])
    let library = [...corpus]
    const first = session(p, () => library)
    await settled(first.client, 5)
    first.client.close()

    // This session saves the copy's passages and words, but never its index.
    library = [...corpus, copy]
    const unsaved = session(
      p,
      () => library,
      (o) => ({
        ...o,
        cache: { ...o.cache, saveIndex: () => Promise.resolve() },
      }),
    )
    await settled(unsaved.client, 6)
    const copied = await unsaved.client.passagesOf('copy')
    expect(copied.length).toBeGreaterThan(0)
    unsaved.client.close()

    const next = session(p, () => library)
    await settled(next.client, 6)
    expect(next.loads).toEqual(['copy'])
    expect(await next.client.passagesOf('copy')).toEqual(copied)
  }, 60_000)

  it('lets go of its index once idle and compares a document added later with the whole library, as a session that keeps it does', async () => {
    const copy = copyOfAliParagraph()
    let library = [...corpus]
    const keeping = session(profile(), () => library, undefined, { releaseIdleMs: null })
    const releasing = session(profile(), () => library, undefined, { releaseIdleMs: 0 })
    await settled(keeping.client, 5)
    await settled(releasing.client, 5)
    await vi.waitFor(() => expect(releasing.held()).toBe(false))
    expect(keeping.held()).toBe(true)

    const answers = async (s: ReturnType<typeof session>) => {
      const summary = s.client.state().summary!
      return {
        passages: await Promise.all(library.map((d) => s.client.passagesOf(d.meta.id))),
        between: await s.client.passagesBetween(ALI, FAKHAR),
        overview: summary.overview,
        byDocument: summary.passagesByDocument,
        count: summary.passageCount,
        drifts: summary.quoteDrifts,
      }
    }
    expect(await answers(releasing)).toEqual(await answers(keeping))
    // Asking for passages and listing the same documents again need no index.
    releasing.list()
    await settled(releasing.client, 5)
    expect(releasing.held()).toBe(false)

    library = [...corpus, copy]
    for (const s of [keeping, releasing]) {
      const version = s.client.state().summary!.version
      s.list()
      await settled(s.client, 6, () => s.client.state().summary!.version > version)
      expect(s.indexed()).toBe(6)
    }
    const copied = await releasing.client.passagesOf('copy')
    expect(copied.map((x) => (x.a.docId === 'copy' ? x.b.docId : x.a.docId))).toContain(ALI)
    expect(await answers(releasing)).toEqual(await answers(keeping))
    await vi.waitFor(() => expect(releasing.held()).toBe(false))

    // Deleting a document takes the index back to forget it, and lets go of it again.
    library = [...corpus]
    for (const s of [keeping, releasing]) {
      s.list()
      await settled(
        s.client,
        5,
        () => !s.client.state().summary!.passagesByDocument.some(([id]) => id === 'copy'),
      )
    }
    expect(await answers(releasing)).toEqual(await answers(keeping))
    await vi.waitFor(() => expect(releasing.held()).toBe(false))
  }, 60_000)

  it('indexes again, when it takes its index back, a document the cache did not keep in it', async () => {
    const ali = corpus.find((d) => d.meta.id === ALI)!
    const paragraph = ali.blocks[6]!
    const copy = testDocument('copy', [ali.text.slice(paragraph.start, paragraph.end)])
    const again = testDocument('again', [
      'Another paper ran it too:',
      ali.text.slice(paragraph.start, paragraph.end),
    ])
    let library = [...corpus]
    const p = profile()
    const first = session(p, () => library)
    await settled(first.client, 5)
    first.client.close()

    // The index with the copy in it is never saved, so the one read back lacks it.
    const keeping = session(profile(), () => library, undefined, { releaseIdleMs: null })
    const unsaved = session(
      p,
      () => library,
      (o) => ({ ...o, cache: { ...o.cache, saveIndex: () => Promise.resolve() } }),
      { releaseIdleMs: 0 },
    )
    await settled(keeping.client, 5)
    await settled(unsaved.client, 5)
    library = [...corpus, copy]
    for (const s of [keeping, unsaved]) s.list()
    await settled(keeping.client, 6)
    await settled(unsaved.client, 6)
    await vi.waitFor(() => expect(unsaved.held()).toBe(false))

    library = [...corpus, copy, again]
    for (const s of [keeping, unsaved]) s.list()
    await settled(keeping.client, 7)
    await settled(unsaved.client, 7)
    expect(unsaved.loads.filter((id) => id === 'copy')).toHaveLength(2)
    // The same passages; two at one place in Ali's op-ed may come in the other order.
    const found = async (s: ReturnType<typeof session>, id: string) =>
      (await s.client.passagesOf(id)).map((x) => JSON.stringify(x)).sort()
    for (const id of ['copy', 'again', ALI])
      expect(await found(unsaved, id)).toEqual(await found(keeping, id))
  }, 60_000)
})
