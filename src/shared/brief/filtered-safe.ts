/**
 * Makes mdast-util-to-markdown several times faster on long documents without changing
 * a byte of its output. Escaping (`state.safe`) runs every unsafe pattern, about seventy
 * regular expressions, over every string it writes; a pattern can only ever escape its
 * own character, so the patterns whose character does not occur in the string (or in the
 * characters around it, which take part in matches) are skipped here.
 */
import type { FootnoteReference, Paragraph, Parents, Root } from 'mdast'
import {
  defaultHandlers,
  type Handle,
  type Info,
  type SafeConfig,
  type State,
  type Unsafe,
} from 'mdast-util-to-markdown'

interface PatternIndex {
  /** Which character codes some pattern escapes (all of them are ASCII). */
  unsafe: Uint8Array
  /** The patterns for a set of characters present, the characters joined as the key. */
  byKey: Map<string, Unsafe[]>
  all: readonly Unsafe[]
}

function patternIndex(all: readonly Unsafe[]): PatternIndex {
  const unsafe = new Uint8Array(128)
  for (const pattern of all) {
    const code = pattern.character.charCodeAt(0)
    // A pattern for a character outside ASCII would be kept always (see patternsFor).
    if (code < 128) unsafe[code] = 1
  }
  return { unsafe, byKey: new Map(), all }
}

/** The patterns that can match somewhere in `value`: one pass over it. */
function patternsFor(index: PatternIndex, value: string): Unsafe[] {
  const seen = new Uint8Array(128)
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 128 && index.unsafe[code] === 1) seen[code] = 1
  }
  let key = ''
  for (let code = 0; code < 128; code++) if (seen[code] === 1) key += String.fromCharCode(code)
  let patterns = index.byKey.get(key)
  if (!patterns) {
    patterns = index.all.filter((pattern) => {
      const code = pattern.character.charCodeAt(0)
      return code >= 128 || seen[code] === 1
    })
    index.byKey.set(key, patterns)
  }
  return patterns
}

/**
 * A `root` handler that wraps `state.safe` with the filter, then serialises the root as
 * the built-in handler does: `toMarkdown(tree, { handlers: { root: filteredSafeRoot } })`.
 */
export function filteredSafeRoot(
  node: Root,
  parent: Parents | undefined,
  state: State,
  info: Info,
): string {
  const builtIn = state.safe
  let index: PatternIndex | null = null
  let indexed: readonly Unsafe[] | null = null
  state.safe = (value: string | null | undefined, config: SafeConfig): string => {
    const all = state.unsafe
    if (indexed !== all || index === null) {
      index = patternIndex(all)
      indexed = all
    }
    state.unsafe = patternsFor(index, `${config.before ?? ''}${value ?? ''}${config.after ?? ''}`)
    try {
      return builtIn.call(state, value, config)
    } finally {
      state.unsafe = all
    }
  }
  try {
    return defaultHandlers.root(node, parent, state, info)
  } finally {
    state.safe = builtIn
  }
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
    if (label === node.identifier && /^[0-9]+$/.test(label)) {
      return state.createTracker(info).move(`[^${label}]`)
    }
    return fallback(node, parent, state, info)
  }
  // containerPhrasing asks the next node for its first character through `peek`.
  return Object.assign(handle, { peek: () => '[' }) as Handle
}

/** Phrasing that cannot form emphasis or HTML, so needs none of containerPhrasing's care. */
function isPlainPhrasing(node: Paragraph): boolean {
  return node.children.every((child) => child.type === 'text' || child.type === 'footnoteReference')
}

function firstCharacter(value: string): string {
  const code = value.codePointAt(0)
  return code === undefined ? '' : String.fromCodePoint(code)
}

function lastCharacter(value: string): string {
  const code = value.charCodeAt(value.length - 1)
  if (code >= 0xdc00 && code <= 0xdfff && value.length > 1) return value.slice(-2)
  return value.slice(-1)
}

/**
 * A paragraph handler for paragraphs of only text and footnote references: serialised as
 * containerPhrasing does (each child told the characters around it) without its search
 * for emphasis markers, which such a paragraph cannot contain. Other paragraphs go to
 * `fallback` (GFM's, which knows task list items).
 */
export function plainParagraph(fallback: Handle): Handle {
  const handle = (
    node: Paragraph,
    parent: Parents | undefined,
    state: State,
    info: Info,
  ): string => {
    // A paragraph opening a list item may carry its task checkbox: leave that to GFM.
    if (!isPlainPhrasing(node) || parent?.type === 'listItem') {
      return fallback(node, parent, state, info)
    }
    const exit = state.enter('paragraph')
    const subexit = state.enter('phrasing')
    const children = node.children
    const tracker = state.createTracker(info)
    let before = info.before
    let result = ''
    state.indexStack.push(-1)
    for (let index = 0; index < children.length; index++) {
      state.indexStack[state.indexStack.length - 1] = index
      const next = children[index + 1]
      const after =
        next === undefined
          ? info.after
          : next.type === 'footnoteReference'
            ? '['
            : firstCharacter(
                state.handle(next, node, state, { before: '', after: '', ...tracker.current() }),
              )
      const value = state.handle(children[index]!, node, state, {
        ...tracker.current(),
        after,
        before,
      })
      if (!value) continue
      tracker.move(value)
      result += value
      before = lastCharacter(value)
    }
    state.indexStack.pop()
    subexit()
    exit()
    return result
  }
  return handle as Handle
}
