/**
 * The import worker's one entry into the readers: a file goes to the reader its name and
 * first bytes call for (`formatOf`). A web page comes back as its unsanitised article,
 * because the sanitiser needs the DOM of the UI thread (ADR 0008).
 */
import type { ExtractedDocument, ImportFormat } from '@shared/import/extracted'
import { formatOf } from '@shared/import/format-of'
import type { HtmlArticle } from '@shared/import/html-article'
import { readDocx } from './read-docx'
import { readHtml } from './read-html'
import { readMarkdown } from './read-markdown'
import { startReading, type ReadOptions } from './read-options'
import { readPdf } from './read-pdf'
import { readText } from './read-text'
import { withWordCount, type CountedDocument } from './word-count'

/** A file the analyst chose: its name as they see it and all its bytes. */
export interface FileToRead {
  name: string
  bytes: Uint8Array
}

/**
 * What a file reads as in the worker: a finished document with its words counted (here,
 * off the UI thread), or a web page's article still to be sanitised on the UI thread
 * (`sanitiseArticle`, which counts its words as it goes).
 */
export type ExtractedFile =
  { kind: 'document'; document: CountedDocument } | { kind: 'article'; article: HtmlArticle }

type DocumentReader = (
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions,
) => Promise<ExtractedDocument>

const DOCUMENT_READERS: Readonly<Record<Exclude<ImportFormat, 'html'>, DocumentReader>> = {
  text: readText,
  markdown: readMarkdown,
  pdf: readPdf,
  docx: readDocx,
}

/**
 * Reads `file` with the reader for its format. Rejects with an ImportRefusal naming the
 * file for what Casefile does not import (an unknown extension, with the list of what it
 * does; an old .doc; a file over the size limit) and for whatever its reader refuses;
 * with an AbortError when `options.signal` is aborted; anything else is a reader's own
 * failure, passed on as it was thrown.
 */
export async function extractFile(
  file: FileToRead,
  options: ReadOptions = {},
): Promise<ExtractedFile> {
  startReading(file.bytes, file.name, options)
  const format = formatOf(file.name, file.bytes.subarray(0, 8))
  if (format === 'html') {
    return { kind: 'article', article: await readHtml(file.bytes, file.name, options) }
  }
  const document = await DOCUMENT_READERS[format](file.bytes, file.name, options)
  return { kind: 'document', document: withWordCount(document) }
}
