/**
 * Handlers for the phrasing a brief is made of (text, footnote references and strong
 * labels, in paragraphs and headings) that write exactly what mdast-util-to-markdown's
 * own handlers write, without the general machinery those need for emphasis, links and
 * HTML. Anything else is handed to the handler that would have run anyway.
 */
import type {
  FootnoteReference,
  Heading,
  Paragraph,
  Parents,
  PhrasingContent,
  Strong,
  Text,
} from 'mdast'
import {
  defaultHandlers,
  type Handle,
  type Info,
  type SafeConfig,
  type State,
} from 'mdast-util-to-markdown'
import { handleNode, untrackedInfo } from './lean-state'

/** The first character (code point) of `value`, as the library takes it. */
export function firstCharacter(value: string): string {
  const code = value.codePointAt(0)
  return code === undefined ? '' : String.fromCodePoint(code)
}

/** The last character of `value`: two code units when they end in a surrogate pair. */
export function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2)
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1)
}

const WHITESPACE = /\s/
const PUNCTUATION = /\p{P}|\p{S}/u

/**
 * How CommonMark classes a UTF-16 code unit next to an emphasis marker, as micromark's
 * classifyCharacter does: 1 whitespace, 2 punctuation, 0 anything else (a letter, and
 * also what an empty string gives, NaN).
 */
export function characterKind(code: number): 0 | 1 | 2 {
  if (code === 32) return 1
  if (!(code > -1)) return 0
  const character = String.fromCharCode(code)
  if (WHITESPACE.test(character)) return 1
  return PUNCTUATION.test(character) ? 2 : 0
}

/** Footnote labels of only digits: nothing in them can need escaping. */
const NUMBERED = /^[0-9]+$/

/** A text node escaped between the characters and nodes on either side of it. */
function safeText(
  node: Text,
  siblings: readonly PhrasingContent[],
  index: number,
  state: State,
  before: string,
  after: string,
  encode?: SafeConfig['encode'],
): string {
  return state.safe(node.value, {
    before,
    after,
    encode,
    afterNode: siblings[index + 1],
    beforeNode: siblings[index - 1],
  })
}

/** The text handler, less the copy of `info` per call. */
export function text(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const siblings = parent && 'children' in parent ? (parent.children as PhrasingContent[]) : []
  const index = state.indexStack[state.indexStack.length - 1]!
  return safeText(
    node,
    siblings,
    index,
    state,
    info.before,
    info.after,
    (info as SafeConfig).encode,
  )
}

/**
 * A footnote reference handler for the brief's own references, whose labels are plain
 * numbers ("[^12]") that nothing can make unsafe, so they skip escaping. Any other label
 * (the summary's footnotes) goes to `fallback`, the handler GFM registers.
 */
export function numberedFootnoteReference(fallback: Handle): Handle {
  const handle = (
    node: FootnoteReference,
    parent: Parents | undefined,
    state: State,
    info: Info,
  ): string => {
    const label = node.label ?? node.identifier
    if (label === node.identifier && NUMBERED.test(label)) return `[^${label}]`
    return fallback(node, parent, state, info)
  }
  // containerPhrasing asks the next node for its first character through `peek`.
  return Object.assign(handle, { peek: () => '[' }) as Handle
}

/** Strong that the built-in handler writes with `**`, around text only. */
function isPlainStrong(node: Strong, state: State): boolean {
  if (state.handlers.strong !== defaultHandlers.strong) return false
  if ((state.options.strong || '*') !== '*') return false
  for (const child of node.children) if (child.type !== 'text') return false
  return true
}

/**
 * Phrasing this module writes itself: text, footnote references, and strong around text.
 * Emphasis, links, code and HTML need containerPhrasing's care.
 */
function isFastPhrasing(children: readonly PhrasingContent[], state: State): boolean {
  for (const child of children) {
    if (child.type === 'text' || child.type === 'footnoteReference') continue
    if (child.type === 'strong' && isPlainStrong(child, state)) continue
    return false
  }
  return true
}

/** What the next sibling starts with, asked as containerPhrasing asks (its `peek` if any). */
function peekAfter(next: PhrasingContent, parent: Parents, state: State): string {
  const handle = (state.handlers as Record<string, Handle & { peek?: Handle }>)[next.type]
  const peek = handle?.peek ?? handle
  return peek ? firstCharacter(peek(next, parent, state, untrackedInfo('', ''))) : ''
}

/**
 * The children of `parent` (text and footnote references only, in the case of strong)
 * written one after the other, each told the character before it (the end of what came
 * before) and after it (the start of the next child), as containerPhrasing does; strong
 * children come back as `{ inner }` for the caller to mark up. Empty values are dropped.
 */
function phrasingItems(
  parent: Paragraph | Heading | Strong,
  state: State,
  outerBefore: string,
  outerAfter: string,
): Array<string | { inner: string }> {
  const children = parent.children
  const indexStack = state.indexStack
  const depth = indexStack.push(-1) - 1
  const items: Array<string | { inner: string }> = []
  let before = outerBefore
  for (let index = 0; index < children.length; index++) {
    indexStack[depth] = index
    const child = children[index]!
    if (child.type === 'strong') {
      const exit = state.enter('strong')
      const inner = phrasingItems(child, state, '**', '**') as string[]
      exit()
      if (inner.length === 0) continue
      items.push({ inner: inner.join('') })
      before = '*'
      continue
    }
    const next = children[index + 1]
    const after = next === undefined ? outerAfter : peekAfter(next, parent, state)
    const value =
      child.type === 'text' && state.handlers.text === text
        ? safeText(child, children, index, state, before, after)
        : handleNode(state, child, parent, untrackedInfo(before, after))
    if (!value) continue
    items.push(value)
    before = lastCharacter(value)
  }
  indexStack.pop()
  return items
}

/**
 * Whether `**inner**` between `before` and `after` (the characters outside it) is strong
 * as it stands: containerPhrasing would neither swap the marker nor encode a character
 * around it. That holds when each side of the inner text is a letter, or punctuation
 * with no letter outside it.
 */
function formsAsItStands(before: string, inner: string, after: string): boolean {
  const head = characterKind(inner.charCodeAt(0))
  const tail = characterKind(inner.charCodeAt(inner.length - 1))
  const outsideBefore = characterKind(before.charCodeAt(before.length - 1))
  const outsideAfter = characterKind(after.charCodeAt(0))
  return (
    (head === 0 || (head === 2 && outsideBefore !== 0)) &&
    (tail === 0 || (tail === 2 && outsideAfter !== 0))
  )
}

/**
 * The phrasing of `parent` as containerPhrasing writes it, or undefined when it holds
 * strong that containerPhrasing would have to work on (a neighbouring `*`, strong next to
 * strong, characters to encode): the caller then hands the node to the built-in handler.
 */
function fastPhrasing(
  parent: Paragraph | Heading,
  state: State,
  before: string,
  after: string,
): string | undefined {
  const items = phrasingItems(parent, state, before, after)
  let result = ''
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    if (typeof item === 'string') {
      result += item
      continue
    }
    const previous = index === 0 ? before : items[index - 1]!
    const next = index === items.length - 1 ? after : items[index + 1]!
    if (typeof previous !== 'string' || typeof next !== 'string') return undefined
    if ((index === 0 && before[0] === '*') || (index === items.length - 1 && after[0] === '*')) {
      return undefined
    }
    if (!formsAsItStands(previous, item.inner, next)) return undefined
    result += `**${item.inner}**`
  }
  return result
}

/**
 * A paragraph handler for paragraphs of text, footnote references and strong around
 * text. Other paragraphs, and the first paragraph of a task list item (its checkbox),
 * go to `fallback` (GFM's).
 */
export function plainParagraph(fallback: Handle): Handle {
  return (node: Paragraph, parent: Parents | undefined, state: State, info: Info): string => {
    if (
      (parent?.type === 'listItem' && typeof parent.checked === 'boolean') ||
      !isFastPhrasing(node.children, state)
    ) {
      return fallback(node, parent, state, info)
    }
    const exit = state.enter('paragraph')
    const subexit = state.enter('phrasing')
    const value = fastPhrasing(node, state, info.before, info.after)
    subexit()
    exit()
    return value ?? fallback(node, parent, state, info)
  }
}

function hasLineEnding(children: readonly PhrasingContent[]): boolean {
  for (const child of children) {
    if (child.type === 'text' && /[\r\n]/.test(child.value)) return true
    if (child.type === 'strong' && hasLineEnding(child.children)) return true
  }
  return false
}

/**
 * A heading handler for ATX headings (`### …`) of the phrasing above, on one line:
 * written as the built-in handler writes them. A heading that could be setext (levels 1
 * and 2 with the `setext` option or a line ending in it), or holds anything else, goes to
 * `fallback`.
 */
export function plainHeading(fallback: Handle): Handle {
  return (node: Heading, parent: Parents | undefined, state: State, info: Info): string => {
    if (
      !isFastPhrasing(node.children, state) ||
      ((!node.depth || node.depth < 3) && (state.options.setext || hasLineEnding(node.children)))
    ) {
      return fallback(node, parent, state, info)
    }
    const rank = Math.max(Math.min(6, node.depth || 1), 1)
    const sequence = '#'.repeat(rank)
    const exit = state.enter('headingAtx')
    const subexit = state.enter('phrasing')
    let value = fastPhrasing(node, state, '# ', '\n')
    subexit()
    exit()
    if (value === undefined) return fallback(node, parent, state, info)
    const head = value.charCodeAt(0)
    // A leading space or tab would be taken for the space after the `#`s.
    if (head === 9 || head === 32) value = `&#x${head.toString(16).toUpperCase()};${value.slice(1)}`
    value = value ? `${sequence} ${value}` : sequence
    if (state.options.closeAtx) value += ` ${sequence}`
    return value
  }
}
