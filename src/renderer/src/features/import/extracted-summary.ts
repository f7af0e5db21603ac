/** A few words on what was read from a file: its format and size, and how it opens. */
import type { ExtractedDocument, ImportFormat } from '@shared/import/extracted'

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

export function extractedSummary(extracted: ExtractedDocument): {
  counts: string
  opening: string | null
} {
  const { blocks } = extracted
  const words = blocks.reduce((sum, block) => sum + (block.text.match(/\S+/g)?.length ?? 0), 0)
  const paragraphs = blocks.filter((block) => block.kind !== 'heading').length
  const pages = Math.max(0, ...blocks.map((block) => block.page ?? 0))
  const parts = [
    FORMAT_NAMES[extracted.format],
    ...(extracted.encoding ? [extracted.encoding] : []),
    ...(pages > 0 ? [plural(pages, 'page', 'pages')] : []),
    plural(paragraphs, 'paragraph', 'paragraphs'),
    plural(words, 'word', 'words'),
  ]
  const first = blocks.find((block) => block.kind !== 'heading') ?? blocks[0]
  const text = first?.text.trim() ?? ''
  const opening =
    text.length > OPENING_CHARS ? `${text.slice(0, OPENING_CHARS).replace(/\s+\S*$/, '')}…` : text
  return { counts: parts.join(' · '), opening: opening || null }
}
