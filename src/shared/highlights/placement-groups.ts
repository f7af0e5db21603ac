/**
 * Sorts a document's highlights by how they were placed on its current text: placed
 * ones in reading order, uncertain ones (to confirm), and orphans (kept, never dropped).
 */

/** The outcome of re-anchoring, as far as grouping needs it. */
export type PlacementLike =
  | { status: 'placed'; start: number; end: number }
  | { status: 'uncertain'; start: number; end: number; score: number }
  | { status: 'orphan' }

export interface PlacementGroups<T> {
  /** In reading order: by start, longer first at the same start. */
  placed: { item: T; start: number; end: number }[]
  uncertain: { item: T; start: number; end: number; score: number }[]
  orphans: T[]
}

export function groupByPlacement<T>(
  items: readonly T[],
  placementOf: (item: T) => PlacementLike,
): PlacementGroups<T> {
  const groups: PlacementGroups<T> = { placed: [], uncertain: [], orphans: [] }
  for (const item of items) {
    const placement = placementOf(item)
    if (placement.status === 'placed') {
      groups.placed.push({ item, start: placement.start, end: placement.end })
    } else if (placement.status === 'uncertain') {
      groups.uncertain.push({
        item,
        start: placement.start,
        end: placement.end,
        score: placement.score,
      })
    } else {
      groups.orphans.push(item)
    }
  }
  groups.placed.sort((a, b) => a.start - b.start || b.end - a.end)
  groups.uncertain.sort((a, b) => a.start - b.start)
  return groups
}
