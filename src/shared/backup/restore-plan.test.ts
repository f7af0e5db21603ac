import { describe, expect, it } from 'vitest'
import {
  BACKUP_TABLES,
  rowKey,
  type Backup,
  type BackupEvent,
  type BackupRow,
} from './backup-format'
import { describePlan } from './describe-plan'
import type { BackupTables } from './backup-format'
import { planReplace, planRestore, type ExistingKeys } from './restore-plan'
import { sampleBackup } from './sample-backup'

const here = (backup: Backup = sampleBackup()): BackupTables => structuredClone(backup.tables)

describe('planRestore, replace', () => {
  it('puts every backup row and removes the rows here the backup lacks', () => {
    const existing = here()
    existing.highlights = [...existing.highlights, { ...existing.highlights[0]!, id: 'h-here' }]
    const incoming = sampleBackup()
    incoming.tables.claims = []
    const plan = planRestore(existing, incoming, 'replace')
    expect(plan.tables.highlights).toMatchObject({
      counts: { add: 0, update: 2, keep: 0, remove: 1, skip: 0 },
      remove: ['h-here'],
    })
    expect(plan.tables.claims.remove).toEqual(['c1'])
    expect(plan.tables.events.put).toEqual(incoming.tables.events)
    expect(describePlan(plan)).toEqual([
      'Replace everything: 2 highlights, 1 evidence link, 1 timeline, 2 events and 1 brief will be restored.',
      '1 highlight and 1 claim now in Casefile will be removed.',
    ])
  })

  it('needs only the keys here: the same plan from keys as from whole rows', () => {
    const existing = here()
    existing.highlights = [...existing.highlights, { ...existing.highlights[0]!, id: 'h-here' }]
    const incoming = sampleBackup()
    incoming.tables.claims = []
    const keys = Object.fromEntries(
      BACKUP_TABLES.map((table) => [
        table,
        existing[table].map((row: BackupRow<typeof table>) => rowKey(table, row)),
      ]),
    ) as unknown as ExistingKeys
    const fromKeys = planReplace(keys, incoming)
    expect(fromKeys.tables.highlights.remove).toEqual(['h-here'])
    expect(fromKeys.tables.claims.remove).toEqual(['c1'])
    expect(fromKeys).toEqual(planRestore(existing, incoming, 'replace'))
  })

  it('says when nothing will be lost', () => {
    const plan = planRestore(
      here({ ...sampleBackup(), tables: { ...sampleBackup().tables, briefs: [] } }),
      sampleBackup(),
      'replace',
    )
    expect(describePlan(plan)[1]).toBe(
      'Nothing now in Casefile is missing from the backup, so nothing will be lost.',
    )
  })
})

describe('planRestore, merge', () => {
  it('adds new rows, takes newer ones and keeps equal or newer ones here', () => {
    const existing = here()
    const incoming = sampleBackup()
    incoming.tables.highlights[0]!.updatedAt = 11
    incoming.tables.highlights.push({ ...incoming.tables.highlights[1]!, id: 'h3' })
    incoming.tables.claims[0]!.updatedAt = 9
    const plan = planRestore(existing, incoming, 'merge')
    expect(plan.tables.highlights.counts).toEqual({
      add: 1,
      update: 1,
      keep: 1,
      remove: 0,
      skip: 0,
    })
    expect(plan.tables.highlights.put.map((h) => h.id)).toEqual(['h1', 'h3'])
    expect(plan.tables.claims.put).toEqual([])
    expect(describePlan(plan)[0]).toBe(
      'Merge: 1 new highlight, 1 updated (newer in the backup), 1 kept (same or newer here).',
    )
    expect(describePlan(plan).at(-1)).toBe('Nothing will be removed.')
  })

  it('uses the import time of documents, which have no other', () => {
    const document = {
      id: 'd1',
      addedAt: 5,
      document: {
        meta: {
          id: 'd1',
          title: '',
          authors: [],
          outlet: null,
          published: null,
          genre: '',
          raw: '',
          authorNote: null,
        },
        blocks: [],
        text: '',
        rev: 'r',
      },
    }
    const existing = { ...here(), documents: [document] }
    const incoming = sampleBackup()
    incoming.tables.documents = [{ ...document, addedAt: 6 }]
    expect(planRestore(existing, incoming, 'merge').tables.documents.counts.update).toBe(1)
  })

  it('leaves out a backup link of a passage already linked to that claim here', () => {
    // Unlinked and linked again here since the backup: the link has a new id.
    const existing = here()
    existing.evidence = [{ ...existing.evidence[0]!, id: 'e-relinked', updatedAt: 20 }]
    const plan = planRestore(existing, sampleBackup(), 'merge')
    expect(plan.tables.evidence.counts).toMatchObject({ add: 0, skip: 1 })
    expect(plan.tables.evidence.put).toEqual([])
    expect(describePlan(plan)).toContain(
      '0 new evidence links, 0 updated (newer in the backup), 0 kept (same or newer here), 1 left out (already linked here).',
    )
  })

  it('keeps an event here when the backup version would date it in a loop', () => {
    // Here ev1 was re-dated from ev2; in the backup ev2 is (still) dated from ev1, and the
    // backup's ev1 is newer. Taking both would date each from the other.
    const existing = here()
    const incoming = sampleBackup()
    const relative = (eventId: string) =>
      ({
        kind: 'relative',
        eventId,
        offset: { amount: 1, unit: 'day' },
        approximate: false,
      }) as const
    existing.events = [
      { ...existing.events[0]!, date: relative('ev2'), updatedAt: 20 },
      { ...existing.events[1]!, date: { kind: 'point', date: { year: 2024, approximate: false } } },
    ]
    incoming.tables.events[1]!.updatedAt = 30
    const plan = planRestore(existing, incoming, 'merge')
    expect(plan.cycleKept).toBe(1)
    expect(plan.tables.events.counts).toMatchObject({ update: 0, keep: 2 })
    expect(describePlan(plan)).toContain(
      "1 event kept as it is here: the backup's version would date it relative to itself.",
    )
  })

  it('moves an event kept here when the event it is dated from is updated', () => {
    const existing = here()
    const incoming = sampleBackup()
    const moved: BackupEvent = {
      ...incoming.tables.events[0]!,
      date: { kind: 'point', date: { year: 2023, month: 5, day: 1, approximate: false } },
      sortKey: Date.UTC(2023, 4, 1),
      updatedAt: 30,
    }
    incoming.tables.events = [moved]
    const plan = planRestore(existing, incoming, 'merge')
    expect(plan.resorted).toBe(1)
    const ev2 = plan.tables.events.put.find((event) => event.id === 'ev2')
    expect(ev2?.sortKey).toBe(Date.UTC(2023, 4, 3))
    expect(ev2?.updatedAt).toBe(10)
    expect(describePlan(plan)).toContain(
      '1 event here will move on its timeline, because the event it is dated from changed.',
    )
  })

  it('says when the backup is empty', () => {
    const empty = { ...sampleBackup(), tables: structuredClone(sampleBackup().tables) }
    for (const rows of Object.values(empty.tables)) rows.length = 0
    expect(describePlan(planRestore(here(), empty, 'merge'))).toEqual([
      'Merge: the backup is empty, so nothing will change.',
    ])
  })
})
