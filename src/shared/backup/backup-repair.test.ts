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
