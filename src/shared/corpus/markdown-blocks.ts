/**
 * Markdown body to blocks of canonical text. Each block's text is its plain text with
 * inline markup removed, Unicode NFC, whitespace runs folded to one space and trimmed.
 */
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast'
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

const parser = unified().use(remarkParse)

/** Parses a Markdown body into blocks in reading order; empty blocks are dropped. */
export function markdownToBlocks(body: string): DraftBlock[] {
  const tree = parser.parse(body) as Root
  const blocks: DraftBlock[] = []
  for (const node of tree.children) collectBlocks(node, 'paragraph', blocks)
  return blocks.filter((block) => block.text.length > 0)
}

function collectBlocks(node: RootContent, context: BlockKind, out: DraftBlock[]): void {
  switch (node.type) {
    case 'heading':
      out.push({ kind: 'heading', level: node.depth, ...inlineText(node.children) })
      return
    case 'paragraph':
      out.push({ kind: context, level: 0, ...inlineText(node.children) })
      return
    case 'blockquote':
      for (const child of node.children) collectBlocks(child, 'blockQuote', out)
      return
    case 'list':
      for (const item of node.children) {
        const paragraphs = item.children.flatMap((child) =>
          child.type === 'paragraph' ? child.children : [],
        )
        out.push({ kind: 'listItem', level: 0, ...inlineText(joinWithSpaces(paragraphs)) })
        for (const child of item.children) {
          if (child.type !== 'paragraph') collectBlocks(child, 'listItem', out)
        }
      }
      return
    case 'code':
      out.push({ kind: context, level: 0, ...inlineText([{ type: 'text', value: node.value }]) })
      return
    case 'thematicBreak':
    case 'definition':
      return
    default:
      throw new UnsupportedMarkdownError(describe(node), node.position?.start.line ?? 0)
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

/** Builds folded plain text and the spans of strong/emphasis marks over it. */
function inlineText(children: PhrasingContent[]): { text: string; marks: InlineMark[] } {
  let text = ''
  const marks: InlineMark[] = []
  const append = (value: string): void => {
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
          throw new UnsupportedMarkdownError(describe(node), node.position?.start.line ?? 0)
      }
    }
  }
  walk(children)
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

function trimLeadingSpace(text: string, start: number): number {
  return text[start] === ' ' ? start + 1 : start
}
