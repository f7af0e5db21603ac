/**
 * Markdown body to blocks of canonical text. Each block's text is its plain text with
 * inline markup removed, Unicode NFC, whitespace runs folded to one space and trimmed.
 *
 * Two modes. A curated article is CommonMark and refuses what the reader cannot show
 * faithfully (raw HTML, images). An imported file is read with GitHub's extensions and
 * refuses nothing: a table keeps its words (one paragraph per row), an image is left out,
 * HTML keeps its text without its tags (a script or style element is left out whole), and
 * the caller is told how much of each it met.
 */
import type { Nodes, PhrasingContent, Root, RootContent, TableRow } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { BlockKind, InlineMark } from './document-model'

/** A block before offsets are assigned. */
export interface DraftBlock {
  kind: BlockKind
  level: number
  text: string
  marks: InlineMark[]
}

/** Raised for Markdown the reader cannot show faithfully (raw HTML, images, tables). */
export class UnsupportedMarkdownError extends Error {
  readonly line: number
  constructor(what: string, line: number) {
    super(`${what} on line ${line} is not supported in a curated article`)
    this.name = 'UnsupportedMarkdownError'
    this.line = line
  }
}

/** What an imported Markdown file held that is not kept as it was. */
export interface ImportedMarkdownChanges {
  /** Images left out (their pictures are not text; alt text is not the author's prose). */
  images: number
  /** Tables kept as one paragraph per row, cells joined by " · ". */
  tables: number
  /** Pieces of raw HTML whose tags were removed, their text kept. */
  html: number
  /** Script and style elements left out whole, text and all. */
  scripts: number
}

/** Blocks of an imported Markdown file, and what was changed to make them. */
export interface ImportedMarkdownBlocks {
  blocks: DraftBlock[]
  changes: ImportedMarkdownChanges
}

/** The separator between the cells of a table row kept as a paragraph. */
export const TABLE_CELL_SEPARATOR = ' · '

const curatedParser = unified().use(remarkParse)
const importedParser = unified().use(remarkParse).use(remarkGfm)

/** Parses a curated Markdown body into blocks in reading order; empty blocks are dropped. */
export function markdownToBlocks(body: string): DraftBlock[] {
  const tree = curatedParser.parse(body) as Root
  return new BlockReader(null).read(tree)
}

/**
 * Parses the body of an imported Markdown file (CommonMark with GitHub's tables,
 * strikethrough, autolinks and footnotes) into blocks in reading order. Never throws for
 * content: what a curated article refuses is kept as text or left out, and counted.
 */
export function importedMarkdownToBlocks(body: string): ImportedMarkdownBlocks {
  const tree = importedParser.parse(body) as Root
  const changes: ImportedMarkdownChanges = { images: 0, tables: 0, html: 0, scripts: 0 }
  const blocks = new BlockReader(changes).read(tree)
  return { blocks, changes }
}

interface InlineText {
  text: string
  marks: InlineMark[]
}

/** Walks one tree; `changes` is null in curated mode, where the unsupported throws. */
class BlockReader {
  private readonly out: DraftBlock[] = []
  /** Inside a script or style element opened by inline HTML: its text is left out. */
  private skippingUntil: RegExp | null = null

  constructor(private readonly changes: ImportedMarkdownChanges | null) {}

  read(tree: Root): DraftBlock[] {
    for (const node of tree.children) this.collect(node, 'paragraph')
    return this.out.filter((block) => block.text.length > 0)
  }

  private push(kind: BlockKind, level: number, inline: InlineText): void {
    this.out.push({ kind, level, ...inline })
  }

  private collect(node: RootContent, context: BlockKind): void {
    switch (node.type) {
      case 'heading':
        this.push('heading', node.depth, this.inline(node.children))
        return
      case 'paragraph':
        this.push(context, 0, this.inline(node.children))
        return
      case 'blockquote':
        for (const child of node.children) this.collect(child, 'blockQuote')
        return
      case 'list':
        for (const item of node.children) {
          const paragraphs = item.children.flatMap((child) =>
            child.type === 'paragraph' ? child.children : [],
          )
          this.push('listItem', 0, this.inline(joinWithSpaces(paragraphs)))
          for (const child of item.children) {
            if (child.type !== 'paragraph') this.collect(child, 'listItem')
          }
        }
        return
      case 'code':
        this.push(context, 0, this.inline([{ type: 'text', value: node.value }]))
        return
      case 'thematicBreak':
      case 'definition':
        return
      default:
        if (!this.changes) {
          throw new UnsupportedMarkdownError(describe(node), node.position?.start.line ?? 0)
        }
        this.collectImported(node, context, this.changes)
    }
  }

  /** The imported-mode reading of what a curated article refuses. */
  private collectImported(
    node: RootContent,
    context: BlockKind,
    changes: ImportedMarkdownChanges,
  ): void {
    if (node.type === 'table') {
      changes.tables += 1
      for (const row of node.children) this.push(context, 0, this.row(row))
    } else if (node.type === 'html') {
      changes.html += 1
      const { paragraphs, scripts } = htmlBlockText(node.value)
      changes.scripts += scripts
      for (const text of paragraphs)
        this.push(context, 0, this.inline([{ type: 'text', value: text }]))
    } else if ('children' in node) {
      for (const child of node.children as RootContent[]) this.collect(child, context)
    } else if ('value' in node && typeof node.value === 'string') {
      this.push(context, 0, this.inline([{ type: 'text', value: node.value }]))
    }
  }

  private row(row: TableRow): InlineText {
    const cells = row.children
      .map((cell) => this.inline(cell.children))
      .filter((cell) => cell.text.length > 0)
    const joined: InlineText = { text: '', marks: [] }
    for (const cell of cells) {
      if (joined.text) joined.text += TABLE_CELL_SEPARATOR
      const offset = joined.text.length
      joined.text += cell.text
      for (const mark of cell.marks) {
        joined.marks.push({ ...mark, start: mark.start + offset, end: mark.end + offset })
      }
    }
    return joined
  }

  /** Builds folded plain text and the spans of strong/emphasis marks over it. */
  private inline(children: PhrasingContent[]): InlineText {
    let text = ''
    const marks: InlineMark[] = []
    const append = (value: string): void => {
      if (this.skippingUntil) return
      for (const char of value.normalize('NFC')) {
        if (/\s/.test(char)) {
          if (text.length > 0 && !text.endsWith(' ')) text += ' '
        } else {
          text += char
        }
      }
    }
    const walk = (nodes: PhrasingContent[]): void => {
      for (const node of nodes) {
        switch (node.type) {
          case 'text':
          case 'inlineCode':
            append(node.value)
            break
          case 'break':
            append(' ')
            break
          case 'strong':
          case 'emphasis': {
            const start = text.length
            walk(node.children)
            marks.push({ kind: node.type, start, end: text.length })
            break
          }
          case 'link':
          case 'linkReference':
          case 'delete':
            walk(node.children)
            break
          default:
            if (!this.changes) {
              throw new UnsupportedMarkdownError(describe(node), node.position?.start.line ?? 0)
            }
            this.inlineImported(node, this.changes, append, walk)
        }
      }
    }
    walk(children)
    this.skippingUntil = null
    const trimmed = text.replace(/ $/, '')
    const clamped = marks
      .map((mark) => ({
        ...mark,
        start: trimLeadingSpace(trimmed, mark.start),
        end: Math.min(mark.end, trimmed.length),
      }))
      .filter((mark) => mark.end > mark.start)
    return { text: trimmed, marks: clamped }
  }

  /** The imported-mode reading of inline content a curated article refuses. */
  private inlineImported(
    node: PhrasingContent,
    changes: ImportedMarkdownChanges,
    append: (value: string) => void,
    walk: (nodes: PhrasingContent[]) => void,
  ): void {
    switch (node.type) {
      case 'image':
      case 'imageReference':
        changes.images += 1
        return
      case 'html': {
        changes.html += 1
        if (this.skippingUntil) {
          if (this.skippingUntil.test(node.value)) this.skippingUntil = null
          return
        }
        const opened = OPENS_HIDDEN.exec(node.value)
        if (opened?.[1] && !new RegExp(`</${opened[1]}\\s*>`, 'i').test(node.value)) {
          changes.scripts += 1
          this.skippingUntil = new RegExp(`</${opened[1]}\\s*>`, 'i')
          return
        }
        const { paragraphs, scripts } = htmlBlockText(node.value)
        changes.scripts += scripts
        append(/^<br\b/i.test(node.value) ? ' ' : paragraphs.join(' '))
        return
      }
      case 'footnoteReference':
        append(`[${node.label ?? node.identifier}]`)
        return
      default:
        if ('children' in node) walk(node.children as PhrasingContent[])
        else if ('value' in node && typeof node.value === 'string') append(node.value)
    }
  }
}

function joinWithSpaces(parts: PhrasingContent[]): PhrasingContent[] {
  return parts.flatMap((part, index) =>
    index === 0 ? [part] : [{ type: 'text', value: ' ' } as PhrasingContent, part],
  )
}

function describe(node: Nodes): string {
  if (node.type === 'html') return 'raw HTML'
  if (node.type === 'image' || node.type === 'imageReference') return 'an image'
  return `a ${node.type} block`
}

function trimLeadingSpace(text: string, start: number): number {
  return text[start] === ' ' ? start + 1 : start
}

/** An opening tag whose content is never prose. */
const OPENS_HIDDEN = /^<(script|style|template|noscript)\b/i
const HIDDEN_ELEMENT = /<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|thead|tbody|blockquote|section|article|aside|header|footer|figure|figcaption|pre|details|summary)\b[^>]*>/gi
const CELL_TAG = /<\/?t[dh]\b[^>]*>/gi
const ANY_TAG = /<\/?[a-z][^>]*>|<![^>]*>|<\?[^>]*>/gi

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  copy: '©',
  eacute: 'é',
  uuml: 'ü',
  szlig: 'ß',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd'
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole
  })
}

/**
 * The text of a piece of raw HTML as paragraphs, never run and with no tag kept: script,
 * style, template and noscript elements and comments are left out whole, block-level tags
 * end a paragraph, other tags are removed, and common character references are decoded.
 */
export function htmlBlockText(html: string): { paragraphs: string[]; scripts: number } {
  let scripts = 0
  const text = html
    .replace(HIDDEN_ELEMENT, () => {
      scripts += 1
      return '\n\n'
    })
    .replace(COMMENT, '')
    .replace(BLOCK_TAG, '\n\n')
    .replace(CELL_TAG, ' ')
    .replace(ANY_TAG, '')
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => decodeEntities(part).normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0)
  return { paragraphs, scripts }
}
