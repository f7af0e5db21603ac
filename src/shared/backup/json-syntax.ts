/**
 * Turns a JSON.parse failure into a sentence with a line and column, telling a file cut
 * short (an interrupted copy or download) from one with a stray character.
 */

/** Where in a text a character offset falls, both counted from 1. */
export interface TextLocation {
  line: number
  column: number
}

/** The line and column (from 1) of the UTF-16 offset `position` in `text`. */
export function locationOf(text: string, position: number): TextLocation {
  const at = Math.max(0, Math.min(position, text.length))
  let line = 1
  let lineStart = 0
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < at;
    index = text.indexOf('\n', index + 1)
  ) {
    line += 1
    lineStart = index + 1
  }
  return { line, column: at - lineStart + 1 }
}

function formatLocation({ line, column }: TextLocation): string {
  return `line ${line.toLocaleString('en')}, column ${column.toLocaleString('en')}`
}

const HEX4 = /[0-9a-fA-F]{4}/y

/** The offset just past a JSON string starting at `start` (a quote), or -1 at its fault. */
function skipString(text: string, start: number): { end: number } | { fault: number } {
  let i = start + 1
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 0x22) return { end: i + 1 }
    if (c < 0x20) return { fault: i }
    if (c !== 0x5c) {
      i += 1
      continue
    }
    const escape = text[i + 1]
    if (escape === 'u') {
      HEX4.lastIndex = i + 2
      if (!HEX4.test(text)) return { fault: i }
      i += 6
    } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2
    else return { fault: i }
  }
  return { fault: text.length }
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'

/** The offset just past a JSON number starting at `start`, or where it goes wrong. */
function skipNumber(text: string, start: number): { end: number } | { fault: number } {
  let i = start
  const digits = () => {
    const from = i
    while (isDigit(text[i])) i += 1
    return i > from
  }
  if (text[i] === '-') i += 1
  if (text[i] === '0') i += 1
  else if (!digits()) return { fault: i }
  if (text[i] === '.') {
    i += 1
    if (!digits()) return { fault: i }
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i += 1
    if (text[i] === '+' || text[i] === '-') i += 1
    if (!digits()) return { fault: i }
  }
  return { end: i }
}

/** The offset just past `word` at `start`, or the first character that differs from it. */
function skipWord(text: string, start: number, word: string): { end: number } | { fault: number } {
  for (let k = 0; k < word.length; k += 1) {
    if (text[start + k] !== word[k]) return { fault: start + k }
  }
  return { end: start + word.length }
}

/**
 * The offset of the first fault in `text` as JSON, or null when it is valid. Engines word
 * (and place) JSON.parse errors differently, and some give no position at all, so the
 * place is found here. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonFaultOffset(text: string): number | null {
  const stack: string[] = []
  let i = 0
  let state: 'value' | 'key' | 'after' = 'value'
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1
  }
  for (;;) {
    skipSpace()
    if (state === 'after') {
      const top = stack[stack.length - 1]
      if (top === undefined) return i >= text.length ? null : i
      if (text[i] === ',') {
        i += 1
        state = top === '{' ? 'key' : 'value'
      } else if (text[i] === (top === '{' ? '}' : ']')) {
        i += 1
        stack.pop()
      } else return i
      continue
    }
    if (state === 'key') {
      if (text[i] !== '"') return i
      const string = skipString(text, i)
      if ('fault' in string) return string.fault
      i = string.end
      skipSpace()
      if (text[i] !== ':') return i
      i += 1
      state = 'value'
      continue
    }
    const c = text[i]
    if (c === '{' || c === '[') {
      i += 1
      skipSpace()
      if (text[i] === (c === '{' ? '}' : ']')) {
        i += 1
        state = 'after'
      } else {
        stack.push(c)
        state = c === '{' ? 'key' : 'value'
      }
    } else if (c === '"') {
      const string = skipString(text, i)
      if ('fault' in string) return string.fault
      i = string.end
      state = 'after'
    } else {
      const word = ['true', 'false', 'null'].find((literal) => literal[0] === c)
      const token = word ? skipWord(text, i, word) : skipNumber(text, i)
      if ('fault' in token) return token.fault
      i = token.end
      state = 'after'
    }
  }
}

/** Up to 24 characters either side of `offset`, on one line, for a person to find the spot. */
function excerptAround(text: string, offset: number): string {
  const from = Math.max(0, offset - 24)
  const excerpt = text
    .slice(from, offset + 24)
    .replace(/\s+/g, ' ')
    .trim()
  return `${from > 0 ? '…' : ''}${excerpt}${offset + 24 < text.length ? '…' : ''}`
}

/**
 * A sentence saying why `text` is not valid JSON and where: "The file is not valid JSON:
 * it ends in the middle (truncated?) at line 1,204, column 18." `error` (what JSON.parse
 * threw) is only used if the text turns out to be valid after all.
 */
export function describeJsonSyntaxError(text: string, error?: unknown): string {
  if (text.trim() === '') return 'The file is empty: there is no backup in it.'
  const offset = jsonFaultOffset(text)
  if (offset === null) {
    const message = error instanceof Error ? error.message : String(error)
    return `The file could not be read as JSON: ${message}.`
  }
  if (offset >= text.trimEnd().length) {
    return `The file is not valid JSON: it ends in the middle (truncated?) at ${formatLocation(locationOf(text, text.trimEnd().length))}. Use a complete copy of the backup.`
  }
  return `The file is not valid JSON: something unexpected at ${formatLocation(locationOf(text, offset))}, near “${excerptAround(text, offset)}”.`
}
