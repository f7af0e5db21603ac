/**
 * The messages between the entity client (UI thread) and the entity worker. The client tells
 * the worker which documents exist; the worker answers with those it has no names for yet,
 * and the client sends their text one at a time (the bundled corpus can only be read on the
 * UI thread, through the host). The worker answers with progress and, as documents are read,
 * the index of entities over all of them: each entity with its documents and counts, not its
 * mentions. The mentions of one entity (in one document, or in all of its documents) cross
 * only when the client asks for them, answered on the index last sent.
 */
import type { Block } from '@shared/corpus/document-model'
import type {
  EntityDocumentMentions,
  EntityIndex,
  EntityOverrides,
} from '@shared/entities/entity-index'

/** A document as the library lists it: which one, and which text. */
export interface DocumentVersion {
  docId: string
  rev: string
}

/** Client to worker: these are every document there is, in library order. */
export interface DocumentsMessage {
  type: 'documents'
  documents: DocumentVersion[]
}

/** Client to worker: a document the worker asked for, to find its names. */
export interface ExtractMessage {
  type: 'extract'
  docId: string
  rev: string
  blocks: Block[]
  text: string
}

/** Client to worker: a document the worker asked for could not be loaded. */
export interface UnavailableMessage {
  type: 'unavailable'
  docId: string
  rev: string
  message: string
}

/** Client to worker: the analyst's merges and splits as they now stand. */
export interface OverridesMessage {
  type: 'overrides'
  overrides: EntityOverrides
}

/** Client to worker: send an entity's mentions (answered by a `mentions` reply). */
export interface MentionsMessage {
  type: 'mentions'
  requestId: number
  /** An entity id of the index (not a key a merge absorbed). */
  entityId: string
  /** The one document wanted, or null for every document of the entity. */
  docId: string | null
}

export type EntityClientMessage =
  DocumentsMessage | ExtractMessage | UnavailableMessage | OverridesMessage | MentionsMessage

/** Worker to client: the documents (in library order) whose text the worker needs. */
export interface NeedReply {
  type: 'need'
  documents: DocumentVersion[]
}

/** How far the worker has got over the listed documents. */
export interface ExtractionProgress {
  /** Documents whose names are found, or which could not be read (see `failed`). */
  done: number
  total: number
  /** Documents that could not be read or whose names could not be found. */
  failed: number
}

/** Worker to client: one more document is done (sent after each one). */
export interface ProgressReply {
  type: 'progress'
  progress: ExtractionProgress
}

/** Worker to client: the index over every document done so far. */
export interface IndexReply {
  type: 'index'
  index: EntityIndex
  /** Moves with each index sent; a `mentions` reply says which index it was found on. */
  version: number
  progress: ExtractionProgress
}

/** Worker to client: an entity's mentions, answering `mentions`. */
export interface MentionsReply {
  type: 'mentions'
  requestId: number
  /** The index they were found on (0 before the first: then there are none). */
  version: number
  /** The entity's documents asked for, in the index's order, with their mentions. */
  documents: EntityDocumentMentions[]
}

/** Worker to client: something the analyst should know that does not stop the index. */
export interface NoticeReply {
  type: 'notice'
  message: string
}

export type EntityWorkerReply = NeedReply | ProgressReply | IndexReply | MentionsReply | NoticeReply
