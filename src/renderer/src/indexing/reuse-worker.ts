/**
 * The reuse worker: compares every document with every other off the UI thread (the
 * fingerprint index of shared/reuse), keeps what it finds in its cache (./reuse-cache.ts) so
 * a restart reads it back instead of indexing again, reads each document's quotes (with the
 * names the entity worker has found, from its cache) and finds quote drift across documents.
 * The UI thread gets a small summary (counts, the overview's rows, quote drift) and a
 * document's passages only when it asks. Its behaviour is `createReuseIndexer`, which the
 * tests drive over a MessageChannel; the lines at the end connect it to the worker's own port
 * when this module runs as a worker.
 */
import '@shared/zod-without-eval'
import type { EntityMention } from '@shared/entities/entity-kind'
import type { PartialDate } from '@shared/dates/partial-date'
import { reuseDocumentInfo } from '@shared/reuse/document-info'
import { findReuse } from '@shared/reuse/find-reuse'
import { fingerprints } from '@shared/reuse/fingerprints'
import { pairOverview, passagesByPair } from '@shared/reuse/overview'
import { pairKey } from '@shared/reuse/pair-key'
import { findQuoteDrift, type QuoteDrift } from '@shared/reuse/quote-drift'
import { extractQuotes, type Quote } from '@shared/reuse/quotes'
import { newFurnitureCarriers, recheckPassages, setDocumentInfo } from '@shared/reuse/recheck'
import {
  quoteSpeakers,
  speakerIdentity,
  speakerLookup,
  type SpeakerLookup,
} from '@shared/reuse/speaker-entities'
import { ReuseIndex } from '@shared/reuse/reuse-index'
import { overviewRows } from '@shared/reuse/reuse-labels'
import type { PairOverview, SharedPassage } from '@shared/reuse/types'
import { reuseWords, type ReuseWords } from '@shared/reuse/words'
import { surnameKeys } from '@shared/entities/entity-key'
import { readOnlyEntityCache } from './entity-cache'
import {
  coverageOf,
  NO_REUSE_CACHE,
  openReuseCache,
  REUSE_ENGINE_VERSION,
  type CachedPair,
  type CoveredInfo,
  type OpenedReuseCache,
  type ReuseCache,
  type SavedReuse,
} from './reuse-cache'
import type {
  ReuseClientMessage,
  ReuseDocumentRef,
  ReuseDocumentVersion,
  ReuseProgress,
  ReuseTextMessage,
  ReuseWorkerReply,
} from './reuse-protocol'

/** Sends one reply to the client. */
export type PostReuseReply = (reply: ReuseWorkerReply) => void

/** The entity mentions of these documents at these revs, where found (the entity worker's cache). */
export type ReadMentions = (
  documents: readonly ReuseDocumentRef[],
) => Promise<Map<string, EntityMention[]>>

/**
 * While documents are being indexed the summary is sent again after this many documents
 * (or a tenth of those indexed, whichever is more) and no sooner than PUBLISH_EVERY_MS
 * after the last; always when the last document needed is done.
 */
const DOCUMENTS_PER_SUMMARY = 5
const PUBLISH_EVERY_MS = 1000
/** The index snapshot is saved when the worker is idle, and at most this often while busy. */
const SAVE_INDEX_EVERY_MS = 15_000
/** Words of this many recently indexed documents stay in memory; others are read back from the cache. */
const WORDS_KEPT = 500
/**
 * Idle this long (every listed document done, nothing asked for) the worker lets go of its
 * fingerprint index and the words it keeps, about 100 MB at 10,000 documents; it reads the
 * index back from its cache when a document must be indexed. A batch of imports or edits sends
 * its texts milliseconds apart, so five seconds does not let go in the middle of one, and
 * taking the index back (a few hundred milliseconds at 10,000 documents) is paid only by the
 * next document added or changed after a pause.
 */
export const RELEASE_INDEX_IDLE_MS = 5000

export interface ReuseIndexer {
  /** Handles one message; messages are handled one after another, in the order given. */
  handle(message: ReuseClientMessage): Promise<void>
  /** How many documents were indexed (not read from the cache) since the start. */
  indexedCount(): number
  /** Whether the fingerprint index is in memory (false once let go of at idle). */
  indexHeld(): boolean
}

export interface ReuseIndexerOptions {
  /** Idle time after which the index is let go of (RELEASE_INDEX_IDLE_MS; tests shorten it); null: never. */
  releaseIdleMs?: number | null
}

/**
 * Quote drift over many documents: quotes can only drift when their speakers are one, so they
 * are grouped by speaker first and each group compared on its own, not every quote with every
 * other. With `speakers` (the analyst's entity index's answer) a group is one entity; without
 * it, the speakers that can be one by the quote finder's rule (same entity key, or a one-word
 * name that is the other's surname).
 */
export function driftOverGroups(
  quotes: readonly Quote[],
  published: (docId: string) => PartialDate | null,
  speakers?: SpeakerLookup,
): QuoteDrift[] {
  const groups = speakers ? groupByEntity(quotes, speakers) : groupByKeys(quotes)
  const drifts: QuoteDrift[] = []
  for (const list of groups.values()) {
    if (new Set(list.map((q) => q.docId)).size < 2) continue
    drifts.push(...findQuoteDrift(list, published, speakers))
  }
  return drifts.sort(
    (x, y) =>
      (x.speaker < y.speaker ? -1 : x.speaker > y.speaker ? 1 : 0) ||
      (x.a.docId < y.a.docId ? -1 : x.a.docId > y.a.docId ? 1 : 0) ||
      x.a.start - y.a.start,
  )
}

function groupByEntity(quotes: readonly Quote[], speakers: SpeakerLookup): Map<string, Quote[]> {
  const groups = new Map<string, Quote[]>()
  for (const q of quotes) {
    if (!q.speaker) continue
    const id = speakerIdentity(speakers, q.speaker).id
    const list = groups.get(id)
    if (list) list.push(q)
    else groups.set(id, [q])
  }
  return groups
}

function groupByKeys(quotes: readonly Quote[]): Map<string, Quote[]> {
  const parent = new Map<string, string>()
  const find = (k: string): string => {
    let root = k
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    parent.set(k, root)
    return root
  }
  const keysOf = (q: Quote) =>
    q.speaker ? [q.speaker.key, ...surnameKeys(q.speaker.kind, q.speaker.name)] : []
  for (const q of quotes) {
    const keys = keysOf(q)
    for (const k of keys) if (!parent.has(k)) parent.set(k, k)
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0]!))
  }
  const groups = new Map<string, Quote[]>()
  for (const q of quotes) {
    if (!q.speaker) continue
    const root = find(q.speaker.key)
    const list = groups.get(root)
    if (list) list.push(q)
    else groups.set(root, [q])
  }
  return groups
}

/**
 * An indexer over the cache `opening` gives; `readMentions` reads the names found in a
 * document (the entity worker's cache), which quotes need for their speakers. Nothing is sent
 * until the first list of documents; after that, a summary whenever the documents change and
 * (every few documents, and after the last) as they are indexed.
 */
export function createReuseIndexer(
  opening: Promise<OpenedReuseCache>,
  post: PostReuseReply,
  readMentions: ReadMentions,
  options: ReuseIndexerOptions = {},
): ReuseIndexer {
  const releaseIdleMs =
    options.releaseIdleMs === undefined ? RELEASE_INDEX_IDLE_MS : options.releaseIdleMs
  let listed: ReuseDocumentVersion[] = []
  let listedRevs = new Map<string, string>()
  let published = new Map<string, PartialDate | null>()
  let outlets = new Map<string, string | null | undefined>()
  /** The fingerprint index; null while let go of at idle (see takeIndex). */
  let index: ReuseIndex | null = new ReuseIndex()
  /** While the index is let go of: each indexed document's outlet and date as it knows them. */
  let releasedInfo: Map<string, CoveredInfo> | null = null
  /** Documents the index read back missed (its snapshot was not saved): to be asked for again. */
  let reask = false
  let releaseTimer: ReturnType<typeof setTimeout> | null = null
  /** Documents in the index, at their rev. */
  const indexed = new Map<string, string>()
  const wordCounts = new Map<string, number>()
  const failed = new Map<string, string>()
  /** Passages by pair of documents, and the pairs each document is in. */
  const pairs = new Map<string, SharedPassage[]>()
  const pairsOf = new Map<string, Set<string>>()
  /** Per document, a stamp that moves whenever its passages change (see ReuseSummary.passagesChanged). */
  const changedAt = new Map<string, number>()
  let stamps = 0
  const touch = (docId: string) => changedAt.set(docId, ++stamps)
  /** Quotes of each indexed document; null while its names are not found. */
  const quotes = new Map<string, Quote[] | null>()
  /** Names read for documents whose quotes wait for their text. */
  const mentionsFor = new Map<string, EntityMention[]>()
  const recentWords = new Map<string, ReuseWords>()
  let needed = new Set<string>()
  let version = 0
  let quotesChanged = true
  let drifts: QuoteDrift[] = []
  /** The entity index's answer for the quotes' speakers; null until the client sends one. */
  let speakers: SpeakerLookup | null = null
  /** The speakers last named in a summary, joined. */
  let sentSpeakers: string | null = null
  let sincePublished = 0
  let publishedAt = -Infinity
  let indexChanged = false
  let indexSavedAt = performance.now()
  let indexedNow = 0
  let listedOnce = false
  let queue = Promise.resolve()

  const link = (key: string, passages: SharedPassage[]) => {
    const first = passages[0]
    if (!first) return
    pairs.set(key, passages)
    for (const id of [first.a.docId, first.b.docId]) {
      touch(id)
      const set = pairsOf.get(id)
      if (set) set.add(key)
      else pairsOf.set(id, new Set([key]))
    }
  }

  /** The index, which the caller has taken back (takeIndex) if it was let go of. */
  const live = (): ReuseIndex => {
    if (!index) throw new Error('The reuse index is not in memory.')
    return index
  }
  const infoOf = (docId: string) => (index ? index.info(docId) : (releasedInfo?.get(docId) ?? null))

  const drop = (docId: string) => {
    live().remove(docId)
    for (const key of pairsOf.get(docId) ?? []) {
      const first = pairs.get(key)?.[0]
      pairs.delete(key)
      if (!first) continue
      const other = first.a.docId === docId ? first.b.docId : first.a.docId
      pairsOf.get(other)?.delete(key)
      touch(other)
    }
    pairsOf.delete(docId)
    touch(docId)
    indexed.delete(docId)
    wordCounts.delete(docId)
    if (quotes.has(docId)) quotesChanged = true
    quotes.delete(docId)
    recentWords.delete(docId)
    mentionsFor.delete(docId)
  }

  // The saved work, kept where its revs are those the saved index covers. The index itself is
  // read only when a document must be indexed or removed (takeIndex, which also drops the
  // documents it covers with no saved row): a start that finds the library as it was reads
  // what the analyst sees, not the fingerprints (issue 15, ADR 0013).
  const restored: Promise<ReuseCache> = opening.then(async (opened) => {
    if (opened.notice !== null) post({ type: 'notice', message: opened.notice })
    const cache = opened.cache
    const saved = await cache
      .load()
      .catch((): SavedReuse => ({ coverage: null, documents: [], pairs: [] }))
    if (!saved.coverage) return cache
    const covered = new Map(saved.coverage.revs)
    for (const row of saved.documents) {
      if (covered.get(row.docId) !== row.rev) continue
      indexed.set(row.docId, row.rev)
      wordCounts.set(row.docId, row.wordCount)
      quotes.set(row.docId, row.quotes)
    }
    index = null
    releasedInfo = new Map(saved.coverage.info.filter(([id]) => indexed.has(id)))
    for (const row of saved.pairs)
      if (indexed.get(row.a) === row.revA && indexed.get(row.b) === row.revB)
        link(row.key, row.passages)
    return cache
  })

  const progress = (): ReuseProgress => {
    let done = 0
    let failures = 0
    for (const d of listed) {
      if (indexed.get(d.docId) === d.rev) done++
      else if (failed.get(d.docId) === d.rev) {
        done++
        failures++
      }
    }
    return { done, total: listed.length, failed: failures }
  }

  /** What the last summary carried, so unchanged lists are not sent again. */
  let sentVersion = -1
  let sentDrifts: QuoteDrift[] | null = null
  /** Moves when a listed document's publication date changes (pairs are oriented by it). */
  let datesVersion = 0
  let sentDates = -1
  let sentCount = 0

  const publish = () => {
    sincePublished = 0
    publishedAt = performance.now()
    if (version === sentVersion && !quotesChanged && datesVersion === sentDates) {
      post({ type: 'summary', summary: { progress: progress(), passageCount: sentCount, version } })
      return
    }
    const dateOf = (id: string) => published.get(id) ?? null
    const overviews: PairOverview[] = []
    let passageCount = 0
    for (const list of pairs.values()) {
      passageCount += list.length
      const first = list[0]!
      const o = pairOverview(
        list,
        wordCounts.get(first.a.docId) ?? 0,
        wordCounts.get(first.b.docId) ?? 0,
      )
      if (o) overviews.push(o)
    }
    const passagesByDocument: [string, number][] = []
    const passagesChanged: [string, number][] = []
    for (const [docId, keys] of pairsOf) {
      let n = 0
      for (const key of keys) n += pairs.get(key)?.length ?? 0
      if (n === 0) continue
      passagesByDocument.push([docId, n])
      passagesChanged.push([docId, changedAt.get(docId) ?? 0])
    }
    let newSpeakers: string[] | null = null
    if (quotesChanged) {
      quotesChanged = false
      const all: Quote[] = []
      for (const d of listed) {
        const q = indexed.get(d.docId) === d.rev ? quotes.get(d.docId) : null
        if (q) all.push(...q)
      }
      drifts = driftOverGroups(all, dateOf, speakers ?? undefined)
      const named = quoteSpeakers(all)
      const joined = named.join('\n')
      if (joined !== sentSpeakers) {
        sentSpeakers = joined
        newSpeakers = named
      }
    }
    const driftsMoved = drifts !== sentDrifts
    sentVersion = version
    sentDrifts = drifts
    sentDates = datesVersion
    sentCount = passageCount
    post({
      type: 'summary',
      summary: {
        progress: progress(),
        passageCount,
        passagesByDocument,
        passagesChanged,
        overview: overviewRows(overviews, dateOf),
        ...(driftsMoved ? { quoteDrifts: drifts } : {}),
        ...(newSpeakers ? { speakers: newSpeakers } : {}),
        version,
      },
    })
  }

  /** Saves the index if it changed; whether the saved snapshot is now the index in memory. */
  const saveIndex = async (cache: ReuseCache): Promise<boolean> => {
    if (!indexChanged || !index) return true
    indexChanged = false
    indexSavedAt = performance.now()
    try {
      const revs = [...indexed]
      await cache.saveIndex(index.snapshot(), revs, coverageOf(index, revs).info)
      return true
    } catch {
      indexChanged = true
      return false
    }
  }

  const idle = () => listedOnce && needed.size === 0 && progress().done === listed.length && !reask

  /**
   * Lets go of the index and the words kept once idle, when the cache holds the index as it
   * is: the passages, overview and quotes are what the worker keeps per pair and document,
   * and words are read back from the cache for the documents a new one shares prints with.
   */
  const release = async () => {
    const cache = await restored
    if (!index || !idle() || cache === NO_REUSE_CACHE) return
    if (!(await saveIndex(cache))) return
    releasedInfo = new Map(coverageOf(index, [...indexed]).info)
    index = null
    recentWords.clear()
  }

  /**
   * The index, read back from the cache if it was let go of. Documents its snapshot lacks (a
   * cache that did not keep it) are dropped and asked for again, as after a restart.
   */
  const takeIndex = async (cache: ReuseCache): Promise<ReuseIndex> => {
    if (index) return index
    const saved = await cache.loadIndex().catch(() => null)
    let taken: ReuseIndex | null = null
    try {
      if (saved) taken = ReuseIndex.fromSnapshot(saved.snapshot)
    } catch {
      taken = null
    }
    const covered = new Map(taken && saved ? saved.revs : [])
    index = taken ?? new ReuseIndex()
    releasedInfo = null
    for (const [id, rev] of covered) if (indexed.get(id) !== rev) index.remove(id)
    const missed = [...indexed].filter(([id, rev]) => covered.get(id) !== rev).map(([id]) => id)
    if (missed.length > 0) {
      for (const id of missed) drop(id)
      version++
      indexChanged = true
      reask = true
    }
    return index
  }

  /** Asks for every listed document not indexed at its rev, or whose quotes can be read now. */
  const askForTexts = async () => {
    reask = false
    const waiting = listed.filter(
      (d) =>
        indexed.get(d.docId) === d.rev && quotes.get(d.docId) === null && !mentionsFor.has(d.docId),
    )
    if (waiting.length > 0) {
      const found = await readMentions(waiting).catch(() => new Map<string, EntityMention[]>())
      for (const [id, mentions] of found) mentionsFor.set(id, mentions)
    }
    const need = listed.filter(
      (d) =>
        (indexed.get(d.docId) !== d.rev && failed.get(d.docId) !== d.rev) ||
        (indexed.get(d.docId) === d.rev &&
          quotes.get(d.docId) === null &&
          mentionsFor.has(d.docId)),
    )
    needed = new Set(need.map((d) => d.docId))
    post({ type: 'need', documents: need.map(({ docId, rev }) => ({ docId, rev })) })
  }

  const receiveDocuments = async (documents: ReuseDocumentVersion[]) => {
    const cache = await restored
    listed = documents
    listedRevs = new Map(documents.map((d) => [d.docId, d.rev]))
    const datesBefore = published
    published = new Map(documents.map((d) => [d.docId, d.published]))
    outlets = new Map(documents.map((d) => [d.docId, d.outlet]))
    // Details the analyst edited (no new rev): the index learns the outlet and date as they
    // are, and pairs resting on what that makes furniture are checked again.
    const edits = documents
      .filter((d) => indexed.get(d.docId) === d.rev)
      .map((d) => ({ docId: d.docId, info: reuseDocumentInfo(d.outlet, d.published) }))
      .filter(({ docId, info }) => {
        const known = infoOf(docId)
        return (
          known !== null &&
          (known.outlet !== (info.outlet || null) || known.published !== info.published)
        )
      })
    const gone = [...indexed].filter(([id, rev]) => listedRevs.get(id) !== rev).map(([id]) => id)
    if (edits.length > 0 || gone.length > 0) await takeIndex(cache)
    if (edits.length > 0) {
      const unread = edits.filter((e) => !recentWords.has(e.docId))
      const read = await cache
        .words(unread.map((e) => ({ docId: e.docId, rev: indexed.get(e.docId) ?? '' })))
        .catch(() => new Map<string, ReuseWords>())
      const known = (id: string) => recentWords.get(id) ?? read.get(id)
      const set = setDocumentInfo(
        live(),
        edits.map((e) => ({ ...e, words: known(e.docId) })),
      )
      if (set.changed) indexChanged = true
      const rechecked = await recheckAmong(cache, set.carriers, known)
      if (rechecked.put.length + rechecked.deleted.length > 0)
        await cache.savePairs(rechecked).catch(() => undefined)
    }
    for (const id of gone) drop(id)
    for (const [id, rev] of failed) if (listedRevs.get(id) !== rev) failed.delete(id)
    if (gone.length > 0) {
      version++
      indexChanged = true
      await cache.remove(gone).catch(() => undefined)
    }
    // A document new to the list shares nothing yet: only a known one's date can reorder pairs.
    const datesMoved = documents.some(
      (d) =>
        datesBefore.has(d.docId) &&
        JSON.stringify(datesBefore.get(d.docId) ?? null) !== JSON.stringify(d.published),
    )
    if (datesMoved) datesVersion++
    if (datesMoved || !listedOnce) quotesChanged = true
    listedOnce = true
    await askForTexts()
    publish()
    if (needed.size === 0) await saveIndex(cache)
  }

  const rowOf = (key: string, list: SharedPassage[]): CachedPair => ({
    key,
    a: list[0]!.a.docId,
    b: list[0]!.b.docId,
    revA: indexed.get(list[0]!.a.docId) ?? '',
    revB: indexed.get(list[0]!.b.docId) ?? '',
    engine: REUSE_ENGINE_VERSION,
    passages: list,
  })

  /**
   * Checks again the stored pairs among `carriers` (documents carrying fingerprints just
   * turned into furniture), reading the words `known` lacks; the rows to save for the changed
   * pairs, but for those of `own` (saved with it).
   */
  const recheckAmong = async (
    cache: ReuseCache,
    carriers: readonly string[],
    known: (docId: string) => ReuseWords | undefined,
    own?: string,
  ) => {
    const rechecked = { put: [] as CachedPair[], deleted: [] as string[] }
    if (carriers.length === 0) return rechecked
    const among = new Set(carriers)
    const lists = [...new Set(carriers.flatMap((id) => [...(pairsOf.get(id) ?? [])]))]
      .map((key) => pairs.get(key)!)
      .filter((list) => among.has(list[0]!.a.docId) && among.has(list[0]!.b.docId))
    const unread = [...new Set(lists.flatMap((l) => [l[0]!.a.docId, l[0]!.b.docId]))]
      .filter((id) => !known(id))
      .map((id) => ({ docId: id, rev: indexed.get(id) ?? '' }))
    const more =
      unread.length > 0
        ? await cache.words(unread).catch(() => new Map<string, ReuseWords>())
        : new Map<string, ReuseWords>()
    for (const [key, list] of recheckPassages(live(), lists, (id) => known(id) ?? more.get(id))) {
      const first = pairs.get(key)![0]!
      if (list.length > 0) link(key, list)
      else {
        pairs.delete(key)
        for (const id of [first.a.docId, first.b.docId]) {
          pairsOf.get(id)?.delete(key)
          touch(id)
        }
      }
      version++
      if (first.a.docId === own || first.b.docId === own) continue
      if (list.length > 0) rechecked.put.push(rowOf(key, list))
      else rechecked.deleted.push(key)
    }
    return rechecked
  }

  /** Indexes one document: its passages with every indexed document, saved with its words. */
  const indexText = async (cache: ReuseCache, message: ReuseTextMessage) => {
    const { docId, rev } = message
    const index = await takeIndex(cache)
    if (index.has(docId)) drop(docId)
    const words = reuseWords(message.text)
    const prints = fingerprints(words)
    const before = new Uint8Array(prints.length)
    const wanted = index
      .candidates(prints, docId, before)
      .map((c) => c.docId)
      .filter((id) => !recentWords.has(id))
    const read =
      wanted.length > 0
        ? await cache
            .words(wanted.map((id) => ({ docId: id, rev: indexed.get(id) ?? '' })))
            .catch(() => new Map<string, ReuseWords>())
        : new Map<string, ReuseWords>()
    const passages = findReuse(
      index,
      { id: docId, words },
      prints,
      (id) => recentWords.get(id) ?? read.get(id),
    )
    index.add(docId, prints, reuseDocumentInfo(outlets.get(docId), published.get(docId)))
    indexed.set(docId, rev)
    wordCounts.set(docId, words.length)
    recentWords.set(docId, words)
    if (recentWords.size > WORDS_KEPT) recentWords.delete(recentWords.keys().next().value!)
    const byPair = passagesByPair(passages)
    for (const [key, list] of byPair) {
      list.sort((x, y) => x.a.start - y.a.start)
      link(key, list)
    }
    // Pairs found before this document made their shared words furniture are checked again.
    const rechecked = await recheckAmong(
      cache,
      newFurnitureCarriers(index, prints, before),
      (id) => (id === docId ? words : (recentWords.get(id) ?? read.get(id))),
      docId,
    )
    const rows = [...(pairsOf.get(docId) ?? [])].map((key) => rowOf(key, pairs.get(key)!))
    // A document sharing nothing changes no one's passages: the summary's lists stay as sent.
    if (byPair.size > 0) version++
    indexChanged = true
    indexedNow++
    return { words, rows, rechecked }
  }

  const receiveText = async (message: ReuseTextMessage | null, ref: ReuseDocumentRef) => {
    const cache = await restored
    needed.delete(ref.docId)
    // Always answered with progress: the client waits for it before sending the next text.
    if (listedRevs.get(ref.docId) !== ref.rev)
      return post({ type: 'progress', progress: progress() })
    if (!message) failed.set(ref.docId, ref.rev)
    else {
      try {
        let saved: Awaited<ReturnType<typeof indexText>> | null = null
        if (indexed.get(ref.docId) !== ref.rev) {
          saved = await indexText(cache, message)
          quotes.set(ref.docId, null)
        }
        let mentions = mentionsFor.get(ref.docId)
        if (!mentions && quotes.get(ref.docId) === null) {
          const found = await readMentions([ref]).catch(() => new Map<string, EntityMention[]>())
          mentions = found.get(ref.docId)
        }
        if (mentions && quotes.get(ref.docId) === null) {
          mentionsFor.delete(ref.docId)
          let found: Quote[] = []
          try {
            found = extractQuotes(
              { meta: { id: ref.docId }, blocks: message.blocks, text: message.text },
              mentions,
            )
          } catch {
            // Quotes that cannot be read leave reuse as it is.
          }
          quotes.set(ref.docId, found)
          quotesChanged = true
        }
        await cache
          .saveDocument(
            {
              docId: ref.docId,
              rev: ref.rev,
              engine: REUSE_ENGINE_VERSION,
              wordCount: wordCounts.get(ref.docId) ?? 0,
              quotes: quotes.get(ref.docId) ?? null,
            },
            saved?.words ?? null,
            saved?.rows ?? null,
            saved?.rechecked,
          )
          .catch(() => undefined)
      } catch {
        await takeIndex(cache)
        drop(ref.docId)
        failed.set(ref.docId, ref.rev)
      }
    }
    if (reask) await askForTexts()
    sincePublished++
    const due =
      sincePublished >= Math.max(DOCUMENTS_PER_SUMMARY, indexed.size / 10) &&
      performance.now() - publishedAt >= PUBLISH_EVERY_MS
    if (needed.size === 0 || due) publish()
    if (needed.size === 0 || performance.now() - indexSavedAt >= SAVE_INDEX_EVERY_MS)
      await saveIndex(cache)
    post({ type: 'progress', progress: progress() })
  }

  const passagesOf = async (requestId: number, docId: string) => {
    await restored
    const list: SharedPassage[] = []
    for (const key of pairsOf.get(docId) ?? []) list.push(...(pairs.get(key) ?? []))
    const here = (p: SharedPassage) => (p.a.docId === docId ? p.a.start : p.b.start)
    list.sort((x, y) => here(x) - here(y))
    post({ type: 'passages', requestId, docId, passages: list })
  }

  const passagesBetween = async (requestId: number, a: string, b: string) => {
    await restored
    // Kept ordered by position in the pair's first document (by id), as they were found.
    const list = a === b ? [] : (pairs.get(pairKey(a, b)) ?? [])
    const here = (p: SharedPassage) => (p.a.docId === a ? p.a.start : p.b.start)
    post({
      type: 'passages',
      requestId,
      docId: a,
      passages: [...list].sort((x, y) => here(x) - here(y)),
    })
  }

  const handleOne = async (message: ReuseClientMessage): Promise<void> => {
    switch (message.type) {
      case 'documents':
        return receiveDocuments(message.documents)
      case 'text':
        return receiveText(message, message)
      case 'unavailable':
        return receiveText(null, message)
      case 'passages-of':
        return passagesOf(message.requestId, message.docId)
      case 'passages-between':
        return passagesBetween(message.requestId, message.a, message.b)
      case 'speaker-entities': {
        await restored
        speakers = speakerLookup(message.entities)
        quotesChanged = true
        if (listedOnce) publish()
        return
      }
      case 'mentions-changed': {
        await restored
        if (!listedOnce) return
        const before = needed.size
        await askForTexts()
        if (before === 0 && needed.size === 0) return
        return
      }
    }
  }

  /** After each message: once idle for releaseIdleMs, the index is let go of (in turn with messages). */
  const scheduleRelease = () => {
    if (releaseTimer !== null) clearTimeout(releaseTimer)
    releaseTimer = null
    if (!index || releaseIdleMs === null || !idle()) return
    releaseTimer = setTimeout(() => {
      releaseTimer = null
      queue = queue.then(release).catch(() => undefined)
    }, releaseIdleMs)
  }

  return {
    handle(message) {
      if (releaseTimer !== null) clearTimeout(releaseTimer)
      releaseTimer = null
      const next = queue.then(() => handleOne(message)).finally(scheduleRelease)
      queue = next.catch(() => undefined)
      return next
    },
    indexedCount: () => indexedNow,
    indexHeld: () => index !== null,
  }
}

/**
 * Names from the entity worker's cache, read only: the entity worker alone makes, rebuilds and
 * deletes it, so this worker never undoes its recovery of a damaged one. While the cache is
 * not there (or of another version) nothing is read, and quotes wait for the next read.
 */
export function mentionsFromEntityCache(cache = readOnlyEntityCache()): ReadMentions {
  return async (documents) => (await cache.read(documents)).found
}

/** The part of a dedicated worker's global scope this module uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReuseClientMessage>) => void) | null
  postMessage(reply: ReuseWorkerReply): void
}

// Only inside a worker: imported by a test or the UI thread, the module installs nothing.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as WorkerScope
  const indexer = createReuseIndexer(
    openReuseCache(),
    (reply) => scope.postMessage(reply),
    mentionsFromEntityCache(),
  )
  scope.onmessage = (event) => void indexer.handle(event.data)
}
