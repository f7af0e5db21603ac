/**
 * The messages between the reuse client (UI thread) and the reuse worker. As with the entity
 * worker, the client tells the worker which documents exist; the worker answers with those
 * it has not indexed at their rev, and the client sends their text one at a time (the bundled
 * corpus can only be read on the UI thread, through the host). The worker answers with a
 * summary small at any library size (counts, the overview's rows, quote drift); a document's
 * passages cross only when the client asks for them.
 */
import type { Block } from '@shared/corpus/document-model'
import type { PartialDate } from '@shared/dates/partial-date'
import type { QuoteDrift } from '@shared/reuse/quote-drift'
import type { SpeakerEntity } from '@shared/reuse/speaker-entities'
import type { OverviewRow } from '@shared/reuse/reuse-labels'
import type { SharedPassage } from '@shared/reuse/types'

/** A document as the library lists it: which one, which text, and when it was published. */
export interface ReuseDocumentVersion {
  docId: string
  rev: string
  /** Orders a pair earlier first (the overview, quote drift); null when not known. */
  published: PartialDate | null
  /**
   * The outlet (or web site) it is from, null when not known: a text repeated within one
   * outlet's pages is furniture, one spread across outlets is reuse.
   */
  outlet?: string | null
}

/** Client to worker: these are every document there is, in library order. */
export interface ReuseDocumentsMessage {
  type: 'documents'
  documents: ReuseDocumentVersion[]
}

/** Client to worker: a document the worker asked for, to index. */
export interface ReuseTextMessage {
  type: 'text'
  docId: string
  rev: string
  blocks: Block[]
  text: string
}

/** Client to worker: a document the worker asked for could not be loaded. */
export interface ReuseUnavailableMessage {
  type: 'unavailable'
  docId: string
  rev: string
  message: string
}

/** Client to worker: send the passages of this document (answered by a `passages` reply). */
export interface PassagesOfMessage {
  type: 'passages-of'
  requestId: number
  docId: string
}

/**
 * Client to worker: the entity worker has found names in more documents, so quotes waiting
 * for their document's names can be read now.
 */
export interface MentionsChangedMessage {
  type: 'mentions-changed'
}

/**
 * Client to worker: the entities the analyst's entity index (merges and splits applied) puts
 * the quotes' speakers in, answering the summary's `speakers`, sent when it changes. Quote
 * drift compares two quotes when their speakers are in one entity and names the speaker as
 * the index does; until the first of these, it uses the quote finder's own rule.
 */
export interface SpeakerEntitiesMessage {
  type: 'speaker-entities'
  entities: SpeakerEntity[]
}

/**
 * Client to worker: send the passages two documents share (answered by a `passages` reply),
 * without those either shares with any other document.
 */
export interface PassagesBetweenMessage {
  type: 'passages-between'
  requestId: number
  a: string
  b: string
}

export type ReuseClientMessage =
  | ReuseDocumentsMessage
  | ReuseTextMessage
  | ReuseUnavailableMessage
  | PassagesOfMessage
  | PassagesBetweenMessage
  | MentionsChangedMessage
  | SpeakerEntitiesMessage

/** A document as the worker asks for it. */
export interface ReuseDocumentRef {
  docId: string
  rev: string
}

/** Worker to client: the documents (in library order) whose text the worker needs. */
export interface ReuseNeedReply {
  type: 'need'
  documents: ReuseDocumentRef[]
}

/** How far the worker has got over the listed documents. */
export interface ReuseProgress {
  /** Documents indexed at their listed rev, or which could not be read (see `failed`). */
  done: number
  total: number
  /** Documents that could not be read or indexed. */
  failed: number
}

/** Worker to client: one more document is done (also the acknowledgement of a text). */
export interface ReuseProgressReply {
  type: 'progress'
  progress: ReuseProgress
}

/** What the worker has found over the listed documents: small at any library size. */
export interface ReuseSummary {
  progress: ReuseProgress
  passageCount: number
  /** [docId, passages] for each document with at least one shared passage. */
  passagesByDocument: [string, number][]
  /**
   * [docId, stamp] for the same documents: a document's stamp moves whenever its passages
   * change and only then, so a view holding some documents' passages asks again for those
   * whose stamp moved, not for all of them whenever `version` moves.
   */
  passagesChanged: [string, number][]
  overview: OverviewRow[]
  quoteDrifts: QuoteDrift[]
  /**
   * Every speaker of the quotes read so far (speakerVariant, sorted), present only in a
   * summary where it changed: the client answers with their entities (`speaker-entities`).
   */
  speakers?: string[]
  /** Moves whenever a document's passages may have changed. */
  version: number
}

/** The summary's lists, left out of a summary reply when they are as last sent. */
type ListedInSummary = 'passagesByDocument' | 'passagesChanged' | 'overview' | 'quoteDrifts'

/**
 * Worker to client: the summary, after the first list of documents and as documents are
 * indexed. The lists are left out when they are as last sent (a document indexed that shares
 * nothing, or whose quotes changed nothing), so the UI thread does not clone them again.
 */
export interface ReuseSummaryReply {
  type: 'summary'
  summary: Omit<ReuseSummary, ListedInSummary> & Partial<Pick<ReuseSummary, ListedInSummary>>
}

/** Worker to client: the passages of one document, answering `passages-of` or `passages-between`. */
export interface PassagesReply {
  type: 'passages'
  requestId: number
  /** The document asked about (for `passages-between`, its `a`). */
  docId: string
  /**
   * Every passage with `docId` on one side (for `passages-between`, between `a` and `b`), by
   * its position in `docId`.
   */
  passages: SharedPassage[]
}

/** Worker to client: something the analyst should know that does not stop reuse finding. */
export interface ReuseNoticeReply {
  type: 'notice'
  message: string
}

export type ReuseWorkerReply =
  ReuseNeedReply | ReuseProgressReply | ReuseSummaryReply | PassagesReply | ReuseNoticeReply
