/** Narrows a document's placement groups to some highlights, keeping each group's order. */
import type { PlacementGroups } from './placement-groups'

/** The groups with only the items `keep` accepts; the input is returned as is when `keep` is null. */
export function filterPlacementGroups<T>(
  groups: PlacementGroups<T>,
  keep: ((item: T) => boolean) | null,
): PlacementGroups<T> {
  if (!keep) return groups
  return {
    placed: groups.placed.filter((p) => keep(p.item)),
    uncertain: groups.uncertain.filter((p) => keep(p.item)),
    orphans: groups.orphans.filter(keep),
  }
}
