/**
 * The search worker: keeps the full-text index off the UI thread. It restores the index
 * from its cache, reconciles it with the analyst's data (the source of truth: only what
 * changed since is indexed), follows the changes the client reports, and answers
 * searches, a newer search of a channel superseding an older one not yet run. Its whole
 * behaviour is `createSearchWorker`, which the tests drive over a MessageChannel; the
 * lines at the end only connect it to the worker's own port when this module runs as one.
 * (No zod here, so no `@shared/zod-without-eval` either: nothing in this worker validates.)
 */
import {
  documentFingerprint,
  documentRecords,
  sourceDetails,
  sourceKey,
  type SourceDetails,
  type SourceRecords,
} from '@shared/search/records-of'
import { openAnalystDatabase, type AnalystDatabase } from './analyst-database'
import {
  documentKey,
  documentRowFingerprint,
  highlightIdsOf,
  importedDocumentRecords,
  itemRecords,
  ITEM_KINDS,
  readDocumentRows,
  type ItemTable,
} from './analyst-sources'
import { LiveIndex } from './live-index'
import { chooseHits, describeHits, noResults } from './run-search'
import { SearchCacheDatabase } from './search-cache'
import type {
  BundledSource,
  IndexStatus,
  SearchClientMessage,
  SearchMessage,
  SearchWorkerReply,
  WatchedTable,
} from './search-protocol'

/** What the worker reads and writes: the analyst's database and its own cache. */
export interface SearchWorkerDeps {
  /** Opened by the worker entry (see analyst-database.ts); tests give theirs. */
  analyst: AnalystDatabase | Promise<AnalystDatabase>
  cache: SearchCacheDatabase
  /** How long the index must be idle before its snapshot is written (3 s by default). */
  idleMs?: number
  /**
   * Whether this worker may write the cache (true by default): one worker writes it at a
   * time (another tab's reads it and keeps its own changes in memory).
   */
  claimCache?: () => Promise<boolean>
}

/** A running search worker. */
export interface SearchWorker {
  handle(message: SearchClientMessage): void
  /** Resolves when every change received so far is indexed (tests, benchmarks). */
  settled(): Promise<void>
  close(): void
}

/** How long after the index is restored its unread postings start being read. */
const BACKGROUND_READ_AFTER_MS = 1000

/** Imported documents indexed per step: each step reads their texts in one go. */
const DOCUMENTS_PER_STEP = 25

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

const ITEM_TABLES: readonly ItemTable[] = ['highlights', 'claims', 'events', 'briefs']

/** Builds the worker's message handler; replies go to `post`. */
export function createSearchWorker(
  deps: SearchWorkerDeps,
  post: (reply: SearchWorkerReply) => void,
): SearchWorker {
  let analyst!: AnalystDatabase
  const analystOpened = Promise.resolve(deps.analyst)
  // A database that cannot be opened fails the first read, which reports it.
  analystOpened.catch(() => undefined)
  let opened: Promise<LiveIndex> | null = null
  let live: LiveIndex | null = null
  /** Index work, one job after another. */
  let queue: Promise<void> = Promise.resolve()
  let busy = 0
  const progress = { done: 0, total: 0 }
  let indexed = 0
  let notice: string | null = null
  let failure: string | null = null
  let bundled: BundledSource[] | null = null
  /** Each document's title and date, for its highlights' records. */
  const details = new Map<string, SourceDetails>()
  const bundledIds = new Set<string>()
  /** Bundled documents asked of the client and not yet received. */
  const awaited = new Set<string>()
  /** Changes received and not yet read, by table. */
  const changes = new Map<WatchedTable, Set<string> | 'all'>()
  let closed = false
  let started = false

  const status = (): IndexStatus => {
    if (!live) return { state: 'loading' }
    if (failure) return { state: 'failed', message: failure }
    if (busy > 0 || awaited.size > 0) return { state: 'indexing', ...progress }
    return { state: 'ready' }
  }

  const report = () => {
    if (closed) return
    const unread = live?.unread ?? 0
    post({ type: 'status', status: status(), records: live?.size ?? 0, indexed, notice, unread })
  }

  const say = (words: string) => {
    notice = words
    report()
  }

  /** Runs `job` after the jobs before it; a failure to read the analyst's data is reported. */
  const enqueue = (job: (live: LiveIndex) => Promise<void>): Promise<void> => {
    busy++
    const run = queue.then(async () => {
      try {
        const index = await opened!
        // Index work yields to the searches waiting: the first one, sent with the start, is
        // answered from the restored index before thousands of rows are read here.
        await new Promise((resolve) => setTimeout(resolve, 0))
        await searchesAnswered()
        analyst = await analystOpened
        await index.loadSources()
        if (!closed) await job(index)
      } catch (error) {
        failure = `Search could not read your data (${messageOf(error)}). Results may be incomplete; reload Casefile to try again.`
      } finally {
        busy--
        report()
      }
    })
    queue = run
    return run
  }

  const apply = async (index: LiveIndex, put: SourceRecords[], remove: string[] = []) => {
    await index.apply(put, remove)
    indexed += put.length
  }

  const detailsOf = (docId: string) => details.get(docId)

  /** Keys of `prefix` the index has and `wanted` does not. */
  const leftOver = (index: LiveIndex, prefix: string, wanted: Set<string>) =>
    index.keysStartingWith(prefix).filter((key) => !wanted.has(key))

  /** Imported documents: all of them (reconcile), or the ids a write changed. */
  async function syncDocuments(index: LiveIndex, ids: readonly string[] | 'all', count: boolean) {
    const { present, absent } = await readDocumentRows(analyst, ids)
    const retitled: string[] = []
    for (const row of present) {
      const next = sourceDetails(row.meta)
      const before = details.get(row.id)
      if (before && (before.title !== next.title || before.date !== next.date)) {
        retitled.push(row.id)
      }
      details.set(row.id, next)
    }
    const gone = absent.filter((id) => !bundledIds.has(id))
    for (const id of gone) details.delete(id)
    const remove = gone.flatMap((id) => [
      documentKey(id),
      ...index.keysOfDocument(id, 'highlight:'),
    ])
    if (ids === 'all') {
      const wanted = new Set(present.map((row) => documentKey(row.id)))
      remove.push(...leftOver(index, 'document:', wanted))
      for (const key of leftOver(index, 'document:', wanted)) {
        details.delete(key.slice('document:'.length))
      }
    }
    const stale = present.filter(
      (row) => index.fingerprint(documentKey(row.id)) !== documentRowFingerprint(row),
    )
    if (count) progress.total += stale.length
    await apply(index, [], remove)
    // One step's rows are written while the next step is read and indexed.
    let previous: Promise<void> = Promise.resolve()
    for (let i = 0; i < stale.length; i += DOCUMENTS_PER_STEP) {
      const step = stale.slice(i, i + DOCUMENTS_PER_STEP)
      const current = apply(index, await importedDocumentRecords(analyst, step))
      await previous
      previous = current
      if (count) progress.done += step.length
      report()
    }
    await previous
    if (retitled.length > 0) {
      const highlights = (
        await Promise.all(retitled.map((id) => highlightIdsOf(analyst, id)))
      ).flat()
      await syncItems(index, 'highlights', highlights, false)
    }
  }

  /** Highlights, claims, events or briefs: all (re-indexing only the changed), or these ids. */
  async function syncItems(
    index: LiveIndex,
    table: ItemTable,
    ids: readonly string[] | 'all',
    count: boolean,
  ) {
    const { sources, gone } = await itemRecords(analyst, table, ids, detailsOf)
    const remove = [...gone]
    let put = sources
    if (ids === 'all') {
      const prefix = `${ITEM_KINDS[table]}:`
      remove.push(...leftOver(index, prefix, new Set(sources.map((s) => s.key))))
      put = sources.filter((source) => index.fingerprint(source.key) !== source.fingerprint)
    }
    if (count) progress.total += put.length
    await apply(index, put, remove)
    if (count) progress.done += put.length
  }

  /** The bundled corpus: asks the client for the documents not indexed as they are now. */
  async function syncBundled(index: LiveIndex, list: BundledSource[]) {
    const wanted = new Set(list.map((doc) => sourceKey('bundled', doc.id)))
    const want = list.filter(
      (doc) =>
        index.fingerprint(sourceKey('bundled', doc.id)) !==
        documentFingerprint(doc.rev, sourceDetails(doc)),
    )
    await apply(index, [], leftOver(index, 'bundled:', wanted))
    if (want.length === 0) return
    progress.total += want.length
    for (const doc of want) awaited.add(doc.id)
    post({ type: 'want-bundled', ids: want.map((doc) => doc.id) })
  }

  /** Everything, against what the cache had: run once, at start. */
  async function reconcile(index: LiveIndex) {
    for (const doc of bundled ?? []) {
      details.set(doc.id, sourceDetails(doc))
      bundledIds.add(doc.id)
    }
    await syncDocuments(index, 'all', true)
    for (const table of ITEM_TABLES) await syncItems(index, table, 'all', true)
    if (bundled) await syncBundled(index, bundled)
  }

  /** The changes received so far, table by table. */
  async function drainChanges(index: LiveIndex) {
    while (changes.size > 0) {
      const [table, ids] = changes.entries().next().value!
      changes.delete(table)
      const list = ids === 'all' ? 'all' : [...ids]
      if (table === 'documents') await syncDocuments(index, list, false)
      else await syncItems(index, table, list, false)
    }
  }

  // Searches: the newest of each channel waits here until the event loop is free.
  const waiting = new Map<string, SearchMessage>()
  const newest = new Map<string, number>()
  let scheduled = false
  let answering = 0
  const quiet: (() => void)[] = []

  const searchesAnswered = () =>
    new Promise<void>((resolve) => {
      if (answering === 0 && !scheduled) resolve()
      else quiet.push(resolve)
    })

  const current = (message: SearchMessage) => newest.get(message.channel) === message.id

  async function answer(message: SearchMessage) {
    answering++
    try {
      const index = await opened!
      if (!current(message)) return post({ type: 'superseded', id: message.id })
      // Typo candidates' postings are read only when the exact matches are too few.
      // Searched in the turn its postings are known to be in memory (some may be let go
      // between turns, see live-index.ts POSTINGS_BUDGET); null when superseded meanwhile.
      let chosen = await index.withChunks(message.query, false, () =>
        current(message) ? chooseHits(index.index, message.query, message.options, false) : null,
      )
      if (!chosen) return post({ type: 'superseded', id: message.id })
      if (chosen.wantsTypos) {
        chosen = await index.withChunks(message.query, true, () =>
          current(message) ? chooseHits(index.index, message.query, message.options) : null,
        )
        if (!chosen) return post({ type: 'superseded', id: message.id })
      }
      if (chosen.hits.length === 0) {
        return post({
          type: 'results',
          id: message.id,
          results: { ...noResults(message.query), counts: chosen.counts },
        })
      }
      const records = await index.read(chosen.hits)
      if (!current(message)) return post({ type: 'superseded', id: message.id })
      post({ type: 'results', id: message.id, results: describeHits(chosen, records) })
    } catch (error) {
      post({ type: 'search-failed', id: message.id, message: messageOf(error) })
    } finally {
      answering--
      if (answering === 0 && !scheduled) for (const resolve of quiet.splice(0)) resolve()
    }
  }

  function runWaiting() {
    scheduled = false
    const batch = [...waiting.values()]
    waiting.clear()
    for (const message of batch) void answer(message)
  }

  function open() {
    const claim = deps.claimCache ?? (() => Promise.resolve(true))
    opened = claim()
      .then((writable) =>
        LiveIndex.open(deps.cache, { idleMs: deps.idleMs, writable, onNotice: say }),
      )
      .then((result) => {
        live = result.live
        notice = result.notice
        report()
        // Postings no search has read yet, in the background up to the budget held in
        // memory, so keys typed later need read few (a failed read is retried when a search
        // needs it). After a moment, so the first query and the app's start have the disk first.
        setTimeout(() => {
          if (!closed) void result.live.warm().then(report, () => undefined)
        }, BACKGROUND_READ_AFTER_MS)
        return result.live
      })
  }

  return {
    handle(message) {
      if (closed) return
      switch (message.type) {
        case 'start':
          if (started) return
          started = true
          bundled = message.bundled
          // Reconciling reads every table: what changed before it is read with the rest.
          changes.clear()
          if (!opened) open()
          report()
          void enqueue(reconcile)
          return
        case 'changed': {
          const before = changes.get(message.table)
          if (message.ids === 'all' || before === 'all') changes.set(message.table, 'all')
          else changes.set(message.table, new Set([...(before ?? []), ...message.ids]))
          if (!started) return
          void enqueue(drainChanges)
          return
        }
        case 'bundled-documents':
          if (!started) return
          void enqueue(async (index) => {
            const sources = message.documents
              .filter((doc) => awaited.has(doc.meta.id))
              .map((doc) => documentRecords(doc, 'bundled'))
            await apply(index, sources)
            for (const id of [...message.documents.map((d) => d.meta.id), ...message.missing]) {
              if (awaited.delete(id)) progress.done++
            }
          })
          return
        case 'search': {
          const older = waiting.get(message.channel)
          if (older) post({ type: 'superseded', id: older.id })
          waiting.set(message.channel, message)
          newest.set(message.channel, message.id)
          if (!opened) open()
          if (!scheduled) {
            scheduled = true
            setTimeout(runWaiting, 0)
          }
          return
        }
        case 'persist':
          if (!opened) open()
          void enqueue(async (index) => {
            const stored = await index.persist()
            post({ type: 'persisted', id: message.id, stored })
          })
          return
      }
    },
    settled: async () => {
      for (;;) {
        const seen = queue
        await seen
        if (seen === queue) return
      }
    },
    close() {
      closed = true
      live?.close()
    },
  }
}

/** The part of a dedicated worker's global scope this module uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchClientMessage>) => void) | null
  postMessage(reply: SearchWorkerReply): void
}

/** The Web Lock held by the worker that writes the search cache. */
const CACHE_LOCK = 'casefile-search-cache'

/**
 * Whether this worker holds the cache's lock (kept while it lives): two tabs' workers
 * writing one cache would stamp their rows with generations of their own, and a snapshot
 * of one would drop the other's changes.
 */
function claimCacheLock(): Promise<boolean> {
  return new Promise((resolve) => {
    if (!navigator.locks) return resolve(true)
    void navigator.locks.request(CACHE_LOCK, { ifAvailable: true }, (lock) => {
      resolve(lock !== null)
      return lock ? new Promise<void>(() => undefined) : undefined
    })
  })
}

// Only inside a worker: imported by a test or the UI thread, the module installs nothing.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as WorkerScope
  const worker = createSearchWorker(
    {
      analyst: openAnalystDatabase(),
      cache: new SearchCacheDatabase(),
      claimCache: claimCacheLock,
    },
    (reply) => scope.postMessage(reply),
  )
  scope.onmessage = (event) => worker.handle(event.data)
}
