/**
 * Curated corpus file (front matter + Markdown) to DocumentModel. The canonical text is
 * the blocks' texts joined by one blank line ("\n\n"); offsets and `rev` refer to it
 * (laid out by document-layout.ts).
 */
import type { DocumentModel } from './document-model'
import { assembleDocument } from './document-layout'
import { CorpusFormatError, readFrontMatter } from './front-matter'
import { markdownToBlocks, UnsupportedMarkdownError } from './markdown-blocks'

export {
  assembleDocument,
  BLOCK_SEPARATOR,
  contentRev,
  DocumentLayout,
  layoutDocument,
  summarizeDocument,
} from './document-layout'

/**
 * Parses a curated file. Throws CorpusFormatError naming `fileName` and the field at
 * fault when the front matter is malformed or the body is empty or unsupported.
 */
export function parseCuratedDocument(source: string, fileName: string): DocumentModel {
  const { meta, body } = readFrontMatter(source, fileName)
  let drafts
  try {
    drafts = markdownToBlocks(body)
  } catch (error) {
    if (error instanceof UnsupportedMarkdownError) {
      throw new CorpusFormatError(fileName, 'body', error.message)
    }
    throw error
  }
  if (drafts.length === 0) throw new CorpusFormatError(fileName, 'body', 'has no text')

  return assembleDocument(meta, drafts)
}
