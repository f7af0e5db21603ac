/**
 * The undo history as sessionStorage keeps it. Stringifying the whole history on every
 * save cost hundreds of milliseconds on the UI thread once it held an imported document
 * (the step that adds one carries its whole text), and again for every later highlight.
 * So each entry is serialised once, and an entry too large to be worth keeping across a
 * reload stays in memory only: it can be undone until the page reloads.
 */
import type { UndoStack } from './undo-stack'

/** An entry longer than this (in JSON characters) is not written to sessionStorage. */
export const MAX_STORED_ENTRY_CHARS = 256 * 1024

/**
 * Whether `value` as JSON is longer than `limit` characters, judged by walking it (no
 * string is built) and stopping as soon as the answer is yes. Escapes are not counted, so
 * the walk never says yes for a value that fits.
 */
export function jsonLongerThan(value: unknown, limit: number): boolean {
  let length = 0
  const walk = (item: unknown): boolean => {
    if (typeof item === 'string') length += item.length + 2
    else if (typeof item === 'number' || typeof item === 'boolean') length += String(item).length
    else if (item === null || item === undefined)
      length += 4 // null in an array
    else if (Array.isArray(item)) {
      length += 1 + item.length
      for (const element of item) if (walk(element)) return true
    } else if (typeof item === 'object') {
      length += 1
      for (const [key, field] of Object.entries(item)) {
        // JSON leaves an undefined field out.
        if (field === undefined) continue
        length += key.length + 4
        if (walk(field)) return true
      }
    }
    return length > limit
  }
  return walk(value)
}

/**
 * Makes the function that turns a history into the string sessionStorage keeps. It
 * remembers each entry's JSON (by identity: entries are never changed once recorded), so
 * a save serialises only what is new. An entry over `maxEntryChars` is left out with
 * every entry before it in its list: after a reload, undo must not reach past a step it
 * no longer has (and redo not replay steps made on top of one it cannot redo).
 */
export function createHistorySerialiser(
  maxEntryChars = MAX_STORED_ENTRY_CHARS,
): (stack: UndoStack<object>) => string {
  const known = new WeakMap<object, string | null>()
  const entryJson = (entry: object): string | null => {
    let json = known.get(entry)
    if (json === undefined) {
      json = jsonLongerThan(entry, maxEntryChars) ? null : JSON.stringify(entry)
      known.set(entry, json)
    }
    return json
  }
  const list = (entries: readonly object[]) => {
    const kept: string[] = []
    for (const entry of entries) {
      const json = entryJson(entry)
      if (json === null) kept.length = 0
      else kept.push(json)
    }
    return kept.join(',')
  }
  return (stack) => `{"done":[${list(stack.done)}],"undone":[${list(stack.undone)}]}`
}
