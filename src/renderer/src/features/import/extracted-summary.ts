/**
 * A few words on what was read from a file: its format and size, and how it opens. The
 * sheet shows this as soon as a file is read, on the UI thread, for documents of hundreds
 * of pages: the words were counted where the text was made (`wordCount`, see
 * extract/word-count.ts), and what is left is one pass over the blocks that allocates
 * nothing per block.
 */
import type { ExtractedBlock, ExtractedDocument, ImportFormat } from '@shared/import/extracted'
import { countWords } from '@shared/text/count-words'

const FORMAT_NAMES: Record<ImportFormat, string> = {
  text: 'Plain text',
  markdown: 'Markdown',
  html: 'Web page',
  pdf: 'PDF',
  docx: 'Word document',
}

const OPENING_CHARS = 280

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`

/**
 * The summary of `extracted`. Its words are `wordCount` when the document carries one (as
 * every document the import client returns does), else counted here.
 */
export function extractedSummary(extracted: ExtractedDocument & { wordCount?: number }): {
  counts: string
  opening: string | null
} {
  const { blocks, wordCount } = extracted
  const counted = wordCount !== undefined
  let words = wordCount ?? 0
  let paragraphs = 0
  let pages = 0
  let first: ExtractedBlock | undefined
  for (const block of blocks) {
    if (!counted) words += countWords(block.text)
    if (block.kind !== 'heading') {
      paragraphs++
      first ??= block
    }
    if (block.page !== undefined && block.page > pages) pages = block.page
  }
  const parts = [
    FORMAT_NAMES[extracted.format],
    ...(extracted.encoding ? [extracted.encoding] : []),
    ...(pages > 0 ? [plural(pages, 'page', 'pages')] : []),
    plural(paragraphs, 'paragraph', 'paragraphs'),
    plural(words, 'word', 'words'),
  ]
  first ??= blocks[0]
  const text = first?.text.trim() ?? ''
  const opening =
    text.length > OPENING_CHARS ? `${text.slice(0, OPENING_CHARS).replace(/\s+\S*$/, '')}…` : text
  return { counts: parts.join(' · '), opening: opening || null }
}
