/** Which rows a write changed, read from Dexie's `storagemutated` event. */
import { RangeSet, type IntervalTree } from 'dexie'

/**
 * The ids of the rows a write changed, from Dexie's ranges of mutated primary keys; null
 * when it changed a range (a clear, a delete by range, an upgrade), so all must be read.
 */
export function changedIds(tree: IntervalTree): string[] | null {
  const ids: string[] = []
  for (const range of RangeSet(tree)) {
    if (typeof range.from !== 'string' || range.from !== range.to) return null
    ids.push(range.from)
  }
  return ids
}
