/**
 * What the search index needs from a full-text engine, so the engine (MiniSearch today) can
 * be swapped without touching the index's callers. Engines see folded query words from
 * `tokenise.ts` and index with the same tokeniser.
 */
import type { QueryWord } from './tokenise'

/** The searchable fields of one record. */
export interface EngineFields {
  title?: string
  text: string
  tags?: readonly string[]
}

/** One query as the engine runs it. */
export interface EngineQuery {
  /**
   * Every word must match (AND); a compound matches whole or by all its parts. Never empty.
   */
  words: readonly QueryWord[]
  /**
   * Whether the last word also matches the terms it begins (search as you type), when it
   * is long enough ({@link matchesByPrefix}).
   */
  prefix: boolean
  /** Whether words of 5 or more letters also match terms one or two edits away. */
  fuzzy: boolean
  /** Keeps only the records (by number, see {@link SearchEngine.add}) this accepts (filters). */
  accept?: (record: number) => boolean
  /** At most this many results, best first. */
  limit: number
}

/** One match, best first by `score` (higher is better, engine-specific scale). */
export interface EngineHit {
  id: string
  /** Its number (see {@link SearchEngine.add}). */
  record: number
  score: number
}

/** A full-text index of records by id. Ids are unique; adding an existing id throws. */
export interface SearchEngine {
  /**
   * Adds a record and returns its number. Records are numbered 0, 1, 2, ... in the order
   * added and a number is never reused, so a caller can keep its own columns by number;
   * a snapshot keeps the live records in order and numbers them again from 0.
   */
  add(id: string, fields: EngineFields): number
  /** Removes `id` and returns its number; undefined for an unknown id. */
  remove(id: string): number | undefined
  /** The number of the live record `id`, or undefined. */
  recordOf(id: string): number | undefined
  /** How many numbers were given (live and removed records; a restored engine: its snapshot's). */
  readonly numbered: number
  search(query: EngineQuery): EngineHit[]
  /**
   * A snapshot that {@link SearchEngineKind.load} restores: plain data and typed arrays,
   * what IndexedDB stores by structured clone (copied, not walked, for typed arrays).
   */
  snapshot(): unknown
  /**
   * An engine whose restored snapshot is read in chunks: the chunks `query` needs and
   * has not been given, every chunk it has not been given, and one given to it.
   */
  chunksFor?(query: EngineQuery): number[]
  missingChunks?(): number[]
  /** How many postings a chunk holds (what reading it costs). */
  chunkPostings?(chunk: number): number
  fillChunk?(chunk: number, value: unknown): void
  /** Bytes of the chunks given and held (see {@link SearchIndex.heldChunkBytes}). */
  heldChunkBytes?(): number
  /** Lets go of chunks beyond `budget` bytes (see {@link SearchIndex.releaseChunks}). */
  releaseChunks?(budget: number, keep?: (chunk: number) => boolean): number
}

/** An engine's name and how to make an empty one or restore a snapshot. */
export interface SearchEngineKind {
  /** Stored in the snapshot, so one engine never loads another's data. */
  name: string
  create(): SearchEngine
  /** Restores {@link SearchEngine.snapshot}'s snapshot. Throws on data of another shape. */
  load(snapshot: unknown): SearchEngine
}

/**
 * The shortest query word matched by its beginning: a shorter one ("J", "ba") matches
 * whole words only. One or two letters begin too many words to say anything (at 10,000
 * articles "b" begins thousands of terms, their postings a million records) and the
 * analyst is still typing.
 */
export const MIN_PREFIX_LENGTH = 3

/** Whether a query word (folded) may match the terms it begins. */
export function matchesByPrefix(term: string): boolean {
  return term.length >= MIN_PREFIX_LENGTH
}

/**
 * The edits a query word may be away from an indexed term when searching fuzzily: none for
 * words under 5 characters or with a digit ("Iran" is not "Iraq", "959" not "958"), one up
 * to 8, two from 9.
 */
export function allowedEdits(term: string): number {
  if (term.length < 5 || /\d/.test(term)) return 0
  return term.length < 9 ? 1 : 2
}
