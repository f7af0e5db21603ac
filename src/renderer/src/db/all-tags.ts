/** Every tag the analyst has used, on highlights, claims and events, sorted for a list. */
import type { CasefileDatabase } from './database'

export async function allTags(db: CasefileDatabase): Promise<string[]> {
  const [highlights, claims, events] = await Promise.all([
    db.highlights.orderBy('tags').uniqueKeys(),
    db.claims.orderBy('tags').uniqueKeys(),
    db.events.orderBy('tags').uniqueKeys(),
  ])
  const tags = new Set([...highlights, ...claims, ...events].map(String))
  return [...tags].sort((a, b) => a.localeCompare(b))
}
