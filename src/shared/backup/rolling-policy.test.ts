import { describe, expect, it } from 'vitest'
import {
  countRows,
  fingerprintSource,
  localDay,
  markedDrops,
  parseRollingBackupName,
  planRollingWrite,
  rollingBackupFileName,
  rollingPrune,
  smallerBackupNotice,
  type BackupCounts,
  type RollingEntry,
  type RollingBackupRequest,
  type RollingPlan,
} from './rolling-policy'

/** Noon, local time, on 2024-01-`n` (days past 31 run into February). */
const day = (n: number, hour = 12, minute = 0) => new Date(2024, 0, n, hour, minute)
const daily = (n: number) => rollingBackupFileName('daily', day(n))

function entry(
  kind: RollingEntry['kind'],
  at: Date,
  highlights: number | null,
  fingerprint = `f${at.getTime()}`,
): RollingEntry {
  return {
    fileName: rollingBackupFileName(kind, at),
    kind,
    createdAt: at.getTime(),
    counts: highlights === null ? null : { highlights, settings: 2 },
    fingerprint,
  }
}

const request = (highlights: number, fingerprint = `new${highlights}`, acceptSmaller = false) => ({
  kind: 'daily' as const,
  counts: { highlights, claims: 0, settings: 3 } satisfies BackupCounts,
  fingerprint,
  acceptSmaller,
})

/** What a store holds after carrying out the plan for `asked` at `at`. */
function apply(entries: RollingEntry[], asked: RollingBackupRequest, at: Date) {
  const plan = planRollingWrite(entries, asked, at)
  if (plan.action === 'skip') return { entries, plan }
  const moved = entries.map((e) =>
    plan.preserve && e.fileName === plan.preserve.from
      ? { ...e, fileName: plan.preserve.to, kind: 'before-accept' as const }
      : e,
  )
  const kept = moved.filter((e) => e.fileName !== plan.fileName && !plan.prune.includes(e.fileName))
  const entry = {
    fileName: plan.fileName,
    kind: plan.kind,
    createdAt: at.getTime(),
    counts: asked.counts,
    fingerprint: asked.fingerprint,
  }
  return { entries: [...kept, entry], plan }
}

const ask = (
  highlights: number,
  kind: 'daily' | 'before-restore' | 'before-merge' | 'before-erase' = 'daily',
  acceptSmaller = false,
) => ({ ...request(highlights, `w${highlights}-${kind}`, acceptSmaller), kind })

const largestLeft = (entries: RollingEntry[]) =>
  Math.max(...entries.map((e) => e.counts?.highlights ?? 0))

function written(plan: RollingPlan) {
  if (plan.action !== 'write') throw new Error(`expected a write, got ${JSON.stringify(plan)}`)
  return plan
}

describe('names', () => {
  it('names daily backups by the local day and the others by local day and time', () => {
    expect(rollingBackupFileName('daily', new Date(2024, 0, 16, 23, 59))).toBe(
      'casefile-backup-2024-01-16.json',
    )
    expect(rollingBackupFileName('daily', new Date(2024, 0, 17, 0, 1))).toBe(
      'casefile-backup-2024-01-17.json',
    )
    expect(rollingBackupFileName('before-restore', new Date(2024, 0, 17, 9, 5, 7))).toBe(
      'casefile-backup-2024-01-17-090507-before-restore.json',
    )
    expect(localDay(new Date(987, 8, 5))).toBe('0987-09-05')
  })

  it('reads every kind back, and nothing from other names', () => {
    for (const kind of [
      'daily',
      'before-restore',
      'before-merge',
      'before-erase',
      'smaller',
    ] as const) {
      const name = rollingBackupFileName(kind, new Date(2024, 1, 29, 13, 4, 5))
      expect(parseRollingBackupName(name)).toEqual({
        day: '2024-02-29',
        kind,
        time: kind === 'daily' ? null : '130405',
      })
    }
    for (const other of [
      'casefile-backup-2024-02-29.json.bak',
      'casefile-backup-latest.json',
      'casefile-backup-2024-02-29-250000-smaller.json',
      'casefile-backup-2024-02-29-120000-deleted.json',
      '../casefile-backup-2024-02-29.json',
      'Casefile-Backup-2024-02-29.json',
    ]) {
      expect(parseRollingBackupName(other), other).toBeNull()
    }
  })
})

describe('markedDrops', () => {
  it('finds an emptied workspace, however small it was', () => {
    expect(markedDrops({ highlights: 2 }, { highlights: 0, settings: 5 })).toEqual([
      { table: 'all', had: 2, has: 0 },
    ])
  })

  it('finds a table that lost more than half of at least twenty rows', () => {
    expect(markedDrops({ highlights: 500, claims: 40 }, { highlights: 490, claims: 12 })).toEqual([
      { table: 'claims', had: 40, has: 12 },
    ])
  })

  it('lets small workspaces and ordinary deletions shrink without a fuss', () => {
    expect(markedDrops({ highlights: 10 }, { highlights: 3 })).toEqual([])
    expect(markedDrops({ highlights: 100 }, { highlights: 60 })).toEqual([])
    expect(markedDrops({ settings: 50 }, { settings: 0, highlights: 1 })).toEqual([])
  })

  it('finds the whole workspace halved when no one table is large', () => {
    const before = { highlights: 15, claims: 15, events: 15 }
    expect(markedDrops(before, { highlights: 7, claims: 7, events: 7 })).toEqual([
      { table: 'all', had: 45, has: 21 },
    ])
  })
})

describe('planRollingWrite: daily backups', () => {
  it('writes the first backup of real work, and nothing for an empty new workspace', () => {
    expect(written(planRollingWrite([], request(3), day(16))).fileName).toBe(daily(16))
    expect(planRollingWrite([], request(0), day(16))).toMatchObject({ action: 'skip' })
  })

  it('does not write the same work again', () => {
    const existing = [entry('daily', day(15), 40, 'same')]
    expect(planRollingWrite(existing, request(40, 'same'), day(16))).toEqual({
      action: 'skip',
      reason: 'unchanged',
      same: daily(15),
    })
  })

  it('replaces the day’s backup with a newer one of that day', () => {
    const existing = [entry('daily', day(16, 9), 40)]
    expect(written(planRollingWrite(existing, request(45), day(16, 10)))).toMatchObject({
      fileName: daily(16),
      kind: 'daily',
      prune: [],
      smallerThan: null,
    })
  })

  it('keeps an emptied workspace beside the good backups, replacing and pruning nothing', () => {
    const existing = [1, 2, 3, 4, 5].map((n) => entry('daily', day(n), 300))
    const plan = written(planRollingWrite(existing, request(0), day(5, 13)))
    expect(plan.kind).toBe('smaller')
    expect(plan.fileName).toBe('casefile-backup-2024-01-05-130000-smaller.json')
    expect(plan.prune).toEqual([])
    expect(plan.smallerThan).toEqual({
      fileName: daily(5),
      drops: [{ table: 'all', had: 300, has: 0 }],
    })
  })

  it('compares with the copy kept before an erase, the newest good backup', () => {
    const existing = [entry('daily', day(5), 10), entry('before-erase', day(5, 14), 300)]
    const plan = written(planRollingWrite(existing, request(0), day(5, 15)))
    expect(plan.smallerThan?.fileName).toBe('casefile-backup-2024-01-05-140000-before-erase.json')
  })

  it('writes a smaller workspace as the day’s backup once the analyst accepts it', () => {
    const existing = [entry('daily', day(4), 300), entry('smaller', day(5, 13), 2, 'small')]
    const plan = written(planRollingWrite(existing, request(2, 'small', true), day(5, 14)))
    expect(plan).toMatchObject({ fileName: daily(5), kind: 'daily', smallerThan: null })
  })

  it('writes an unchanged smaller workspace once, not every hour', () => {
    const existing = [entry('daily', day(4), 300), entry('smaller', day(5, 13), 2, 'small')]
    expect(planRollingWrite(existing, request(2, 'small'), day(5, 14)).action).toBe('skip')
  })

  it('keeps only the newest three smaller copies', () => {
    const existing = [
      entry('daily', day(1), 300),
      ...[2, 3, 4].map((n) => entry('smaller', day(n), 1)),
    ]
    const plan = written(planRollingWrite(existing, request(0), day(5)))
    expect(plan.prune).toEqual([rollingBackupFileName('smaller', day(2))])
  })
})

describe('rollingPrune', () => {
  it('keeps the five newest days with work, counting empty days as none', () => {
    const counts = [5, 0, 7, 0, 9, 4, 3, 2] // days 1..8
    const entries = counts.map((n, i) => entry('daily', day(i + 1), n))
    // Newest first: 8, 7, 6, 5 (work), 4 (empty, kept, not counted), 3 (the fifth), then 2, 1.
    expect(rollingPrune(entries, daily(8), day(8)).sort()).toEqual([daily(1), daily(2)].sort())
  })

  it('counts a backup whose rows are unknown as a day with work', () => {
    const entries = [1, 2, 3, 4, 5, 6].map((n) => entry('daily', day(n), n === 6 ? 3 : null))
    expect(rollingPrune(entries, daily(6), day(6))).toEqual([daily(1)])
  })

  it('keeps the five newest safety copies and the largest of the last thirty days', () => {
    const copies = [
      entry('before-restore', day(1), 900),
      entry('before-restore', day(2), 800),
      ...[3, 4, 5, 6, 7].map((n) => entry('before-merge', day(n), 10)),
    ]
    const pruned = rollingPrune(copies, copies[6]!.fileName, day(7))
    expect(pruned).toEqual([copies[1]!.fileName])
    // Past thirty days the largest is no longer special.
    expect(rollingPrune(copies, copies[6]!.fileName, day(45))).toEqual([
      copies[1]!.fileName,
      copies[0]!.fileName,
    ])
  })

  it('does not let safety copies or smaller copies push daily backups out', () => {
    const entries = [
      ...[1, 2, 3, 4, 5].map((n) => entry('daily', day(n), 50)),
      ...[6, 7, 8, 9, 10, 11].map((n) => entry('before-erase', day(n), 50)),
    ]
    const pruned = rollingPrune(entries, entries[10]!.fileName, day(11))
    expect(pruned.filter((name) => parseRollingBackupName(name)?.kind === 'daily')).toEqual([])
  })
})

describe('the good copies survive what the analyst did not mean', () => {
  it('a small copy made before a Merge does not lower the bar for the days after', () => {
    // The desktop app lost its database; the files of five days of work remain.
    let entries = [1, 2, 3, 4, 5].map((n) => entry('daily', day(n), 1000))
    entries = apply(entries, ask(3), day(6, 9)).entries
    entries = apply(entries, ask(3, 'before-merge'), day(6, 10)).entries
    for (let n = 6; n <= 14; n++) entries = apply(entries, ask(3 + n), day(n, 18)).entries
    expect(entries.filter((e) => e.counts?.highlights === 1000)).toHaveLength(5)
    expect(smallerBackupNotice(entries, day(14, 19))).toMatch(/much less than the “Daily” backup/)
  })

  it('a second wrong Replace on the same day does not let the day’s backup be overwritten', () => {
    let entries = [entry('daily', day(3, 9), 1000)]
    entries = apply(entries, ask(1000, 'before-restore'), day(3, 10)).entries
    entries = apply(entries, ask(10, 'before-restore'), day(3, 11)).entries
    const { plan } = apply(entries, ask(12), day(3, 12))
    expect(written(plan).kind).toBe('smaller')
  })

  it('a slow decline, each day under the threshold, keeps the largest copy of the month', () => {
    let entries: RollingEntry[] = []
    let items = 1000
    for (let n = 1; n <= 12; n++) {
      entries = apply(entries, ask(items), day(n)).entries
      items = Math.ceil(items * 0.55)
    }
    expect(largestLeft(entries)).toBe(1000)
    expect(largestLeft(apply(entries, ask(1), day(45)).entries)).toBeLessThan(1000)
  })

  it('accepting a smaller workspace keeps the day’s larger backup as a copy', () => {
    let entries = [entry('daily', day(5, 9), 800)]
    entries = apply(entries, ask(0), day(5, 10)).entries
    const { plan, entries: after } = apply(entries, ask(0, 'daily', true), day(5, 11))
    expect(written(plan).preserve).toEqual({
      from: daily(5),
      to: 'casefile-backup-2024-01-05-110000-before-accept.json',
    })
    expect(after.find((e) => e.kind === 'before-accept')?.counts?.highlights).toBe(800)
    expect(after.find((e) => e.fileName === daily(5))?.counts?.highlights).toBe(0)
  })

  it('two copies made in the same second get two names', () => {
    let entries = [entry('daily', day(5), 10)]
    entries = apply(entries, ask(10, 'before-restore'), day(5, 13)).entries
    entries = apply(entries, ask(20, 'before-restore'), day(5, 13)).entries
    expect(entries.map((e) => e.fileName).sort()).toEqual([
      'casefile-backup-2024-01-05-130000-before-restore.json',
      'casefile-backup-2024-01-05-130001-before-restore.json',
      daily(5),
    ])
  })
})

describe('a clock that once ran ahead', () => {
  const future = (n: number, highlights: number) => entry('daily', new Date(2030, 0, n), highlights)

  it('does not push out the real days once it is set right', () => {
    let entries = [1, 2, 3, 4, 5, 6].map((n) => future(n, 50))
    for (let n = 10; n <= 16; n++) entries = apply(entries, ask(n), day(n)).entries
    const real = entries.filter((e) => e.createdAt < new Date(2029, 0, 1).getTime())
    expect(real.map((e) => e.fileName).sort()).toEqual(
      [12, 13, 14, 15, 16].map((n) => daily(n)).sort(),
    )
    // The future files hold work too: kept, never compared with.
    expect(entries.filter((e) => e.createdAt > day(16).getTime())).toHaveLength(6)
  })

  it('leaves no small future file as the bar a wrong Replace must clear', () => {
    let entries = [future(1, 5), entry('daily', day(3, 9), 1000)]
    entries = apply(entries, ask(1000, 'before-restore'), day(3, 10)).entries
    expect(written(apply(entries, ask(8), day(3, 11)).plan).kind).toBe('smaller')
    expect(
      smallerBackupNotice(apply(entries, ask(8), day(3, 11)).entries, day(3, 12)),
    ).not.toBeNull()
  })
})

describe('fingerprints and counts', () => {
  it('leaves out only the top-level createdAt', () => {
    const at = (when: string) =>
      `{"app":{"name":"Casefile","version":"0.1.0"},"createdAt":"${when}","tables":{"claims":[{"createdAt":1}]}}`
    expect(fingerprintSource(at('2024-01-01T00:00:00.000Z'))).toBe(
      fingerprintSource(at('2025-06-01T10:00:00.000Z')),
    )
    expect(fingerprintSource(at('x'))).toContain('"claims":[{"createdAt":1}]')
  })

  it('counts the rows of every known table', () => {
    expect(countRows({ highlights: [{}, {}], claims: [], other: [{}] })).toMatchObject({
      highlights: 2,
      claims: 0,
      briefs: 0,
    })
  })
})

describe('smallerBackupNotice', () => {
  it('says what shrank and what to do when the newest backup was kept beside the others', () => {
    const notice = smallerBackupNotice([entry('daily', day(4), 1450), entry('smaller', day(5), 12)])
    expect(notice).toContain(
      'than the “Daily” backup of 4 Jan 2024, 12:00: 12 highlights, where that backup holds 1,450.',
    )
    expect(notice).toMatch(/keep the smaller one as today's backup/)
  })

  it('says nothing once a newer backup is a normal one', () => {
    expect(
      smallerBackupNotice([
        entry('daily', day(4), 1450),
        entry('smaller', day(5), 12),
        entry('daily', day(6), 14),
      ]),
    ).toBeNull()
  })
})
