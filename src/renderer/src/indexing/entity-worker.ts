/**
 * The entity worker: finds the people, places and organisations in each document off the UI
 * thread (compromise takes over a second to load and about 100 ms a document), caches them per
 * document (./entity-cache.ts), and builds the index over all documents under the analyst's
 * overrides. It sends the index without the mentions, and keeps what answers a request for
 * one entity's mentions: the documents' own mention lists (which it keeps anyway, to build
 * the next index), which entity each variant belongs to and each entity's document ids; not
 * a second copy of every mention, nor the index it sent. Its behaviour is
 * `createEntityIndexer`, which the tests drive over a MessageChannel; the lines at the end
 * connect it to the worker's own port when this module runs as a worker.
 */
import '@shared/zod-without-eval'
import {
  buildEntityIndex,
  entityMentions,
  type DocumentMentions,
  type EntityOverrides,
  type MentionFinder,
} from '@shared/entities/entity-index'
import type { EntityMention } from '@shared/entities/entity-kind'
import { extractEntities } from '@shared/entities/extract-entities'
import { openEntityCache, type OpenedCache } from './entity-cache'
import type {
  DocumentVersion,
  EntityClientMessage,
  EntityWorkerReply,
  ExtractionProgress,
} from './entity-protocol'

/** Sends one reply to the client. */
export type PostEntityReply = (reply: EntityWorkerReply) => void

/**
 * While documents are being read, the index is sent again after this many documents (or a
 * quarter of those already known, whichever is more), and no sooner than
 * {@link PUBLISH_EVERY_MS} after the last: building, cloning and receiving it grow with the
 * corpus. At 10,000 documents one every 5 documents kept the UI thread busy (a search key
 * waited 0.8 s to paint, when the index still carried every mention).
 */
const DOCUMENTS_PER_INDEX = 5
const PUBLISH_EVERY_MS = 2000

/** Extraction that failed for a document: kept so progress completes, said once. */
const FAILED: unique symbol = Symbol('failed')

interface Known {
  rev: string
  mentions: EntityMention[] | typeof FAILED
}

export interface EntityIndexer {
  /** Handles one message; messages are handled one after another, in the order given. */
  handle(message: EntityClientMessage): Promise<void>
  /** How many documents were extracted (not read from the cache) since the start. */
  extractedCount(): number
}

/**
 * An indexer over the cache `opening` gives. Nothing is sent until the overrides are known
 * (so the analyst never sees the index without their merges); after that, an index whenever
 * the documents, the overrides, or (every few documents, and after the last) the mentions
 * change. `extract` reads one document (extractEntities, replaced in tests).
 */
export function createEntityIndexer(
  opening: Promise<OpenedCache>,
  post: PostEntityReply,
  extract: (doc: {
    blocks: ExtractMessageBlocks
    text: string
  }) => EntityMention[] = extractEntities,
): EntityIndexer {
  let listed: DocumentVersion[] = []
  let listedRevs = new Map<string, string>()
  const known = new Map<string, Known>()
  /** Documents asked of the client and not yet answered. */
  let needed = new Set<string>()
  let overrides: EntityOverrides | null = null
  let sincePublished = 0
  let publishedAt = -Infinity
  let extracted = 0
  let queue = Promise.resolve()
  let noticeSent = false
  let firstList = true
  /** The index last sent, and what finds its entities' mentions. */
  let version = 0
  let finder: MentionFinder | null = null

  const cached = opening.then((opened) => {
    if (opened.notice !== null && !noticeSent) {
      noticeSent = true
      post({ type: 'notice', message: opened.notice })
    }
    return opened.cache
  })

  const progress = (): ExtractionProgress => {
    let done = 0
    let failed = 0
    for (const d of listed) {
      const k = known.get(d.docId)
      if (k?.rev !== d.rev) continue
      done++
      if (k.mentions === FAILED) failed++
    }
    return { done, total: listed.length, failed }
  }

  const publish = () => {
    if (overrides === null) return
    sincePublished = 0
    publishedAt = performance.now()
    const documents: DocumentMentions[] = []
    for (const d of listed) {
      const k = known.get(d.docId)
      if (k?.rev === d.rev && k.mentions !== FAILED)
        documents.push({ docId: d.docId, mentions: k.mentions })
    }
    const index = buildEntityIndex(documents, overrides)
    version++
    finder = entityMentions(documents, index)
    post({ type: 'index', index, version, progress: progress() })
  }

  const receiveDocuments = async (documents: DocumentVersion[]) => {
    // The cache is swept of deleted documents at the first list and when one goes, not at
    // every list (a sweep reads the whole cache).
    const ids = new Set(documents.map((d) => d.docId))
    const sweep = firstList || listed.some((d) => !ids.has(d.docId))
    firstList = false
    listed = documents
    listedRevs = new Map(documents.map((d) => [d.docId, d.rev]))
    for (const id of known.keys()) if (!ids.has(id)) known.delete(id)
    const missing = documents.filter((d) => known.get(d.docId)?.rev !== d.rev)
    const cache = await cached
    const found = await cache.read(missing).catch(() => new Map<string, EntityMention[]>())
    for (const d of missing) {
      const mentions = found.get(d.docId)
      if (mentions) known.set(d.docId, { rev: d.rev, mentions })
    }
    const need = documents.filter((d) => known.get(d.docId)?.rev !== d.rev)
    needed = new Set(need.map((d) => d.docId))
    post({ type: 'need', documents: need })
    publish()
    if (sweep) void cache.keepOnly(ids).catch(() => undefined)
  }

  const receiveText = async (
    version: DocumentVersion,
    mentions: EntityMention[] | typeof FAILED,
  ) => {
    needed.delete(version.docId)
    // Always answered with progress: the client waits for it before sending the next text.
    if (listedRevs.get(version.docId) !== version.rev)
      return post({ type: 'progress', progress: progress() })
    known.set(version.docId, { rev: version.rev, mentions })
    if (mentions !== FAILED) {
      const cache = await cached
      await cache.write(version, mentions).catch(() => undefined)
    }
    sincePublished++
    // The index first: a client that sees the last document done then has its names.
    const due =
      sincePublished >= Math.max(DOCUMENTS_PER_INDEX, known.size / 4) &&
      performance.now() - publishedAt >= PUBLISH_EVERY_MS
    if (needed.size === 0 || due) publish()
    post({ type: 'progress', progress: progress() })
  }

  const handleOne = async (message: EntityClientMessage): Promise<void> => {
    switch (message.type) {
      case 'documents':
        return receiveDocuments(message.documents)
      case 'overrides':
        overrides = message.overrides
        return publish()
      case 'unavailable':
        return receiveText(message, FAILED)
      case 'mentions':
        return
      case 'extract': {
        let mentions: EntityMention[] | typeof FAILED
        try {
          mentions = extract(message)
          extracted++
        } catch {
          mentions = FAILED
        }
        return receiveText(message, mentions)
      }
    }
  }

  return {
    handle(message) {
      // Answered at once on the index last sent, not after the documents queued before it:
      // the reader waits on it to underline a name.
      if (message.type === 'mentions') {
        const documents = finder?.mentionsOf(message.entityId, message.docId) ?? []
        post({ type: 'mentions', requestId: message.requestId, version, documents })
        return Promise.resolve()
      }
      const next = queue.then(() => handleOne(message))
      queue = next.catch(() => undefined)
      return next
    },
    extractedCount: () => extracted,
  }
}

type ExtractMessageBlocks = Parameters<typeof extractEntities>[0]['blocks']

/** The part of a dedicated worker's global scope this module uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EntityClientMessage>) => void) | null
  postMessage(reply: EntityWorkerReply): void
}

// Only inside a worker: imported by a test or the UI thread, the module installs nothing.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as WorkerScope
  const indexer = createEntityIndexer(openEntityCache(), (reply) => scope.postMessage(reply))
  scope.onmessage = (event) => void indexer.handle(event.data)
}
