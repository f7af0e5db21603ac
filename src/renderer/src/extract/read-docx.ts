/**
 * Reads a Word (.docx) file in the import worker: mammoth turns it into HTML (headings
 * from Word's heading styles, quotes from the Quote styles), linkedom walks that HTML into
 * blocks with bold and italic marks, and docProps/core.xml gives metadata hints.
 */
import mammoth from 'mammoth'
import { parseHTML } from 'linkedom'
import type { BlockKind } from '@shared/corpus/document-model'
import { docxHints, parseCoreProperties } from '@shared/import/docx-core-properties'
import { InlineTextBuilder } from '@shared/import/docx-inline-text'
import { findZipEntry, sniffWordFile } from '@shared/import/docx-zip'
import {
  emptyHints,
  ImportRefusal,
  type ExtractedBlock,
  type ExtractedDocument,
  type MetadataHints,
} from '@shared/import/extracted'
import { finishReading, startReading, stopIfCancelled, type ReadOptions } from './read-options'

/** Why a damaged or fake .docx is refused (after its file name). */
export const CORRUPT_DOCX_REASON =
  'is not a readable Word file: it may be damaged or not really a .docx.'
/** Why an old binary .doc is refused (after its file name). */
export const OLD_DOC_REASON = 'is an old Word .doc file: save it as .docx and import that.'
/** Why a Word file with no text is refused (after its file name). */
export const EMPTY_DOCX_REASON = 'has no text to import: the document is empty.'

/** The heading the notes of a document are gathered under, at its end. */
export const NOTES_HEADING = 'Notes'

/** Word's quote styles become block quotes; mammoth's default map has no rule for them. */
const STYLE_MAP = [
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Title'] => h1:fresh",
]

/** mammoth warnings not worth the analyst's time: styles it maps to plain paragraphs. */
const QUIET_WARNINGS = /unrecogni[sz]ed (paragraph|run|table|numbering)? ?style/i

/**
 * Reads a .docx into blocks (headings, paragraphs, list items, block quotes, one paragraph
 * per table row, footnotes and endnotes at the end under "Notes") and metadata hints.
 * Refuses, with an ImportRefusal naming the file, an old .doc, a file that is not a
 * readable .docx, an empty document and a file over the size limit. Rejects with an
 * AbortError when `options.signal` is aborted.
 */
export async function readDocx(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ExtractedDocument> {
  startReading(bytes, fileName, options)
  const kind = sniffWordFile(bytes)
  if (kind === 'ole') throw new ImportRefusal(fileName, OLD_DOC_REASON)
  if (kind !== 'zip' || !findZipEntry(bytes, 'word/document.xml')) {
    throw new ImportRefusal(fileName, CORRUPT_DOCX_REASON)
  }
  let images = 0
  const buffer = bytes.slice().buffer
  const input = { arrayBuffer: buffer, buffer } as unknown as { arrayBuffer: ArrayBuffer }
  const result = await mammoth
    .convertToHtml(input, {
      styleMap: STYLE_MAP,
      // Images are not imported: give mammoth an empty source instead of a data URI.
      convertImage: mammoth.images.imgElement(() => {
        images += 1
        return Promise.resolve({ src: '' })
      }),
    })
    .catch(() => {
      throw new ImportRefusal(fileName, CORRUPT_DOCX_REASON)
    })
  options.onProgress?.(1, 2)
  stopIfCancelled(options.signal)
  const blocks = htmlToBlocks(result.value)
  if (blocks.length === 0) throw new ImportRefusal(fileName, EMPTY_DOCX_REASON)
  const hints = await readCoreHints(bytes)
  return finishReading(
    {
      format: 'docx',
      fileName,
      blocks,
      hints,
      notices: [...imageNotice(images), ...warningNotices(result.messages)],
    },
    options,
    2,
  )
}

function imageNotice(images: number): string[] {
  if (images === 0) return []
  const what = images === 1 ? '1 image' : `${images} images`
  return [`Left out ${what}: Casefile imports the text of a Word file.`]
}

function warningNotices(messages: ReadonlyArray<{ type: string; message: string }>): string[] {
  const told = messages
    .filter((message) => !QUIET_WARNINGS.test(message.message))
    .map((message) => `Word reader: ${message.message.replace(/\s+/g, ' ').trim()}`)
  return [...new Set(told)]
}

/** Hints from docProps/core.xml; empty hints when it is missing or unreadable. */
async function readCoreHints(bytes: Uint8Array): Promise<MetadataHints> {
  const entry = findZipEntry(bytes, 'docProps/core.xml')
  if (!entry || (entry.method !== 0 && entry.method !== 8)) return emptyHints()
  try {
    const data = entry.method === 0 ? entry.data : await inflateRaw(entry.data)
    return docxHints(parseCoreProperties(new TextDecoder().decode(data)))
  } catch {
    return emptyHints()
  }
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data.slice()])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The reading state of the HTML walk: blocks so far and the notes gathered for the end. */
interface Walk {
  blocks: ExtractedBlock[]
  notes: ExtractedBlock[]
}

/**
 * mammoth's HTML to blocks. Footnotes and endnotes (the lists mammoth appends, items with
 * ids "footnote-n" and "endnote-n") are kept, as paragraphs "[n] text" under a "Notes"
 * heading at the end: notes often carry the sources an analyst needs to cite, and their
 * markers ("[1]") stay in the text where they were.
 */
export function htmlToBlocks(html: string): ExtractedBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const walk: Walk = { blocks: [], notes: [] }
  for (const child of Array.from(document.body.childNodes))
    readBlock(child as Node, 'paragraph', walk)
  if (walk.notes.length === 0) return walk.blocks
  return [
    ...walk.blocks,
    { kind: 'heading', level: 2, text: NOTES_HEADING, marks: [] },
    ...walk.notes,
  ]
}

function readBlock(node: Node, context: BlockKind, walk: Walk): void {
  if (node.nodeType === 3) {
    pushInline(walk.blocks, context, 0, [node])
    return
  }
  if (node.nodeType !== 1) return
  const element = node as Element
  const tag = element.tagName.toLowerCase()
  const heading = /^h([1-6])$/.exec(tag)
  if (heading) {
    pushInline(walk.blocks, 'heading', Number(heading[1]), Array.from(element.childNodes))
  } else if (tag === 'p') {
    pushInline(walk.blocks, context, 0, Array.from(element.childNodes))
  } else if (tag === 'ul' || tag === 'ol') {
    readList(element, walk)
  } else if (tag === 'blockquote') {
    for (const child of Array.from(element.childNodes)) readBlock(child, 'blockQuote', walk)
  } else if (tag === 'table') {
    for (const row of Array.from(element.querySelectorAll('tr'))) readRow(row, walk)
  } else {
    for (const child of Array.from(element.childNodes)) readBlock(child, context, walk)
  }
}

function readList(list: Element, walk: Walk): void {
  for (const item of Array.from(list.children)) {
    if (item.tagName.toLowerCase() !== 'li') continue
    const note = /^(footnote|endnote)-(\d+)$/.exec(item.id)
    const inline = Array.from(item.childNodes).filter(
      (child) => !(child.nodeType === 1 && /^(ul|ol)$/i.test((child as Element).tagName)),
    )
    if (note) {
      pushInline(walk.notes, 'paragraph', 0, inline, `[${note[2]}] `)
      continue
    }
    pushInline(walk.blocks, 'listItem', 0, inline)
    for (const nested of Array.from(item.children)) {
      if (/^(ul|ol)$/i.test(nested.tagName)) readList(nested, walk)
    }
  }
}

function readRow(row: Element, walk: Walk): void {
  const builder = new InlineTextBuilder()
  const cells = Array.from(row.children).filter((cell) => /^t[dh]$/i.test(cell.tagName))
  cells.forEach((cell, index) => {
    if (index > 0) builder.append(' | ')
    readInline(Array.from(cell.childNodes), builder)
  })
  push(walk.blocks, 'paragraph', 0, builder)
}

function pushInline(
  out: ExtractedBlock[],
  kind: BlockKind,
  level: number,
  nodes: Node[],
  prefix = '',
): void {
  const builder = new InlineTextBuilder()
  builder.append(prefix)
  readInline(nodes, builder)
  if (prefix !== '' && builder.finish().text === prefix.trim()) return
  push(out, kind, level, builder)
}

function push(
  out: ExtractedBlock[],
  kind: BlockKind,
  level: number,
  builder: InlineTextBuilder,
): void {
  if (builder.isEmpty) return
  out.push({ kind, level, ...builder.finish() })
}

function readInline(nodes: Node[], builder: InlineTextBuilder): void {
  for (const node of nodes) {
    if (node.nodeType === 3) {
      builder.append(node.textContent ?? '')
      continue
    }
    if (node.nodeType !== 1) continue
    const element = node as Element
    const tag = element.tagName.toLowerCase()
    const children = Array.from(element.childNodes)
    if (tag === 'strong' || tag === 'b') builder.mark('strong', () => readInline(children, builder))
    else if (tag === 'em' || tag === 'i')
      builder.mark('emphasis', () => readInline(children, builder))
    else if (tag === 'br') builder.append(' ')
    else if (tag === 'a' && /^#(footnote|endnote)-ref-/.test(element.getAttribute('href') ?? ''))
      continue
    else if (tag === 'p' || tag === 'li') {
      builder.append(' ')
      readInline(children, builder)
      builder.append(' ')
    } else readInline(children, builder)
  }
}
