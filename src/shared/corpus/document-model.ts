/**
 * The shape of a parsed source document. Annotations anchor to `text`, the canonical
 * text, so its construction (see docs/architecture.md, "Canonical text") must never
 * change silently: any change to it changes every document's `rev`.
 */
import type { PartialDate } from '../dates/partial-date'

/** How a publication date is known. */
export type DateBasis = 'stated' | 'inferred'

/** A publication date with how it is known; `note` explains an inference or a conflict. */
export interface PublishedDate extends PartialDate {
  basis: DateBasis
  note: string
}

/** What is known about a source. `outlet` is null when the source does not state it. */
export interface DocumentMeta {
  id: string
  title: string
  authors: string[]
  outlet: string | null
  published: PublishedDate | null
  genre: string
  /** File name of the raw capture the curated text was made from. */
  raw: string
  /** A line about the author(s), as the source gives it, or null. */
  authorNote: string | null
  /** Where the source can be found (its canonical web address), when known. */
  sourceUrl?: string | null
  /** How an imported document came in; absent for the bundled corpus. */
  imported?: ImportOrigin
}

/** The genre an import records when the analyst leaves it blank. */
export const UNSPECIFIED_GENRE = 'unspecified'

/** The genre worth showing: null when none was given, so views say nothing rather than "unspecified". */
export function statedGenre(meta: Pick<DocumentMeta, 'genre'>): string | null {
  const genre = meta.genre.trim()
  return genre === '' || genre === UNSPECIFIED_GENRE ? null : genre
}

/** The file an imported document was read from, and how. */
export interface ImportOrigin {
  format: 'text' | 'markdown' | 'html' | 'pdf' | 'docx'
  /** The encoding text was decoded from, for text formats ("UTF-8", "Windows-1252"). */
  encoding: string | null
  /** What the reader said about the file (dropped headers, the encoding used). */
  notices: string[]
}

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'blockQuote'

/** Inline emphasis over a block's text; offsets are relative to the block's start. */
export interface InlineMark {
  kind: 'strong' | 'emphasis'
  start: number
  end: number
}

/** One block of canonical text: where it starts and ends in `DocumentModel.text`. */
export interface Block {
  kind: BlockKind
  /** Heading level 1-6; 0 for other blocks. */
  level: number
  text: string
  start: number
  end: number
  /** Paragraph number shown in the margin and used in citations (¶); null for headings. */
  para: number | null
  marks: InlineMark[]
  /** The PDF page the block starts on (1-based), for "p. 7" in citations; else absent. */
  page?: number
}

/** A parsed document: metadata, blocks, canonical text and its content hash. */
export interface DocumentModel {
  meta: DocumentMeta
  blocks: Block[]
  text: string
  /** First 16 hex digits of the SHA-256 of `text`. */
  rev: string
}

/** The library's view of a document: metadata plus size, no text. */
export interface DocumentSummary {
  meta: DocumentMeta
  rev: string
  wordCount: number
  paragraphCount: number
}
