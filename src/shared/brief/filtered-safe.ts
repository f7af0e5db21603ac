/**
 * Escaping (`state.safe`) for mdast-util-to-markdown that writes the same bytes several
 * times faster. The built-in one checks, for every string, which of about seventy unsafe
 * patterns apply where it is (the construct stack), then runs each pattern's regular
 * expression over the string. Here the patterns that apply are worked out once per
 * construct stack, and one pass of a combined expression (plus a look at each line
 * ending) tells whether a string needs escaping at all: most text does not, and is
 * written as it is. Text that does goes to the built-in escaping, given only the
 * patterns that can match it, so what it writes is the library's own.
 */
import type { ConstructName, SafeConfig, State, Unsafe } from 'mdast-util-to-markdown'

type Safe = State['safe']

/**
 * Expressions that find every place some pattern of a scope could escape, and perhaps
 * more. Each places a match at the pattern's character (its context moved into
 * lookarounds). Patterns whose context needs a line ending are not searched for along
 * the whole string but only at its line endings (usually one, in the context around it),
 * as most patterns need one and most strings have none: at a line ending (`fromLineEnding`,
 * sticky, for patterns that start at one; `atLineEnding`, for line endings themselves)
 * or just before one (`beforeLineEnding`).
 */
interface Shortcut {
  anywhere: RegExp[]
  fromLineEnding: RegExp | null
  atLineEnding: RegExp | null
  beforeLineEnding: RegExp | null
  /** The patterns of the three above: only a string with a line ending can match them. */
  lineEndingPatterns: Unsafe[]
}

/** What escaping needs to know about one construct stack. */
interface Scope {
  /** The patterns that apply in it, in their original order. */
  patterns: Unsafe[]
  /** Null when there is no shortcut, as for patterns that depend on the neighbouring nodes. */
  shortcut: Shortcut | null
}

function listInScope(
  stack: readonly ConstructName[],
  list: Unsafe['inConstruct'],
  none: boolean,
): boolean {
  if (list === null || list === undefined) return none
  if (typeof list === 'string') return stack.includes(list)
  if (list.length === 0) return none
  return list.some((name) => stack.includes(name))
}

/** The library's rule for whether a pattern applies to the constructs we are in. */
function patternInScope(stack: readonly ConstructName[], pattern: Unsafe): boolean {
  return (
    listInScope(stack, pattern.inConstruct, true) &&
    !listInScope(stack, pattern.notInConstruct, false)
  )
}

/** Characters the library backslash-escapes when it writes a pattern's character. */
const REGEX_SPECIAL = /[$()*+.?[\\\]^{|}]/

/** The library's regular expression for a pattern, as compilePattern builds it. */
function librarySource(pattern: Unsafe): { before: string; character: string; after: string } {
  const before =
    (pattern.atBreak ? '[\\r\\n][\\t ]*' : '') + (pattern.before ? `(?:${pattern.before})` : '')
  const character = (REGEX_SPECIAL.test(pattern.character) ? '\\' : '') + pattern.character
  const after = pattern.after ? `(?:${pattern.after})` : ''
  return { before, character, after }
}

/** The expression of a pattern as compilePattern builds it, or null if it builds another. */
function checkedSource(state: State, pattern: Unsafe): ReturnType<typeof librarySource> | null {
  const source = librarySource(pattern)
  const expected = (source.before ? `(${source.before})` : '') + source.character + source.after
  return state.compilePattern(pattern).source === new RegExp(expected).source ? source : null
}

/** Contexts that are exactly one line ending. */
const LINE_ENDING_ONLY = new Set(['[\\r\\n]', '\\r', '\\n'])

type Anchor = 'from' | 'at' | 'before' | 'anywhere'

/** Where a match of `pattern` must have a line ending, if anywhere. */
function anchorOf(pattern: Unsafe): Anchor {
  if (pattern.unicode) return 'anywhere'
  if (pattern.atBreak || (pattern.before && LINE_ENDING_ONLY.has(pattern.before))) return 'from'
  if (pattern.character === '\r' || pattern.character === '\n') return 'at'
  if (pattern.after && LINE_ENDING_ONLY.has(pattern.after)) return 'before'
  return 'anywhere'
}

/** Alternatives joined, those of one character grouped so the engine tries only those. */
function byCharacter(alternatives: ReadonlyArray<readonly [string, string]>): string {
  const groups = new Map<string, string[]>()
  for (const [character, condition] of alternatives) {
    groups.set(character, [...(groups.get(character) ?? []), condition])
  }
  return [...groups]
    .map(([character, conditions]) =>
      // A pattern without conditions matches wherever its character is.
      conditions.includes('') ? character : `${character}(?:${conditions.join('|')})`,
    )
    .join('|')
}

function buildShortcut(state: State, patterns: readonly Unsafe[]): Shortcut | null {
  const anywhere: Array<[string, string]> = []
  const anywhereUnicode: Array<[string, string]> = []
  const from: string[] = []
  const at: Array<[string, string]> = []
  const before: Array<[string, string]> = []
  const lineEndingPatterns: Unsafe[] = []
  for (const pattern of patterns) {
    if (pattern.beforeNode || pattern.afterNode) return null
    const source = checkedSource(state, pattern)
    if (source === null) return null
    const lookahead = source.after ? `(?=${source.after})` : ''
    const atCharacter: [string, string] = [
      source.character,
      (source.before ? `(?<=${source.before}${source.character})` : '') + lookahead,
    ]
    const anchor = anchorOf(pattern)
    if (anchor !== 'anywhere') lineEndingPatterns.push(pattern)
    if (anchor === 'from') from.push(source.before + source.character + lookahead)
    else if (anchor === 'at') at.push(atCharacter)
    else if (anchor === 'before') before.push(atCharacter)
    else (pattern.unicode ? anywhereUnicode : anywhere).push(atCharacter)
  }
  const sticky = (source: string) => (source ? new RegExp(source, 'y') : null)
  return {
    anywhere: [
      ...(anywhere.length > 0 ? [new RegExp(byCharacter(anywhere), 'g')] : []),
      ...(anywhereUnicode.length > 0 ? [new RegExp(byCharacter(anywhereUnicode), 'gu')] : []),
    ],
    fromLineEnding: sticky(from.join('|')),
    atLineEnding: sticky(byCharacter(at)),
    beforeLineEnding: sticky(byCharacter(before)),
    lineEndingPatterns,
  }
}

function buildScope(state: State, stack: readonly ConstructName[]): Scope {
  const patterns = state.unsafe.filter((pattern) => patternInScope(stack, pattern))
  return { patterns, shortcut: buildShortcut(state, patterns) }
}

function stickyMatch(expression: RegExp | null, subject: string, at: number): boolean {
  if (expression === null) return false
  expression.lastIndex = at
  return expression.test(subject)
}

function nextLineEnding(subject: string, from: number): number {
  const lf = subject.indexOf('\n', from)
  const cr = subject.indexOf('\r', from)
  return cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf)
}

/**
 * Whether some pattern may match at a character in `from`..`to` of `subject`: false only
 * when none can. (The library escapes only characters of the string, not of its context.)
 */
function mayMatchWithin(shortcut: Shortcut, subject: string, from: number, to: number): boolean {
  for (const expression of shortcut.anywhere) {
    expression.lastIndex = from
    const match = expression.exec(subject)
    if (match !== null && match.index < to) return true
  }
  for (let end = nextLineEnding(subject, 0); end !== -1; end = nextLineEnding(subject, end + 1)) {
    // A match that starts at a line ending has its character after it.
    if (end < to && stickyMatch(shortcut.fromLineEnding, subject, end)) return true
    if (end >= from && end < to && stickyMatch(shortcut.atLineEnding, subject, end)) return true
    if (end > from && end <= to && stickyMatch(shortcut.beforeLineEnding, subject, end - 1)) {
      return true
    }
  }
  return false
}

/**
 * The patterns that may match somewhere in `subject`, context included: the characters
 * around the string count too (an underscore next to it changes how one in it is escaped).
 */
function matchingPatterns(scope: Scope, subject: string): Unsafe[] {
  const shortcut = scope.shortcut
  if (shortcut === null) {
    return scope.patterns.filter((pattern) => subject.includes(pattern.character))
  }
  const matched = new Set<string>()
  for (const expression of shortcut.anywhere) {
    expression.lastIndex = 0
    for (let match = expression.exec(subject); match; match = expression.exec(subject)) {
      matched.add(match[0])
    }
  }
  const lineEnding = nextLineEnding(subject, 0) !== -1
  return scope.patterns.filter((pattern) =>
    shortcut.lineEndingPatterns.includes(pattern)
      ? lineEnding && subject.includes(pattern.character)
      : matched.has(pattern.character),
  )
}

/** Scopes by construct stack, as a tree with one level per construct. */
interface ScopeNode {
  scope?: Scope
  inner: Map<ConstructName, ScopeNode>
}

/**
 * A `safe` for `state` that gives what `builtIn` (the state's own) gives for every
 * input. It reads `state.stack` and `state.unsafe` as they are at each call, so it stays
 * right as constructs are entered and left.
 */
export function filteredSafe(state: State, builtIn: Safe): Safe {
  let scopes: ScopeNode = { inner: new Map() }
  let scopesOf: readonly Unsafe[] = state.unsafe

  function currentScope(): Scope {
    const stack = state.stack
    if (state.unsafe !== scopesOf) {
      scopes = { inner: new Map() }
      scopesOf = state.unsafe
    }
    let node = scopes
    for (let index = 0; index < stack.length; index++) {
      let inner = node.inner.get(stack[index]!)
      if (inner === undefined) {
        inner = { inner: new Map() }
        node.inner.set(stack[index]!, inner)
      }
      node = inner
    }
    node.scope ??= buildScope(state, stack)
    return node.scope
  }

  return (value: string | null | undefined, config: SafeConfig): string => {
    const scope = currentScope()
    const input = value || ''
    const after = config.after || ''
    const before = config.before || ''
    const subject = before + input + after
    const shortcut = scope.shortcut
    const start = before.length
    if (shortcut !== null && !mayMatchWithin(shortcut, subject, start, start + input.length)) {
      // Nothing to escape; backslashes before punctuation would still need doubling.
      if (!input.includes('\\') && !after.includes('\\')) return input
    }
    const all = state.unsafe
    state.unsafe = matchingPatterns(scope, subject)
    try {
      return builtIn.call(state, value, config)
    } finally {
      state.unsafe = all
    }
  }
}
