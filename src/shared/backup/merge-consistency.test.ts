import { describe, expect, it } from 'vitest'
import type { BackupEvent } from './backup-format'
import {
  duplicateLinkIds,
  eventsInDateCycles,
  staleSortKeys,
  UNRESOLVED_SORT_KEY,
} from './merge-consistency'
import { sampleBackup } from './sample-backup'

const events = (list: BackupEvent[]) => new Map(list.map((e) => [e.id, e]))
const relative = (eventId: string) =>
  ({ kind: 'relative', eventId, offset: { amount: 1, unit: 'week' }, approximate: false }) as const

describe('duplicateLinkIds', () => {
  it('keeps the link here and names the backup’s second link of the same pair', () => {
    const [link] = sampleBackup().tables.evidence
    const backupLink = { ...link!, id: 'from-backup' }
    expect(duplicateLinkIds([link!, backupLink], (id) => id === 'from-backup')).toEqual(
      new Set(['from-backup']),
    )
    expect(duplicateLinkIds([link!, { ...backupLink, claimId: 'c2' }], () => true).size).toBe(0)
  })
})

describe('eventsInDateCycles', () => {
  it('finds the members of a loop, not the events hanging off it', () => {
    const [a, b] = sampleBackup().tables.events
    const looped = events([
      { ...a!, date: relative('ev2') },
      { ...b!, date: relative('ev1') },
      { ...b!, id: 'ev3', date: relative('ev1') },
    ])
    expect(eventsInDateCycles(looped)).toEqual(new Set(['ev1', 'ev2']))
    expect(eventsInDateCycles(events(sampleBackup().tables.events)).size).toBe(0)
  })
})

describe('staleSortKeys', () => {
  it('finds keys that no longer match the dates, unresolvable ones last', () => {
    const [a, b] = sampleBackup().tables.events
    expect(staleSortKeys(events([a!, b!])).size).toBe(0)
    const stale = staleSortKeys(
      events([a!, { ...b!, date: relative('ev1') }, { ...b!, id: 'ev3', date: relative('ev3') }]),
    )
    expect(stale).toEqual(
      new Map([
        ['ev2', Date.UTC(2024, 0, 23)],
        ['ev3', UNRESOLVED_SORT_KEY],
      ]),
    )
  })
})
