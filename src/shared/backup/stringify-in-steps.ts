/**
 * `JSON.stringify(value, replacer)` built in steps, for a value whose bulk is arrays of rows
 * a couple of levels down (a backup: `{ ..., tables: { highlights: [row, ...], ... } }`).
 * The first levels are walked here and each row is stringified alone; `pause` is awaited
 * after each row (the caller's pause decides when to let the thread go: `yieldEvery` in
 * renderer/src/ui/time-slices.ts). A backup of 10,000 documents is about 190 MB
 * of JSON, one task of seconds when stringified at once; in steps, the thread it runs on
 * answers keys and scrolling in between. The text is the same, byte for byte, for a
 * replacer (and `toJSON` methods) that do not look at the key, as the backup's does not.
 */

/** How deep objects and arrays are walked here; below, a value is stringified whole. */
const WALKED_LEVELS = 3

/** A replacer as JSON.stringify takes it. */
export type JsonReplacer = (key: string, value: unknown) => unknown

export async function stringifyInSteps(
  value: unknown,
  replacer: JsonReplacer,
  pause: () => Promise<void>,
): Promise<string> {
  const parts: string[] = []

  /** The value as JSON.stringify would see it: after its toJSON and the replacer. */
  const prepared = (key: string, raw: unknown): unknown => {
    const own =
      raw !== null &&
      typeof raw === 'object' &&
      typeof (raw as { toJSON?: unknown }).toJSON === 'function'
        ? (raw as { toJSON: (key: string) => unknown }).toJSON(key)
        : raw
    return replacer(key, own)
  }

  /** Appends `raw`'s JSON; false when it has none (undefined, a function, a symbol). */
  const write = async (key: string, raw: unknown, level: number): Promise<boolean> => {
    if (level >= WALKED_LEVELS) {
      const text = JSON.stringify(raw, replacer) as string | undefined
      if (text === undefined) return false
      parts.push(text)
      return true
    }
    const v = prepared(key, raw)
    if (v === null || typeof v !== 'object') {
      // Already replaced: stringified with no replacer, it is not replaced twice.
      const text = JSON.stringify(v) as string | undefined
      if (text === undefined) return false
      parts.push(text)
      return true
    }
    if (Array.isArray(v)) {
      parts.push('[')
      for (let i = 0; i < v.length; i++) {
        if (i > 0) parts.push(',')
        if (!(await write(String(i), v[i], level + 1))) parts.push('null')
        await pause()
      }
      parts.push(']')
      return true
    }
    parts.push('{')
    let first = true
    for (const name of Object.keys(v)) {
      const mark = parts.length
      parts.push(first ? '' : ',', JSON.stringify(name), ':')
      if (await write(name, (v as Record<string, unknown>)[name], level + 1)) first = false
      else parts.length = mark
    }
    parts.push('}')
    return true
  }

  if (!(await write('', value, 0))) throw new Error('The value has no JSON.')
  return parts.join('')
}
