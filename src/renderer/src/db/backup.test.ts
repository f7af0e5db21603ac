import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_TABLE_KEYS,
  BACKUP_TABLES,
  type Backup,
  type BackupClaim,
  type BackupHighlight,
  type BackupRow,
  type BackupTableName,
} from '@shared/backup/backup-format'
import { sampleBackup } from '@shared/backup/sample-backup'
import { readBackup } from '@shared/backup/validate-backup'
import {
  allTables,
  backupToJson,
  backupToJsonInSteps,
  createBackup,
  previewRestore,
  putBackupRows,
  readAllTables,
  restoreBackup,
  wipeWorkspace,
} from './backup'
import { deleteClaim, setStance } from './claims'
import type { CasefileDatabase } from './database'
import { deleteHighlight, updateHighlight } from './highlights'
import type { HighlightRecord, TableRecords } from './records'
import { createTestDatabase, failWritesTo } from './test-db'
import { deleteEvent } from './timelines'
import { workspaceArb, type WorkspaceRows } from './workspace-arbitraries'

// The backup schemas mirror records.ts: each pair must be assignable both ways, so a field
// added to a record without its schema (or the reverse) fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type SameShapes = { [T in BackupTableName]: Same<TableRecords[T], BackupRow<T>> }
const sameShapes: SameShapes = {
  documents: true,
  highlights: true,
  claims: true,
  evidence: true,
  timelines: true,
  events: true,
  settings: true,
  sourceGrades: true,
  briefs: true,
}

const APP = { name: 'Casefile', version: '0.1.0-test' }
const AT = new Date('2026-02-03T04:05:06.000Z')

// Tens of databases per property: seconds on an idle machine, more on a shared CI runner.
const PROPERTY_TIMEOUT_MS = 30_000

let databases = 0
function freshDb(): CasefileDatabase {
  databases += 1
  return createTestDatabase(`backup-${databases}`)
}

async function seed(db: CasefileDatabase, rows: WorkspaceRows): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    for (const name of BACKUP_TABLES) await putBackupRows(db, name, rows[name])
  })
}

function byKey<T extends object>(table: BackupTableName, rows: readonly T[]): T[] {
  const key = (row: T) => String((row as Record<string, unknown>)[BACKUP_TABLE_KEYS[table]])
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** Every table's rows ordered by key: the whole database, to compare before and after. */
async function dump(db: CasefileDatabase): Promise<Record<BackupTableName, object[]>> {
  const rows = await db.transaction('r', allTables(db), () => readAllTables(db))
  const tables = {} as Record<BackupTableName, object[]>
  for (const name of BACKUP_TABLES) tables[name] = byKey<object>(name, rows[name])
  return tables
}

function sortedRows(rows: WorkspaceRows): Record<BackupTableName, object[]> {
  const tables = {} as Record<BackupTableName, object[]>
  for (const name of BACKUP_TABLES) tables[name] = byKey<object>(name, rows[name])
  return tables
}

async function backupText(db: CasefileDatabase): Promise<string> {
  return backupToJson(await createBackup(db, APP, AT))
}

/**
 * A small workspace by hand: two highlights, a claim with evidence, a dated timeline. The
 * claim, its evidence link, the timeline and its first event are the shared sample
 * backup's, graded here (confidence and credibility) so that grades are carried too.
 */
function handMadeWorkspace(): WorkspaceRows {
  const sample = sampleBackup().tables
  const highlight = (id: string, updatedAt = 10): HighlightRecord => ({
    id,
    docId: 'bundled-a',
    docRev: 'rev1',
    selectors: {
      quote: { exact: `quote ${id}`, prefix: '', suffix: '' },
      position: { start: 0, end: 7 },
    },
    color: 'yellow',
    note: '',
    tags: ['border'],
    createdAt: 1,
    updatedAt,
  })
  return {
    documents: [],
    highlights: [highlight('h1'), highlight('h2')],
    claims: sample.claims.map((claim) => ({ ...claim, confidence: 'likely' })),
    evidence: sample.evidence.map((link) => ({ ...link, credibility: 2 })),
    timelines: sample.timelines,
    events: sample.events.filter((event) => event.id === 'ev1'),
    settings: [{ key: 'highlight-color-names', value: { yellow: 'key' }, updatedAt: 10 }],
    sourceGrades: [{ docId: 'bundled-a', reliability: 'B', updatedAt: 10 }],
    briefs: [],
  }
}

/** A backup of the hand-made workspace, and another database holding other work. */
async function backupOverOtherWork() {
  const source = freshDb()
  await seed(source, handMadeWorkspace())
  const text = await backupText(source)
  const db = freshDb()
  const other = handMadeWorkspace()
  other.highlights = other.highlights.map((h) => ({ ...h, id: `${h.id}-here`, note: 'here' }))
  other.evidence = []
  other.events = []
  await seed(db, other)
  return { text, db, before: await dump(db) }
}

describe('backup record shapes', () => {
  it('mirror the database records exactly', () => {
    expect(Object.keys(sameShapes).sort()).toEqual([...BACKUP_TABLES].sort())
    expect(Object.values(sameShapes).every(Boolean)).toBe(true)
  })
})

describe('backup, wipe, restore', () => {
  it(
    'gives back a deep-equal database for any consistent workspace',
    async () => {
      await fc.assert(
        fc.asyncProperty(workspaceArb(), async (rows) => {
          const db = freshDb()
          await seed(db, rows)
          const text = await backupText(db)
          expect(readBackup(text).ok).toBe(true)
          await wipeWorkspace(db)
          expect(Object.values(await dump(db)).every((table) => table.length === 0)).toBe(true)
          const restored = await restoreBackup(db, text, 'replace')
          expect(restored.ok).toBe(true)
          expect(await dump(db)).toEqual(sortedRows(rows))
          // Byte for byte the same file again: nothing was lost or reordered.
          expect(await backupText(db)).toBe(text)
          db.close()
        }),
        { numRuns: 40 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'replaces a different workspace entirely, saying what it removes',
    async () => {
      await fc.assert(
        fc.asyncProperty(workspaceArb(), workspaceArb(), async (before, backedUp) => {
          const source = freshDb()
          await seed(source, backedUp)
          const text = await backupText(source)
          const db = freshDb()
          await seed(db, before)
          const preview = await previewRestore(db, text, 'replace')
          if (!preview.ok) throw new Error(preview.problems[0]?.message)
          const result = await restoreBackup(db, text, 'replace')
          expect(result.ok && result.counts).toEqual(
            Object.fromEntries(BACKUP_TABLES.map((t) => [t, preview.plan.tables[t].counts])),
          )
          expect(await dump(db)).toEqual(sortedRows(backedUp))
          const removed = BACKUP_TABLES.reduce(
            (n, t) => n + preview.plan.tables[t].counts.remove,
            0,
          )
          expect(preview.summary.at(-1)).toMatch(
            removed > 0 ? /will be removed\.$/ : /nothing will be lost/,
          )
          source.close()
          db.close()
        }),
        { numRuns: 15 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('writes compact JSON with sorted keys, the same text for the same workspace', async () => {
    const db = freshDb()
    await seed(db, handMadeWorkspace())
    const text = await backupText(db)
    expect(text).not.toContain('\n')
    expect(
      text.startsWith(
        '{"app":{"name":"Casefile","version":"0.1.0-test"},"createdAt":"2026-02-03T04:05:06.000Z","format":"casefile-backup","schemaVersion":5,',
      ),
    ).toBe(true)
    expect(await backupText(db)).toBe(text)
    // The automatic backups build the same text a row at a time.
    expect(
      await backupToJsonInSteps(await createBackup(db, APP, AT), () => Promise.resolve()),
    ).toBe(text)
  })

  it('erases everything with wipeWorkspace', async () => {
    const db = freshDb()
    await seed(db, handMadeWorkspace())
    await wipeWorkspace(db)
    for (const table of Object.values(await dump(db))) expect(table).toEqual([])
  })
})

describe('merge', () => {
  it('adds new rows, takes newer ones, keeps equal or newer ones here and removes nothing', async () => {
    const db = freshDb()
    const here = handMadeWorkspace()
    await seed(db, here)
    const backup = await createBackup(db, APP, AT)
    const [h1, h2] = backup.tables.highlights as [BackupHighlight, BackupHighlight]
    backup.tables.highlights = [
      { ...h1, note: 'newer in the backup', updatedAt: 11 },
      { ...h2, note: 'same age: this side wins' },
      { ...h1, id: 'h3', note: 'new' },
    ]
    backup.tables.claims = [
      { ...(backup.tables.claims[0] as BackupClaim), statement: 'older', updatedAt: 9 },
    ]
    await db.highlights.put({ ...(here.highlights[1] as HighlightRecord), note: 'edited here' })

    const result = await restoreBackup(db, backup, 'merge')
    expect(result.ok && result.counts.highlights).toEqual({
      add: 1,
      update: 1,
      keep: 1,
      remove: 0,
      skip: 0,
    })
    expect(result.ok && result.summary[0]).toBe(
      'Merge: 1 new highlight, 1 updated (newer in the backup), 1 kept (same or newer here).',
    )
    const notes = (await db.highlights.toArray()).map((h) => [h.id, h.note])
    expect(notes).toEqual([
      ['h1', 'newer in the backup'],
      ['h2', 'edited here'],
      ['h3', 'new'],
    ])
    expect((await db.claims.get('c1'))?.statement).toBe('Talks resumed')
    expect(await db.evidence.count()).toBe(1)
  })

  it(
    'merging a backup of the same database changes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(workspaceArb(), async (rows) => {
          const db = freshDb()
          await seed(db, rows)
          const before = await dump(db)
          const result = await restoreBackup(db, await backupText(db), 'merge')
          expect(result.ok).toBe(true)
          if (result.ok)
            for (const t of BACKUP_TABLES)
              expect(result.counts[t].add + result.counts[t].update).toBe(0)
          expect(await dump(db)).toEqual(before)
          db.close()
        }),
        { numRuns: 15 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'leaves a consistent database after both sides deleted and edited different things',
    async () => {
      // Two copies of one workspace drift apart through the real repositories (deletions
      // cascade, edits stamp the time); merging one into the other must leave nothing
      // dangling, which a fresh backup of the result proves by being restorable.
      const action = fc.record({
        kind: fc.constantFrom(
          'delete-highlight',
          'delete-claim',
          'delete-event',
          'edit-note',
          'unlink',
        ),
        pick: fc.nat(),
      })
      await fc.assert(
        fc.asyncProperty(
          workspaceArb(),
          fc.array(action, { maxLength: 5 }),
          fc.array(action, { maxLength: 5 }),
          async (rows, hereActions, backupActions) => {
            const db = freshDb()
            const other = freshDb()
            await seed(db, rows)
            await seed(other, rows)
            for (const [target, actions] of [
              [db, hereActions],
              [other, backupActions],
            ] as const) {
              for (const { kind, pick } of actions) await drift(target, kind, pick)
            }
            const result = await restoreBackup(db, await backupText(other), 'merge')
            expect(result.ok).toBe(true)
            const check = readBackup(await backupText(db))
            expect(check.ok ? [] : check.problems).toEqual([])
            db.close()
            other.close()
          },
        ),
        { numRuns: 20 },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})

async function drift(db: CasefileDatabase, kind: string, pick: number): Promise<void> {
  const nth = <T>(rows: T[]): T | undefined => rows[pick % Math.max(rows.length, 1)]
  switch (kind) {
    case 'delete-highlight': {
      const h = nth(await db.highlights.toArray())
      if (h) await deleteHighlight(db, h.id)
      return
    }
    case 'delete-claim': {
      const c = nth(await db.claims.toArray())
      if (c) await deleteClaim(db, c.id)
      return
    }
    case 'delete-event': {
      const e = nth(await db.events.toArray())
      if (e) await deleteEvent(db, e.id)
      return
    }
    case 'edit-note': {
      const h = nth(await db.highlights.toArray())
      if (h) await updateHighlight(db, h.id, { note: `${h.note} (edited)` })
      return
    }
    case 'unlink': {
      const e = nth(await db.evidence.toArray())
      if (e) await setStance(db, e.claimId, e.highlightId, null)
    }
  }
}

describe('a refused backup leaves the database exactly as it was', () => {
  type Bend = (file: Record<string, unknown>) => void
  const tables = (file: Record<string, unknown>) => file.tables as WorkspaceRows

  const cases: { name: string; text: (good: string) => string; says: RegExp }[] = [
    {
      name: 'malformed JSON',
      text: (good) => good.replace('{"app"', '{app'),
      says: /not valid JSON: something unexpected at line 1, column 2/,
    },
    {
      name: 'truncated file',
      text: (good) => good.slice(0, good.length / 2),
      says: /ends in the middle \(truncated\?\) at line 1, column \d/,
    },
    { name: 'empty file', text: () => '', says: /The file is empty/ },
    { name: 'not an object', text: () => '[1, 2]', says: /Not a Casefile backup/ },
  ]
  const bent: { name: string; bend: Bend; says: RegExp }[] = [
    {
      name: 'unknown format',
      bend: (f) => (f.format = 'dexie'),
      says: /^Not a Casefile backup \(no "format": "casefile-backup"\)\.$/,
    },
    {
      name: 'newer version',
      bend: (f) => (f.version = 3),
      says: /version 3, made by a newer Casefile \(this one reads up to version 1\)\. Update Casefile/,
    },
    {
      name: 'version 0',
      bend: (f) => (f.version = 0),
      says: /version 0, which no Casefile has written/,
    },
    { name: 'no version', bend: (f) => delete f.version, says: /has no version number/ },
    {
      name: 'a wrong type deep inside',
      bend: (f) => (tables(f).highlights[1]!.selectors.quote.exact = 42 as unknown as string),
      says: /^highlights\[1\]\.selectors\.quote\.exact: expected text, found a number\.$/,
    },
    {
      name: 'an unknown claim status',
      bend: (f) => (tables(f).claims[0]!.status = 'proven' as 'supported'),
      says: /^claims\[0\]\.status: expected "unverified", "supported", "contested" or "refuted", found "proven"\.$/,
    },
    {
      name: 'duplicate ids',
      bend: (f) => tables(f).claims.push({ ...tables(f).claims[0]! }),
      says: /^Two claims have the id "c1" \(claims\[0\] and claims\[1\]\)\.$/,
    },
    {
      name: 'evidence to a missing claim',
      bend: (f) => (tables(f).evidence[0]!.claimId = 'c9'),
      says: /^evidence\[0\] \(id e1\) points to claim "c9", which is not in the backup\.$/,
    },
    {
      name: 'evidence to a missing highlight',
      bend: (f) => (tables(f).evidence[0]!.highlightId = 'h9'),
      says: /^evidence\[0\] \(id e1\) points to highlight "h9", which is not in the backup\.$/,
    },
    {
      name: 'an event in a missing timeline',
      bend: (f) => (tables(f).events[0]!.timelineId = 't9'),
      says: /^events\[0\] \(id ev1\) belongs to timeline "t9", which is not in the backup\.$/,
    },
    {
      name: 'a relative date from a missing event',
      bend: (f) =>
        (tables(f).events[0]!.date = {
          kind: 'relative',
          eventId: 'ev9',
          offset: { amount: 2, unit: 'day' },
          approximate: false,
        }),
      says: /^events\[0\] \(id ev1\) is dated relative to event "ev9", which is not in the backup\.$/,
    },
    {
      name: 'a passage that ends before it starts',
      bend: (f) => (tables(f).highlights[1]!.selectors.position = { start: 7, end: 2 }),
      says: /^highlights\[1\] \(id h2\): selectors\.position ends at 2, before it starts at 7\.$/,
    },
    {
      name: 'an event dated relative to itself',
      bend: (f) =>
        (tables(f).events[0]!.date = {
          kind: 'relative',
          eventId: 'ev1',
          offset: { amount: 2, unit: 'day' },
          approximate: false,
        }),
      says: /^events\[0\] \(id ev1\) cannot be dated: “Meeting” is dated relative to itself \(ev1 → ev1\)\.$/,
    },
  ]
  for (const { name, bend, says } of bent) {
    cases.push({
      name,
      text: (good) => {
        const file = JSON.parse(good) as Record<string, unknown>
        bend(file)
        return JSON.stringify(file)
      },
      says,
    })
  }

  for (const { name, text, says } of cases) {
    it(`refuses ${name}`, async () => {
      const source = freshDb()
      await seed(source, handMadeWorkspace())
      const good = await backupText(source)
      const db = freshDb()
      await seed(db, { ...handMadeWorkspace(), briefs: [], claims: [], evidence: [] })
      const before = await dump(db)
      for (const mode of ['replace', 'merge'] as const) {
        const preview = await previewRestore(db, text(good), mode)
        expect(preview.ok ? [] : preview.problems.map((p) => p.message)).toEqual([
          expect.stringMatching(says),
        ])
        const result = await restoreBackup(db, text(good), mode)
        expect(result.ok).toBe(false)
      }
      expect(await dump(db)).toEqual(before)
    })
  }

  it('refuses a setting nested 100,000 levels deep before writing, in plain words', async () => {
    const db = freshDb()
    await seed(db, handMadeWorkspace())
    const before = await dump(db)
    const depth = 100_000
    // As text: the value itself would overflow JSON.stringify, as it overflows the database.
    const text = (await backupText(db)).replace(
      '"value":{"yellow":"key"}',
      `"value":${'['.repeat(depth)}${']'.repeat(depth)}`,
    )
    for (const mode of ['replace', 'merge'] as const) {
      const result = await restoreBackup(db, text, mode)
      expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
        'settings[0] (key "highlight-color-names"): the value is nested more than 64 levels deep, deeper than Casefile can store.',
      ])
    }
    expect(await dump(db)).toEqual(before)
  })

  it('refuses an oversize file before parsing it', async () => {
    const db = freshDb()
    await seed(db, handMadeWorkspace())
    const before = await dump(db)
    const text = await backupText(db)
    const result = await restoreBackup(db, text, 'replace', { maxBytes: text.length - 1 })
    expect(result.ok ? [] : result.problems.map((p) => p.kind)).toEqual(['too-large'])
    expect(await dump(db)).toEqual(before)
  })

  it('says in plain words when the disk is full, and changes nothing', async () => {
    const { text, db, before } = await backupOverOtherWork()
    // Storage runs out writing the events, after every earlier table was cleared and
    // rewritten: the request fails and IndexedDB aborts the transaction with the quota error,
    // as a browser does.
    await failWritesTo(db, 'events')
    for (const mode of ['replace', 'merge'] as const) {
      const result = await restoreBackup(db, text, mode)
      expect(result.ok ? [] : result.problems).toEqual([
        {
          kind: 'no-space',
          message:
            'There is not enough storage space for this backup; nothing was changed. Free some disk space and try again.',
        },
      ])
      expect(await dump(db)).toEqual(before)
    }
  })

  it('aborts the whole restore when a write fails inside the transaction', async () => {
    const { text, db, before } = await backupOverOtherWork()
    // Events are written after highlights, claims and evidence have been cleared and
    // rewritten: the failure comes late in the transaction.
    db.events.hook('creating', () => {
      throw new Error('the disk is full')
    })
    for (const mode of ['replace', 'merge'] as const) {
      const result = await restoreBackup(db, text, mode)
      expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
        'The backup could not be written, so nothing was changed: the disk is full',
      ])
      expect(await dump(db)).toEqual(before)
    }
  })
})

describe('a backup with rows the app never writes', () => {
  async function bentBackup(bend: (backup: Backup) => void): Promise<Backup> {
    const source = freshDb()
    await seed(source, handMadeWorkspace())
    const backup = await createBackup(source, APP, AT)
    source.close()
    bend(backup)
    return backup
  }

  it('mends evidence that names another source than its passage, saying so in the plan', async () => {
    const backup = await bentBackup((b) => (b.tables.evidence[0]!.docId = 'another-source'))
    const db = freshDb()
    const preview = await previewRestore(db, backupToJson(backup), 'replace')
    expect(preview.ok && preview.summary.at(-1)).toBe(
      '1 evidence link pointed at a different source than its passage; it now follows the passage.',
    )
    const result = await restoreBackup(db, preview.ok ? preview.backup : backup, 'replace')
    expect(result.ok).toBe(true)
    expect((await db.evidence.get('e1'))?.docId).toBe('bundled-a')
  })
  it('brings a change time far after the backup back to when it was made, saying so', async () => {
    const backup = await bentBackup((b) => (b.tables.claims[0]!.updatedAt = 9_000_000_000_000))
    const db = freshDb()
    await seed(db, handMadeWorkspace())
    const preview = await previewRestore(db, backupToJson(backup), 'merge')
    expect(preview.ok && preview.summary.at(-1)).toBe(
      '1 claim had a change time after the backup was made; it now carries the time the backup was made, so it cannot override later work when merging.',
    )
    const result = await restoreBackup(db, backupToJson(backup), 'merge')
    expect(result.ok).toBe(true)
    expect((await db.claims.get('c1'))?.updatedAt).toBe(AT.getTime())
  })
})
