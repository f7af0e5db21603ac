import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RequestedBackupKind } from '../../shared/backup/rolling-policy'
import {
  BACKUP_INDEX_FILE,
  listRollingBackups,
  readRollingBackup,
  writeRollingBackup,
} from './rolling-backups'
import { temporaryPathFor } from '../files/write-file-atomic'
import { backupRequest, backupText } from './test-requests'
import { hostErrorOf } from '../../shared/testing/host-error-of'

let root: string
let dir: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'casefile-backups-'))
  dir = join(root, 'backups')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** Noon, local time, on 2024-01-`day` (days past 31 run into February). */
const day = (n: number, hour = 12) => new Date(2024, 0, n, hour, 0)
const name = (iso: string) => `casefile-backup-${iso}.json`
const backupFiles = () =>
  readdirSync(dir)
    .filter((file) => file !== BACKUP_INDEX_FILE)
    .sort()

const write = (highlights: number, at: Date, kind: RequestedBackupKind = 'daily', tag = '') =>
  writeRollingBackup(dir, backupRequest(backupText(highlights, at, tag), kind), at)

describe('writeRollingBackup', () => {
  it('creates the folder and writes the backup of the day', async () => {
    const written = await write(3, day(16))
    expect(written).toMatchObject({ outcome: 'written', fileName: name('2024-01-16') })
    expect(written.kept.map((b) => b.fileName)).toEqual([name('2024-01-16')])
    expect(readFileSync(join(dir, name('2024-01-16')), 'utf8')).toBe(backupText(3, day(16)))
  })

  it('keeps the five newest days with work, and says which', async () => {
    let last
    for (let n = 10; n <= 15; n++) last = await write(n, day(n))
    const expected = [15, 14, 13, 12, 11].map((n) => name(`2024-01-${n}`))
    expect(last?.kept.map((b) => b.fileName)).toEqual(expected)
    expect(backupFiles()).toEqual([...expected].sort())
    expect(readFileSync(join(dir, name('2024-01-11')), 'utf8')).toBe(backupText(11, day(11)))
  })

  it('keeps one file a day, holding the newest backup of that day', async () => {
    await write(3, day(16, 9))
    const evening = await write(4, day(16, 21))
    expect(evening.kept.map((b) => b.fileName)).toEqual([name('2024-01-16')])
    expect(backupFiles()).toEqual([name('2024-01-16')])
    expect(readFileSync(join(dir, name('2024-01-16')), 'utf8')).toBe(backupText(4, day(16, 21)))
  })

  it('does not write the same work again, so unchanged days do not push out days of work', async () => {
    for (let n = 1; n <= 5; n++) await write(10 + n, day(n))
    for (let n = 6; n <= 12; n++) {
      expect((await write(15, day(n))).outcome).toBe('unchanged')
    }
    expect(backupFiles()).toEqual([1, 2, 3, 4, 5].map((n) => name(`2024-01-0${n}`)))
  })

  it('after an erase, keeps every good backup and the empty one beside them, for days on end', async () => {
    for (let n = 1; n <= 5; n++) await write(300 + n, day(n))
    const good = backupFiles().map((file) => [file, readFileSync(join(dir, file), 'utf8')])
    const erased = await write(0, day(5, 15))
    expect(erased.outcome).toBe('smaller')
    expect(erased.fileName).toBe('casefile-backup-2024-01-05-150000-smaller.json')
    // The app is opened every day for a week with the empty workspace, then new work starts.
    for (let n = 6; n <= 12; n++) await write(0, day(n))
    for (let n = 13; n <= 14; n++) await write(n - 12, day(n))
    for (const [file, text] of good) expect(readFileSync(join(dir, file!), 'utf8')).toBe(text)
    expect(
      backupFiles().filter((file) => file.endsWith('-smaller.json')).length,
    ).toBeLessThanOrEqual(3)
  })

  it('writes a smaller workspace as the day’s backup once the analyst accepts it', async () => {
    await write(300, day(4))
    await write(0, day(5, 9))
    const accepted = await writeRollingBackup(
      dir,
      backupRequest(backupText(0, day(5, 10)), 'daily', true),
      day(5, 10),
    )
    expect(accepted).toMatchObject({ outcome: 'written', fileName: name('2024-01-05') })
    expect(readFileSync(join(dir, name('2024-01-04')), 'utf8')).toBe(backupText(300, day(4)))
  })

  it('keeps a copy before a restore, and compares the next daily backup with it', async () => {
    await write(40, day(5, 9))
    const before = await write(200, day(5, 10), 'before-restore')
    expect(before.fileName).toBe('casefile-backup-2024-01-05-100000-before-restore.json')
    expect((await write(30, day(5, 11))).outcome).toBe('smaller')
  })

  it('reads backups written before the index existed, and never replaces one with less', async () => {
    mkdirSync(dir)
    const legacy = backupText(250, day(4))
    writeFileSync(join(dir, name('2024-01-04')), legacy)
    expect((await listRollingBackups(dir))[0]?.counts?.highlights).toBe(250)
    expect((await write(0, day(4, 18))).outcome).toBe('smaller')
    expect(readFileSync(join(dir, name('2024-01-04')), 'utf8')).toBe(legacy)
  })

  it('reads a file again when it is not what the index says (a crash between the two)', async () => {
    await write(100, day(3, 9))
    // The day's backup was rewritten, then the app died before the index was.
    writeFileSync(join(dir, name('2024-01-03')), backupText(400, day(3, 10)))
    expect((await listRollingBackups(dir))[0]?.counts?.highlights).toBe(400)
    expect((await write(150, day(3, 11))).outcome).toBe('smaller')
    expect(readFileSync(join(dir, name('2024-01-03')), 'utf8')).toBe(backupText(400, day(3, 10)))
  })

  it('keeps the day’s larger backup as a copy when the analyst accepts a smaller one', async () => {
    await write(300, day(5, 9))
    expect((await write(0, day(5, 10))).outcome).toBe('smaller')
    const accepted = await writeRollingBackup(
      dir,
      backupRequest(backupText(0, day(5, 11)), 'daily', true),
      day(5, 11),
    )
    expect(accepted.outcome).toBe('written')
    expect(
      readFileSync(join(dir, 'casefile-backup-2024-01-05-110000-before-accept.json'), 'utf8'),
    ).toBe(backupText(300, day(5, 9)))
    expect(accepted.kept.find((b) => b.kind === 'before-accept')?.counts?.highlights).toBe(300)
  })

  it('rebuilds a damaged index from the files', async () => {
    await write(100, day(3))
    writeFileSync(join(dir, BACKUP_INDEX_FILE), '{"cut sh')
    expect((await write(0, day(4))).outcome).toBe('smaller')
    expect((await listRollingBackups(dir)).map((b) => b.counts?.highlights)).toEqual([0, 100])
  })
  it('never touches files that are not rolling backups', async () => {
    mkdirSync(dir)
    const foreign = {
      'notes.txt': 'mine',
      'casefile-backup-2020-01-01.json.bak': 'an old copy',
      'casefile-backup-manual.json': '{}',
      'Casefile-Backup-2020-01-02.json': '{}',
    }
    for (const [file, text] of Object.entries(foreign)) writeFileSync(join(dir, file), text)
    mkdirSync(join(dir, name('2019-12-31')))
    for (let n = 1; n <= 7; n++) await write(n, day(n))
    for (const [file, text] of Object.entries(foreign)) {
      expect(readFileSync(join(dir, file), 'utf8')).toBe(text)
    }
    expect(readdirSync(dir)).toContain(name('2019-12-31'))
    expect((await listRollingBackups(dir)).map((b) => b.date)).toEqual(
      [7, 6, 5, 4, 3].map((n) => `2024-01-0${n}`),
    )
  })

  it('survives two writes at once on the same day', async () => {
    await Promise.all([write(3, day(16, 9), 'daily', 'a'), write(3, day(16, 9), 'daily', 'b')])
    expect(backupFiles()).toEqual([name('2024-01-16')])
    expect([backupText(3, day(16, 9), 'a'), backupText(3, day(16, 9), 'b')]).toContain(
      readFileSync(join(dir, name('2024-01-16')), 'utf8'),
    )
    expect(Object.keys(JSON.parse(readFileSync(join(dir, BACKUP_INDEX_FILE), 'utf8')))).toEqual([
      name('2024-01-16'),
    ])
  })

  it('removes what an interrupted backup left behind, but not a write that may be under way', async () => {
    mkdirSync(dir)
    const leftover = (target: string, hoursAgo: number) => {
      const path = temporaryPathFor(join(dir, target))
      writeFileSync(path, 'half a backup')
      const when = new Date(Date.now() - hoursAgo * 60 * 60 * 1000)
      utimesSync(path, when, when)
      return basename(path)
    }
    const crashed = leftover(name('2024-01-10'), 3)
    const underWay = leftover(name('2024-01-16'), 0)
    const someoneElses = leftover('notes.txt', 3)
    await write(16, day(16))
    const files = readdirSync(dir)
    expect(files).not.toContain(crashed)
    expect(files).toContain(underWay)
    expect(files).toContain(someoneElses)
  })

  it('explains a backup folder it cannot create', async () => {
    writeFileSync(dir, 'a file where the folder should be')
    const error = await hostErrorOf(
      writeRollingBackup(join(dir, 'nested'), backupRequest(backupText(1, day(16))), day(16)),
    )
    expect(error.message).toMatch(/^The automatic backup could not be written: /)
  })
})

describe('listRollingBackups and readRollingBackup', () => {
  it('lists nothing before the first backup', async () => {
    expect(await listRollingBackups(dir)).toEqual([])
  })

  it('lists rolling backups newest first with their day and size in bytes', async () => {
    await write(1, day(3))
    await write(2, day(9))
    await write(2, day(9, 13), 'before-merge')
    writeFileSync(join(dir, 'other.json'), '{}')
    const bytes = (n: number, at: Date) => Buffer.byteLength(backupText(n, at))
    expect(await listRollingBackups(dir)).toEqual([
      {
        fileName: 'casefile-backup-2024-01-09-130000-before-merge.json',
        kind: 'before-merge',
        date: '2024-01-09',
        createdAt: day(9, 13).getTime(),
        bytes: bytes(2, day(9, 13)),
        counts: expect.objectContaining({ highlights: 2, claims: 0 }),
      },
      expect.objectContaining({
        fileName: name('2024-01-09'),
        kind: 'daily',
        bytes: bytes(2, day(9)),
      }),
      expect.objectContaining({ fileName: name('2024-01-03'), date: '2024-01-03' }),
    ])
  })

  it('reads a listed backup', async () => {
    await write(3, day(3))
    expect(await readRollingBackup(dir, name('2024-01-03'))).toBe(backupText(3, day(3)))
  })

  it('refuses a backup name that is not on disk, even after pruning', async () => {
    for (let n = 1; n <= 6; n++) await write(n, day(n))
    expect((await hostErrorOf(readRollingBackup(dir, name('2024-01-01')))).code).toBe('not-found')
    expect((await hostErrorOf(readRollingBackup(dir, name('2023-05-05')))).code).toBe('not-found')
  })

  it('refuses any other name, even of a file that exists', async () => {
    mkdirSync(dir)
    writeFileSync(join(dir, 'other.json'), '{}')
    writeFileSync(join(root, name('2024-01-01')), 'outside the folder')
    for (const other of [
      'other.json',
      BACKUP_INDEX_FILE,
      `../${name('2024-01-01')}`,
      '../../etc/passwd',
    ]) {
      expect((await hostErrorOf(readRollingBackup(dir, other))).code, other).toBe('invalid-input')
    }
  })
})
