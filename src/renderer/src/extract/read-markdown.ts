/**
 * A Markdown file (.md, .markdown) as blocks, with the metadata its front matter gives.
 */
import {
  importedMarkdownToBlocks,
  type ImportedMarkdownChanges,
} from '@shared/corpus/markdown-blocks'
import { emptyHints, ImportRefusal, type ExtractedDocument } from '@shared/import/extracted'
import { titleFromFileName } from '@shared/import/file-name-title'
import { hintsFromFrontMatter, splitFrontMatter } from '@shared/import/front-matter-hints'
import {
  openingHints,
  readsAsTitle,
  trailingFurnitureNotice,
  withoutTrailingFurniture,
} from '@shared/import/text-capture'
import { decodeTextFile } from './decode-text'
import { finishReading, stopIfCancelled, type ReadOptions } from './read-options'

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}

/** Plain sentences for what the imported reading changed. */
function changeNotices(changes: ImportedMarkdownChanges): string[] {
  const notices: string[] = []
  if (changes.images > 0) {
    notices.push(`Left out ${count(changes.images, 'image', 'images')}: Casefile keeps the text.`)
  }
  if (changes.tables > 0) {
    notices.push(
      `Kept ${count(changes.tables, 'table', 'tables')} as text, one paragraph per row with cells separated by “·”.`,
    )
  }
  if (changes.html > 0) notices.push('Removed HTML tags and kept the text inside them.')
  if (changes.scripts > 0) {
    notices.push(
      `Left out ${count(changes.scripts, 'script or style element', 'script and style elements')}; nothing in the file was run.`,
    )
  }
  return notices
}

/**
 * Reads a Markdown file: decoded as `decodeText` says (refusing what it refuses), front
 * matter split off and read leniently (`hintsFromFrontMatter`), the body read with
 * `importedMarkdownToBlocks` (tables as text, images and scripts left out, HTML tags
 * removed), each of which it says in a notice.
 *
 * Front matter that cannot be read is not fatal: the body is imported and a notice says
 * "The front matter could not be read (line N: …); it was kept out of the text."
 *
 * The title hint is the front matter's title, else the first level-1 heading, else a
 * heading that opens the file, else a first line that reads as a title, else the file
 * name. Without front matter the file is read as a capture (`text-capture.ts`): a byline
 * near the top gives authors, outlet and date, and the site's footer at the end is left
 * out with a notice. The heading stays a block even when it
 * is the title: the text the analyst reads, highlights and cites is the file's own, and a
 * re-import of the same file must give the same text whatever the metadata says (a reader
 * that shows the title separately may hide a first heading equal to it).
 *
 * Refuses (ImportRefusal naming the file) a file with no text once read: "has front matter
 * but no text to import." or "has no text to import once its markup is set aside."
 */
export async function readMarkdown(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ExtractedDocument> {
  const decoded = decodeTextFile(bytes, fileName, options)
  const { fields, problem, body } = splitFrontMatter(decoded.text)
  const read = importedMarkdownToBlocks(body)
  const { changes } = read
  // Without front matter the file is likely a capture: its footer goes, its byline counts.
  const { kept: blocks, dropped } = fields
    ? { kept: read.blocks, dropped: [] }
    : withoutTrailingFurniture(read.blocks)
  stopIfCancelled(options.signal)
  if (blocks.length === 0) {
    throw new ImportRefusal(
      fileName,
      fields || problem
        ? 'has front matter but no text to import.'
        : 'has no text to import once its markup is set aside.',
    )
  }
  const { title: plainTitle, ...byline } = openingHints(fields ? [] : blocks)
  const hints = fields ? hintsFromFrontMatter(fields) : { ...emptyHints(), ...byline }
  const headingTitle =
    blocks.find((block) => block.kind === 'heading' && block.level === 1)?.text ??
    (blocks[0]?.kind === 'heading' ? blocks[0].text : null)
  const opening = blocks[0]
  const firstLine =
    opening?.kind === 'paragraph' && readsAsTitle(opening.text) ? opening.text : null
  hints.title ??= headingTitle ?? plainTitle ?? firstLine ?? titleFromFileName(fileName)
  const furniture = trailingFurnitureNotice(dropped)
  const notices = [
    ...(decoded.notice ? [decoded.notice] : []),
    ...(problem
      ? [
          `The front matter could not be read (line ${problem.line}: ${problem.message}); it was kept out of the text.`,
        ]
      : []),
    ...changeNotices(changes),
    ...(furniture ? [furniture] : []),
  ]
  const encoding = decoded.encoding
  return finishReading({ format: 'markdown', fileName, blocks, hints, notices, encoding }, options)
}
