import { describe, expect, it } from 'vitest'
import { repairBackup } from './backup-repair'
import { sampleBackup } from './sample-backup'

const NOW = Date.parse('2026-03-01T00:00:00.000Z')

describe('repairBackup, sources', () => {
  it('changes nothing in a backup the app wrote', () => {
    const backup = sampleBackup()
    expect(repairBackup(backup, { now: NOW })).toEqual({ backup: sampleBackup(), repairs: [] })
  })

  it('makes evidence links follow their passage’s source, and says how many', () => {
    const backup = sampleBackup()
    backup.tables.evidence.push({ ...backup.tables.evidence[0]!, id: 'e2', highlightId: 'h2' })
    backup.tables.evidence[0]!.docId = 'another-source'
    backup.tables.evidence[1]!.docId = ''
    const { backup: repaired, repairs } = repairBackup(backup, { now: NOW })
    expect(repaired.tables.evidence.map((link) => link.docId)).toEqual(['bundled-a', 'bundled-a'])
    expect(repairs).toEqual([
      {
        kind: 'evidence-source',
        count: 2,
        message:
          '2 evidence links pointed at a different source than their passage; they now follow the passage.',
      },
    ])
    // The backup as read is left as it was.
    expect(backup.tables.evidence[0]!.docId).toBe('another-source')
  })

  it('says one link in the singular, and mends an event’s sources the same way', () => {
    const backup = sampleBackup()
    backup.tables.evidence[0]!.docId = 'another-source'
    backup.tables.events[0]!.sources[0]!.docId = 'another-source'
    const { backup: repaired, repairs } = repairBackup(backup, { now: NOW })
    expect(repaired.tables.events[0]!.sources[0]!.docId).toBe('bundled-a')
    expect(repairs.map((repair) => repair.message)).toEqual([
      '1 evidence link pointed at a different source than its passage; it now follows the passage.',
      '1 event citation pointed at a different source than its passage; it now follows the passage.',
    ])
  })

  it('mends nothing twice: a repaired backup needs no repair', () => {
    const backup = sampleBackup()
    backup.tables.evidence[0]!.docId = 'another-source'
    const once = repairBackup(backup, { now: NOW }).backup
    expect(repairBackup(once, { now: NOW }).repairs).toEqual([])
  })
})

describe('repairBackup, times in the future', () => {
  const MADE = Date.parse('2026-02-03T04:05:06.000Z')
  const DAY = 24 * 60 * 60 * 1000

  it('brings change times after the backup was made back to when it was made, and says so', () => {
    const backup = sampleBackup()
    backup.tables.highlights[0]!.updatedAt = MADE + 2 * DAY
    backup.tables.highlights[1]!.createdAt = 8_000_000_000_000
    backup.tables.highlights[1]!.updatedAt = 8_000_000_000_000
    backup.tables.claims[0]!.updatedAt = Number.MAX_SAFE_INTEGER
    const { backup: repaired, repairs } = repairBackup(backup, { now: NOW })
    expect(repaired.tables.highlights.map((h) => [h.createdAt, h.updatedAt])).toEqual([
      [1, MADE],
      [MADE, MADE],
    ])
    expect(repaired.tables.claims[0]!.updatedAt).toBe(MADE)
    expect(repairs).toEqual([
      {
        kind: 'future-time',
        count: 3,
        message:
          '2 highlights and 1 claim had change times after the backup was made; they now carry the time the backup was made, so they cannot override later work when merging.',
      },
    ])
    expect(repairBackup(repaired, { now: NOW + DAY }).repairs).toEqual([])
  })

  it('allows a day of clock difference, and looks at every table’s times', () => {
    const backup = sampleBackup()
    backup.tables.highlights[0]!.updatedAt = MADE + DAY
    backup.tables.settings = [{ key: 'k', value: 1, updatedAt: MADE + DAY + 1 }]
    const { backup: repaired, repairs } = repairBackup(backup, { now: NOW })
    expect(repaired.tables.highlights[0]!.updatedAt).toBe(MADE + DAY)
    expect(repaired.tables.settings[0]!.updatedAt).toBe(MADE)
    expect(repairs.map((repair) => repair.message)).toEqual([
      '1 setting had a change time after the backup was made; it now carries the time the backup was made, so it cannot override later work when merging.',
    ])
  })

  it('measures from now when the backup claims to be made in the future', () => {
    const backup = sampleBackup()
    backup.createdAt = '2099-01-01T00:00:00.000Z'
    backup.tables.timelines[0]!.updatedAt = NOW + 2 * DAY
    const { backup: repaired, repairs } = repairBackup(backup, { now: NOW })
    expect(repaired.tables.timelines[0]!.updatedAt).toBe(NOW)
    expect(repairs.map((repair) => repair.message)).toEqual([
      '1 timeline had a change time in the future; it now carries the time of this restore, so it cannot override later work when merging.',
    ])
  })
})
