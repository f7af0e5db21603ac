/**
 * What the import worker sends the UI thread for a saved web page: the article as small
 * HTML chunks still to be sanitised (DOMPurify needs a real DOM, which the worker lacks),
 * with the page's metadata hints and notices already read.
 */
import type { MetadataHints } from './extracted'

/** The article of a web page, read in the worker, before sanitising. */
export interface HtmlArticle {
  format: 'html'
  fileName: string
  /**
   * The article's block elements in reading order, serialised without attributes and
   * packed into chunks of at most `MAX_HTML_CHUNK_CHARS` characters (a single block
   * longer than that, one huge paragraph, is a chunk of its own). Never the original
   * page: scripts, furniture and every attribute are gone already.
   */
  chunks: string[]
  hints: MetadataHints
  notices: string[]
  /** The encoding the page was decoded from, as people write it ("UTF-8"). */
  encoding?: string
}

/**
 * The most characters of HTML the worker packs into one chunk (one UI-thread task). In
 * Chromium, sanitising and walking 20,000 characters of dense article markup took 8-18 ms
 * (median, on a busy machine; up to 85 ms cold), so chunks are kept to half that.
 */
export const MAX_HTML_CHUNK_CHARS = 10_000
