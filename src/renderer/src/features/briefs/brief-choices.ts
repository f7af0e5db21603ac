/** What the composer offers to put in a brief, read from the workspace. */

/** Every tag on the highlights, once each, in alphabetical order. */
export function highlightTagsOf(highlights: readonly { tags: readonly string[] }[]): string[] {
  return [...new Set(highlights.flatMap((h) => h.tags))].sort((a, b) => a.localeCompare(b))
}

/** How many events each timeline holds; a timeline with none is absent. */
export function eventCountsOf(
  events: readonly { timelineId: string }[],
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>()
  for (const e of events) counts.set(e.timelineId, (counts.get(e.timelineId) ?? 0) + 1)
  return counts
}
