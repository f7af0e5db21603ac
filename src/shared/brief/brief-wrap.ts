/**
 * Prose wrapped at 80 columns, as markdownlint's default line-length rule (MD013) asks:
 * a single space in a text node becomes a line ending where the line would otherwise run
 * past the limit. Markdown reads a line ending inside a paragraph as a space, so the text
 * a reader sees is unchanged. Widths are worked out before serialising, so they assume
 * the worst the serialiser may add (a backslash before any ASCII punctuation, a character
 * reference for characters it encodes) and wrap a little early rather than late.
 */
import type { Nodes, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast'

/** markdownlint's default line length. */
export const LINE_WIDTH = 80

/**
 * Whitespace that JavaScript's `\s` matches besides the space and line endings, less the
 * vertical tab (a character reference to it reads back as U+FFFD).
 */
export const ENCODED_WHITESPACE = [
  '\t',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
] as const

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const WHITESPACE = /\s/
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** The longest character reference the serialiser writes, `&#x10FFFF;`. */
const REFERENCE = 10

/** The most columns one UTF-16 code unit of text can take once serialised. */
function unitWidth(code: number): number {
  const character = String.fromCharCode(code)
  if (ASCII_PUNCTUATION.test(character)) return 2
  if (code !== 32 && WHITESPACE.test(character)) return REFERENCE
  return 1
}

/** The most columns `value` can take once serialised (not counting any line ending in it). */
export function textWidth(value: string): number {
  let width = 0
  for (let i = 0; i < value.length; i++) width += unitWidth(value.charCodeAt(i))
  return width
}

type Token =
  | { kind: 'width'; width: number }
  | { kind: 'space'; node: Text; index: number }
  | { kind: 'lineEnding' }

const ATTENTION = new Set(['strong', 'emphasis', 'delete'])

/**
 * Whether the space at `index` of `node` may become a line ending: a single space with
 * something on either side that is not whitespace, where what follows cannot start a
 * table row. Whatever else could start a block at a line's start (`#`, `-`, `1.`, `>`
 * and the rest) the serialiser escapes there.
 */
function breakable(node: Text, index: number, siblings: readonly PhrasingContent[]): boolean {
  const { value } = node
  const before = value[index - 1]
  const after = value[index + 1]
  const self = siblings.indexOf(node)
  const beforeOk =
    before !== undefined
      ? !WHITESPACE.test(before) && before !== '\\'
      : self > 0 && siblings[self - 1]!.type !== 'text'
  const afterOk =
    after !== undefined
      ? !WHITESPACE.test(after) && after !== '|'
      : ATTENTION.has(siblings[self + 1]?.type ?? '')
  return beforeOk && afterOk
}

function collect(children: readonly PhrasingContent[], inAttention: boolean, out: Token[]): void {
  children.forEach((child, i) => {
    switch (child.type) {
      case 'text': {
        const { value } = child
        const attentionBefore = inAttention || ATTENTION.has(children[i - 1]?.type ?? '')
        const attentionAfter = inAttention || ATTENTION.has(children[i + 1]?.type ?? '')
        for (let at = 0; at < value.length; at++) {
          const code = value.charCodeAt(at)
          if (code === 10) out.push({ kind: 'lineEnding' })
          else if (code === 32 && breakable(child, at, children))
            out.push({ kind: 'space', node: child, index: at })
          else {
            // Next to an emphasis marker the serialiser may write a character as a reference.
            const edge =
              (at === 0 && attentionBefore) || (at === value.length - 1 && attentionAfter)
            const risky = edge && !LETTER_OR_DIGIT.test(value[at]!)
            out.push({ kind: 'width', width: risky ? REFERENCE : unitWidth(code) })
          }
        }
        return
      }
      case 'strong':
      case 'delete':
        out.push({ kind: 'width', width: 2 })
        collect(child.children, true, out)
        out.push({ kind: 'width', width: 2 })
        return
      case 'emphasis':
        out.push({ kind: 'width', width: 1 })
        collect(child.children, true, out)
        out.push({ kind: 'width', width: 1 })
        return
      case 'link':
        out.push({ kind: 'width', width: 1 })
        collect(child.children, false, out)
        out.push({
          kind: 'width',
          width: 4 + textWidth(child.url) + (child.title ? 3 + textWidth(child.title) : 0),
        })
        return
      case 'linkReference':
        out.push({ kind: 'width', width: 1 })
        collect(child.children, false, out)
        out.push({ kind: 'width', width: 3 + textWidth(child.label ?? child.identifier) })
        return
      case 'break':
        out.push({ kind: 'width', width: 1 }, { kind: 'lineEnding' })
        return
      case 'inlineCode':
        out.push({ kind: 'width', width: child.value.length + 6 })
        return
      case 'footnoteReference':
        out.push({ kind: 'width', width: 3 + textWidth(child.label ?? child.identifier) })
        return
      case 'image':
        out.push({ kind: 'width', width: 5 + textWidth(child.alt ?? '') + textWidth(child.url) })
        return
      case 'imageReference':
        out.push({
          kind: 'width',
          width: 5 + textWidth(child.alt ?? '') + textWidth(child.identifier),
        })
        return
      case 'html':
        out.push({ kind: 'width', width: child.value.length })
        return
    }
  })
}

/** Turns the chosen spaces of each text node into line endings. */
function applyBreaks(breaks: ReadonlyArray<{ node: Text; index: number }>): void {
  const byNode = new Map<Text, number[]>()
  for (const { node, index } of breaks) byNode.set(node, [...(byNode.get(node) ?? []), index])
  for (const [node, indices] of byNode) {
    const units = node.value.split('')
    for (const index of indices) units[index] = '\n'
    node.value = units.join('')
  }
}

/** Greedy wrapping: each line takes as much as fits, breaking at its last allowed space. */
function wrapPhrasing(children: readonly PhrasingContent[], width: number): void {
  const tokens: Token[] = []
  collect(children, false, tokens)
  const breaks: Array<{ node: Text; index: number }> = []
  let column = 0
  let last: { node: Text; index: number; column: number } | null = null
  for (const token of tokens) {
    if (token.kind === 'lineEnding') {
      column = 0
      last = null
    } else if (token.kind === 'space') {
      column += 1
      last = { node: token.node, index: token.index, column }
    } else {
      column += token.width
      if (column > width && last) {
        breaks.push(last)
        column -= last.column
        last = null
      }
    }
  }
  applyBreaks(breaks)
}

function wrapBlocks(nodes: readonly (RootContent | Nodes)[], indent: number): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        wrapPhrasing(node.children, LINE_WIDTH - indent)
        break
      case 'blockquote':
        wrapBlocks(node.children, indent + 2)
        break
      case 'list':
        node.children.forEach((item, i) => {
          const marker = node.ordered ? String((node.start ?? 1) + i).length + 2 : 2
          const task = typeof item.checked === 'boolean' ? 4 : 0
          wrapBlocks(item.children, indent + marker + task)
        })
        break
      case 'footnoteDefinition':
        wrapBlocks(node.children, indent + Math.max(4, 5 + (node.label ?? node.identifier).length))
        break
      default:
        // Headings, tables and code cannot be wrapped; front matter is not linted.
        break
    }
  }
}

/**
 * Wraps every paragraph of `tree` (in block quotes, lists and footnotes too) so no line
 * runs past LINE_WIDTH columns where a space could have ended it. Mutates and returns the
 * tree. A run of text with no allowed space in it stays on one line, as MD013 allows.
 */
export function wrapProse<T extends Root | Parents>(tree: T): T {
  wrapBlocks(tree.children as RootContent[], 0)
  return tree
}
