/**
 * The text-reuse service: one reuse worker per session, fed with the library's documents (as
 * the documents service lists and loads them), and what it finds for the views: the passages
 * two sources share, the sources overview (which pairs share text, earlier publication
 * first) and quote drift (one speaker quoted in other words by another source).
 *
 * The state every view subscribes to is small whatever the library's size (counts and the
 * overview's rows); a document's passages cross from the worker only when a view asks for
 * that document ({@link ReuseService.sharedPassagesOf}), so the UI thread never clones every
 * passage on each change. `version` moves whenever passages may have changed: a view that
 * holds a document's passages asks again when it moves.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import type { EntityIndex } from '@shared/entities/entity-index'
import { reuseOutlet } from '@shared/reuse/document-info'
import type { OverviewRow } from '@shared/reuse/reuse-labels'
import type { QuoteDrift } from '@shared/reuse/quote-drift'
import { speakerEntities } from '@shared/reuse/speaker-entities'
import type { SharedPassage, TextSpan } from '@shared/reuse/types'
import {
  createReuseClient,
  startReuseWorker,
  type ReuseClient,
  type ReusePort,
} from '../indexing/reuse-client'
import type { ReuseProgress } from '../indexing/reuse-protocol'
import type { DocumentsService } from './documents'
import { followDocumentList } from './follow-documents'

export type { ReuseProgress } from '../indexing/reuse-protocol'
export type { OverviewRow } from '@shared/reuse/reuse-labels'
export type { QuoteDrift } from '@shared/reuse/quote-drift'

/** One passage a document shares with another, seen from that document. */
export interface DocumentSharedPassage {
  /** The passage in the document asked about (offsets into its canonical text). */
  here: TextSpan
  /** The same passage in the other document. */
  there: TextSpan
  /** The other document's id (`there.docId`). */
  otherDocId: string
  /** Words in the shorter side. */
  words: number
  /** 0..1: the share of words aligned between the sides. */
  similarity: number
  /** The passage as the engine gives it (a < b by id), for shared/reuse helpers. */
  passage: SharedPassage
}

/** What the views see of text reuse; small at any library size. */
export interface ReuseState {
  /**
   * `loading` until the worker has said what it knows (its saved index read, or nothing
   * saved); `ready` after, even while documents are still being indexed (see `progress`);
   * `error` when reuse cannot be found this session (`error` says why).
   */
  status: 'loading' | 'ready' | 'error'
  progress: ReuseProgress
  /** Shared passages found over the whole library (each counted once). */
  passageCount: number
  /** How many shared passages each document has; documents with none are absent. */
  passagesByDocument: ReadonlyMap<string, number>
  /** Every pair of sources sharing text, earlier publication first within each pair, largest share first. */
  overview: readonly OverviewRow[]
  /** Possible misquotes across sources (one speaker, two wordings), earlier source first. */
  quoteDrifts: readonly QuoteDrift[]
  /** Moves whenever any document's passages may have changed. */
  version: number
  /**
   * Per document with passages, a stamp that moves whenever that document's passages change
   * (and only then): what to watch when holding some documents' passages, rather than `version`.
   */
  passagesChanged: ReadonlyMap<string, number>
  /** Things the analyst should know that do not stop reuse finding (a rebuilt cache). */
  notices: readonly string[]
  /** Why reuse cannot be found, when `status` is `error`. */
  error: string | null
}

export interface ReuseService {
  /** Starts the worker and feeds it the library, unless already started. Idempotent. */
  start(): void
  /** The current state (the same object until something changes: safe for useSyncExternalStore). */
  state(): ReuseState
  /** Calls `onChange` whenever {@link ReuseService.state} changes; returns the disposer. */
  subscribe(onChange: () => void): () => void
  /**
   * The passages `docId` shares with other documents, by position in `docId` (then by the
   * other document). Asks the worker; resolves to [] for a document with none or not yet
   * indexed (or before {@link ReuseService.start}), and rejects only when the worker has
   * stopped.
   */
  sharedPassagesOf(docId: string): Promise<DocumentSharedPassage[]>
  /**
   * The passages of each of `docIds`, as {@link ReuseService.sharedPassagesOf} gives them. The
   * service keeps what it was last given for each and asks the worker again only for the
   * documents whose passages changed since (`state().passagesChanged`), so a view over many
   * documents does not fetch them all whenever one document's passages change.
   */
  sharedPassagesAmong(docIds: readonly string[]): Promise<Map<string, DocumentSharedPassage[]>>
  /**
   * The passages documents `a` and `b` share, seen from `a`, by position in it: only theirs,
   * so opening one pair of the overview does not fetch every passage of either. Resolves and
   * rejects as {@link ReuseService.sharedPassagesOf}.
   */
  passagesBetween(a: string, b: string): Promise<DocumentSharedPassage[]>
  /** The sources overview: `state().overview`. */
  overview(): readonly OverviewRow[]
  /** Possible misquotes: `state().quoteDrifts`. */
  quoteDrifts(): readonly QuoteDrift[]
  /** Stops the worker (tests; the app keeps it for the session). */
  close(): void
}

export const NOT_STARTED: ReuseState = {
  status: 'loading',
  progress: { done: 0, total: 0, failed: 0 },
  passageCount: 0,
  passagesByDocument: new Map(),
  passagesChanged: new Map(),
  overview: [],
  quoteDrifts: [],
  version: 0,
  notices: [],
  error: null,
}

/**
 * What the reuse service needs of the entities service: to hear when more names are found,
 * and the entity index (the analyst's merges and splits applied), which says whose quotes are
 * one speaker's.
 */
export interface MentionsSource {
  subscribe(onChange: () => void): () => void
  /** Documents whose names are found so far; a change means more quotes can be read. */
  state(): { progress: { done: number }; index: { status: string; value?: EntityIndex } }
}

/** Quotes waiting for names are looked for again at most this often while names are being found. */
const MENTIONS_EVERY_MS = 3000

/** A Map over a list of [key, value] pairs, made again only when given another list. */
function mapOfPairs(): (list: readonly [string, number][]) => ReadonlyMap<string, number> {
  let from: readonly [string, number][] | null = null
  let map: ReadonlyMap<string, number> = new Map()
  return (list) => {
    if (list !== from) {
      from = list
      map = new Map(list)
    }
    return map
  }
}

/** The passage seen from `docId`. */
export function fromDocument(passage: SharedPassage, docId: string): DocumentSharedPassage {
  const here = passage.a.docId === docId ? passage.a : passage.b
  const there = here === passage.a ? passage.b : passage.a
  return {
    here,
    there,
    otherDocId: there.docId,
    words: passage.words,
    similarity: passage.similarity,
    passage,
  }
}

/**
 * A service over `documents`; `connect` starts the worker (a MessageChannel end in tests).
 * `mentions` (the entities service) says when more names are found, so quotes that were
 * waiting for them are read, and gives the entity index, whose answer for the quotes' speakers
 * is sent to the worker so that quote drift follows the analyst's merges and splits.
 */
export function createReuseService(
  documents: DocumentsService,
  mentions: MentionsSource | null,
  connect: () => ReusePort = startReuseWorker,
): ReuseService {
  const listeners = new Set<() => void>()
  let client: ReuseClient | null = null
  let listProblem: string | null = null
  let state = NOT_STARTED
  const counts = mapOfPairs()
  const changed = mapOfPairs()
  /** The passages last given per document, with its `passagesChanged` stamp when asked. */
  const held = new Map<string, { stamp: number; passages: Promise<DocumentSharedPassage[]> }>()
  let mentionsTimer: ReturnType<typeof setTimeout> | null = null
  let mentionsDone = -1
  /** The quotes' speakers as the worker last named them, and what they were last sent. */
  let speakers: readonly string[] | null = null
  let speakersIndex: EntityIndex | null = null
  let speakersFor: readonly string[] | null = null
  let speakersSent = ''
  const disposers: (() => void)[] = []

  const derive = () => {
    if (!client) return
    const c = client.state()
    const summary = c.summary
    const error =
      c.error ?? (listProblem !== null ? `Text reuse cannot be found: ${listProblem}` : null)
    const next: ReuseState = {
      status: error !== null ? 'error' : summary ? 'ready' : 'loading',
      progress: summary?.progress ?? NOT_STARTED.progress,
      passageCount: summary?.passageCount ?? 0,
      passagesByDocument: summary
        ? counts(summary.passagesByDocument)
        : NOT_STARTED.passagesByDocument,
      passagesChanged: summary ? changed(summary.passagesChanged) : NOT_STARTED.passagesChanged,
      overview: summary?.overview ?? NOT_STARTED.overview,
      quoteDrifts: summary?.quoteDrifts ?? NOT_STARTED.quoteDrifts,
      version: summary?.version ?? 0,
      notices: c.notices,
      error,
    }
    if (summary?.speakers && summary.speakers !== speakers) {
      speakers = summary.speakers
      sendSpeakerEntities()
    }
    const same = (Object.keys(next) as (keyof ReuseState)[]).every((k) => next[k] === state[k])
    if (same) return
    state = next
    for (const listener of listeners) listener()
  }

  const sendDocuments = (listed: readonly DocumentSummary[], problem: string | null) => {
    listProblem = problem
    client?.setDocuments(
      listed.map((d) => ({
        docId: d.meta.id,
        rev: d.rev,
        published: d.meta.published,
        outlet: reuseOutlet(d.meta),
      })),
    )
    derive()
  }

  /**
   * Tells the worker which entities the quotes' speakers are in, when the entity index or the
   * speakers change and the answer with them (only the speakers', never the whole index).
   */
  const sendSpeakerEntities = () => {
    const index = mentions?.state().index
    if (!client || !speakers || index?.status !== 'ready' || !index.value) return
    if (index.value === speakersIndex && speakers === speakersFor) return
    speakersIndex = index.value
    speakersFor = speakers
    const entities = speakerEntities(index.value, speakers)
    const json = JSON.stringify(entities)
    if (json === speakersSent) return
    speakersSent = json
    client.setSpeakerEntities(entities)
  }

  const mentionsMoved = () => {
    sendSpeakerEntities()
    const done = mentions?.state().progress.done ?? 0
    if (done === mentionsDone || mentionsTimer !== null) return
    mentionsTimer = setTimeout(() => {
      mentionsTimer = null
      mentionsDone = mentions?.state().progress.done ?? 0
      client?.mentionsChanged()
    }, MENTIONS_EVERY_MS)
  }

  const passagesOf = async (docId: string) => {
    if (!client) return []
    const passages = await client.passagesOf(docId)
    return passages.map((p) => fromDocument(p, docId))
  }

  return {
    start() {
      if (client) return
      client = createReuseClient(async (id) => documents.read(id), connect)
      disposers.push(client.subscribe(derive))
      if (mentions) disposers.push(mentions.subscribe(mentionsMoved))
      disposers.push(followDocumentList(documents, sendDocuments))
    },
    state: () => state,
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    sharedPassagesOf: passagesOf,
    async sharedPassagesAmong(docIds) {
      const stamps = state.passagesChanged
      for (const docId of held.keys()) if (!stamps.has(docId)) held.delete(docId)
      const lists = await Promise.all(
        docIds.map((docId) => {
          // A document with no passages has no stamp: asked each time (and answered with none).
          const stamp = stamps.get(docId) ?? -1
          const kept = held.get(docId)
          if (kept && kept.stamp === stamp && stamp !== -1) return kept.passages
          const passages = passagesOf(docId)
          held.set(docId, { stamp, passages })
          passages.catch(() => {
            if (held.get(docId)?.passages === passages) held.delete(docId)
          })
          return passages
        }),
      )
      return new Map(docIds.map((docId, i) => [docId, lists[i]!]))
    },
    async passagesBetween(a, b) {
      if (!client) return []
      const passages = await client.passagesBetween(a, b)
      return passages.map((p) => fromDocument(p, a))
    },
    overview: () => state.overview,
    quoteDrifts: () => state.quoteDrifts,
    close() {
      if (mentionsTimer !== null) clearTimeout(mentionsTimer)
      for (const dispose of disposers.splice(0)) dispose()
      client?.close()
    },
  }
}
