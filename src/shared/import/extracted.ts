/**
 * What a format reader hands back from a file the analyst imports, before they confirm
 * its metadata: blocks of text in reading order, what the file says about itself, and
 * notices worth showing (which encoding was used, what was dropped). Every reader
 * (text, Markdown, HTML, PDF, Word) returns this one shape, so the import flow, the
 * metadata sheet and the document assembly know nothing of formats.
 */
import type { ImportOrigin } from '../corpus/document-model'
import type { DraftBlock } from '../corpus/markdown-blocks'
import type { PartialDate } from '../dates/partial-date'

/** The formats Casefile imports. */
export type ImportFormat = ImportOrigin['format']

/** The largest file Casefile imports, in bytes (checked before a byte is decoded). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/**
 * Why a file over MAX_IMPORT_BYTES is refused before it is read, after its name: one
 * wording for the readers, the desktop picker and the browser's file input.
 */
export const IMPORT_TOO_LARGE_REASON = `is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB Casefile imports.`

/** A block of extracted text; `page` is the 1-based PDF page it starts on. */
export interface ExtractedBlock extends DraftBlock {
  page?: number
}

/**
 * What the file says about itself, each field null (or empty) when it says nothing.
 * `published` is what could be read as a date; `publishedText` the words it came from.
 */
export interface MetadataHints {
  title: string | null
  authors: string[]
  outlet: string | null
  published: PartialDate | null
  publishedText: string | null
  genre: string | null
  sourceUrl: string | null
  /** BCP 47 language tag when the file states one. */
  language: string | null
}

/** A file read by a format reader, ready for the metadata sheet. */
export interface ExtractedDocument {
  format: ImportFormat
  fileName: string
  blocks: ExtractedBlock[]
  hints: MetadataHints
  /** Plain sentences for the analyst: "Read as Windows-1252.", "Dropped 12 page headers." */
  notices: string[]
  /** The encoding the text was decoded from, for text formats ("UTF-8", "Windows-1252"). */
  encoding?: string
}

/**
 * A file Casefile will not import, with the reason in plain words naming the file:
 * "report.pdf has no text layer: it looks scanned and needs OCR first."
 */
export class ImportRefusal extends Error {
  readonly fileName: string
  readonly reason: string
  constructor(fileName: string, reason: string) {
    super(`${fileName} ${reason}`)
    this.name = 'ImportRefusal'
    this.fileName = fileName
    this.reason = reason
  }
}

/** Hints with nothing known: readers start from this and fill what the file says. */
export function emptyHints(): MetadataHints {
  return {
    title: null,
    authors: [],
    outlet: null,
    published: null,
    publishedText: null,
    genre: null,
    sourceUrl: null,
    language: null,
  }
}

/** How a reader reports progress on a long file (pages read of pages in all). */
export type ExtractProgress = (done: number, total: number) => void
