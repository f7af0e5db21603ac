/**
 * Counting the words of a read document where its text is made: in the import worker for
 * a file its readers finish, and slice by slice while a web page is sanitised on the UI
 * thread. The count travels with the document (`wordCount`), so the metadata sheet never
 * walks hundreds of pages of text on the UI thread to say how many words were read.
 */
import type { ExtractedBlock, ExtractedDocument } from '@shared/import/extracted'
import { countWords } from '@shared/text/count-words'

/** A read document with the number of words in its blocks (see countWords in @shared/text/count-words). */
export type CountedDocument = ExtractedDocument & { wordCount: number }

/** The words in all of `blocks`. */
export function countBlockWords(blocks: readonly ExtractedBlock[]): number {
  let words = 0
  for (const block of blocks) words += countWords(block.text)
  return words
}

/** `document` with its word count. */
export function withWordCount(document: ExtractedDocument, wordCount?: number): CountedDocument {
  return { ...document, wordCount: wordCount ?? countBlockWords(document.blocks) }
}
