/**
 * Sorting many items by numeric keys: each key is read once per item into a
 * Float64Array and an index array is sorted over them, instead of calling a comparator
 * that looks values up for every comparison (about 800,000 comparisons for 50,000
 * items). Stable: ties keep the input order, ascending or descending.
 */

export interface SortKey<T> {
  key: (item: T) => number
  desc: boolean
}

/** `items` ordered by the keys, first key first; the same array when there are no keys. */
export function sortByKeys<T>(items: readonly T[], keys: readonly SortKey<T>[]): readonly T[] {
  if (keys.length === 0 || items.length < 2) return items
  const columns = keys.map(({ key, desc }) => {
    const sign = desc ? -1 : 1
    const values = new Float64Array(items.length)
    for (let i = 0; i < items.length; i++) values[i] = sign * key(items[i]!)
    return values
  })
  const order = new Uint32Array(items.length)
  for (let i = 0; i < order.length; i++) order[i] = i
  order.sort((a, b) => {
    for (const values of columns) {
      const d = values[a]! - values[b]!
      if (d !== 0) return d
    }
    return a - b
  })
  return Array.from(order, (i) => items[i]!)
}
