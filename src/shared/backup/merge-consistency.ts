/**
 * What a row-by-row merge cannot see. Merging never removes a row, and each row taken
 * references only rows of its own side, which are all present afterwards, so no
 * reference dangles. But picking rows from two histories can still give:
 * - two links of one passage to one claim (unlinked and linked again on one side);
 * - relative dates that loop (A from B here, B from A in the backup);
 * - stale order keys (an event kept here, dated from one the backup updated).
 * These helpers find the first two, so the merge keeps this side's row, and recompute
 * the order keys of the merged events.
 */
import type { DatedEvent } from '../dates/resolve'
import { resolveAll } from '../dates/resolve'
import { sortKey } from '../dates/interval'
import type { BackupEvent, BackupEvidence } from './backup-format'

/** Order key of an event whose date cannot be worked out: after every dated event. */
export const UNRESOLVED_SORT_KEY = Number.MAX_SAFE_INTEGER

/**
 * Ids of evidence links that share their (claim, highlight) pair with another link in
 * `links`, among those for which `fromBackup` is true: the ones to leave out (or keep this
 * side's version of) so each passage serves each claim once.
 */
export function duplicateLinkIds(
  links: Iterable<BackupEvidence>,
  fromBackup: (id: string) => boolean,
): Set<string> {
  const byPair = new Map<string, BackupEvidence[]>()
  for (const link of links) {
    const pair = JSON.stringify([link.claimId, link.highlightId])
    const group = byPair.get(pair)
    if (group) group.push(link)
    else byPair.set(pair, [link])
  }
  const losers = new Set<string>()
  for (const group of byPair.values()) {
    if (group.length < 2) continue
    const here = group.filter((link) => !fromBackup(link.id))
    // When every link of the pair comes from the backup, the first one stays.
    const keep = here.length > 0 ? here : group.slice(0, 1)
    for (const link of group) if (!keep.includes(link)) losers.add(link.id)
  }
  return losers
}

/** Ids of every event whose relative date leads, through the chain, back to itself. */
export function eventsInDateCycles(events: ReadonlyMap<string, BackupEvent>): Set<string> {
  const inCycle = new Set<string>()
  const done = new Set<string>()
  for (const start of events.keys()) {
    const path: string[] = []
    const onPath = new Set<string>()
    let current: string | undefined = start
    while (current !== undefined && !done.has(current)) {
      if (onPath.has(current)) {
        for (const id of path.slice(path.indexOf(current))) inCycle.add(id)
        break
      }
      onPath.add(current)
      path.push(current)
      const date: BackupEvent['date'] | undefined = events.get(current)?.date
      current = date?.kind === 'relative' ? date.eventId : undefined
    }
    for (const id of path) done.add(id)
  }
  return inCycle
}

/**
 * The order key each event should have given the others' dates (as the timeline
 * repository computes it), for the events whose stored key differs.
 */
export function staleSortKeys(events: ReadonlyMap<string, BackupEvent>): Map<string, number> {
  const dated: DatedEvent[] = [...events.values()].map(({ id, title, date }) => ({
    id,
    title,
    date,
  }))
  const resolutions = resolveAll(dated)
  const stale = new Map<string, number>()
  for (const event of events.values()) {
    const resolution = resolutions.get(event.id)
    const key = resolution?.ok ? sortKey(resolution.date) : UNRESOLVED_SORT_KEY
    if (key !== event.sortKey) stale.set(event.id, key)
  }
  return stale
}
