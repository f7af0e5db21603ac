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
import { HostError } from '../../shared/api'
import {
  listRollingBackups,
  readRollingBackup,
  rollingBackupDay,
  rollingBackupFileName,
  rollingBackupsToPrune,
  writeRollingBackup,
} from './rolling-backups'
import { temporaryPathFor } from '../files/write-file-atomic'

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
const backup = (n: number) => JSON.stringify({ version: 1, day: n })

async function hostError(attempt: Promise<unknown>): Promise<HostError> {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof HostError)) throw new Error(`expected a HostError, got ${String(error)}`)
  return error
}

describe('rolling backup names', () => {
  it('names the file after the local calendar day, late at night and just after midnight', () => {
    expect(rollingBackupFileName(new Date(2024, 0, 16, 23, 59))).toBe(name('2024-01-16'))
    expect(rollingBackupFileName(new Date(2024, 0, 17, 0, 1))).toBe(name('2024-01-17'))
    expect(rollingBackupFileName(new Date(987, 8, 5))).toBe(name('0987-09-05'))
  })

  it('reads the day back only from a rolling backup name', () => {
    expect(rollingBackupDay(name('2024-02-29'))).toBe('2024-02-29')
    expect(rollingBackupDay(`${name('2024-02-29')}.bak`)).toBeNull()
    expect(rollingBackupDay('casefile-backup-latest.json')).toBeNull()
  })

  it('prunes all but the newest five, never the one just written', () => {
    const names = ['notes.txt', ...[1, 2, 3, 4, 5, 6, 7].map((n) => name(`2024-01-0${n}`))]
    expect(rollingBackupsToPrune(names, name('2024-01-07'))).toEqual([
      name('2024-01-02'),
      name('2024-01-01'),
    ])
    // A file dated in the future (a wrong clock once) does not push today's file out.
    const future = [name('2031-01-01'), name('2030-01-01'), name('2029-01-01'), name('2028-01-01')]
    expect(
      rollingBackupsToPrune(
        [...future, name('2027-01-01'), name('2024-01-07')],
        name('2024-01-07'),
      ),
    ).toEqual([name('2027-01-01')])
  })
})

describe('writeRollingBackup', () => {
  it('creates the folder and writes the backup of the day', async () => {
    const written = await writeRollingBackup(dir, backup(16), day(16))
    expect(written).toEqual({ fileName: name('2024-01-16'), kept: [name('2024-01-16')] })
    expect(readFileSync(join(dir, name('2024-01-16')), 'utf8')).toBe(backup(16))
  })

  it('keeps the five newest of six days, and says which', async () => {
    let last
    for (let n = 10; n <= 15; n++) last = await writeRollingBackup(dir, backup(n), day(n))
    const expected = [15, 14, 13, 12, 11].map((n) => name(`2024-01-${n}`))
    expect(last?.kept).toEqual(expected)
    expect(readdirSync(dir).sort()).toEqual([...expected].sort())
    expect(readFileSync(join(dir, name('2024-01-11')), 'utf8')).toBe(backup(11))
  })

  it('keeps one file a day, holding the newest backup of that day', async () => {
    await writeRollingBackup(dir, 'morning', day(16, 9))
    const evening = await writeRollingBackup(dir, 'evening', day(16, 21))
    expect(evening.kept).toEqual([name('2024-01-16')])
    expect(readdirSync(dir)).toEqual([name('2024-01-16')])
    expect(readFileSync(join(dir, name('2024-01-16')), 'utf8')).toBe('evening')
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
    for (let n = 1; n <= 7; n++) await writeRollingBackup(dir, backup(n), day(n))
    for (const [file, text] of Object.entries(foreign)) {
      expect(readFileSync(join(dir, file), 'utf8')).toBe(text)
    }
    expect(readdirSync(dir)).toContain(name('2019-12-31'))
    expect(readdirSync(dir).filter((file) => rollingBackupDay(file) !== null)).toHaveLength(6)
  })

  it('survives two writes at once on the same day', async () => {
    await Promise.all([
      writeRollingBackup(dir, 'first', day(16, 9)),
      writeRollingBackup(dir, 'second', day(16, 9)),
    ])
    expect(readdirSync(dir)).toEqual([name('2024-01-16')])
    expect(['first', 'second']).toContain(readFileSync(join(dir, name('2024-01-16')), 'utf8'))
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
    await writeRollingBackup(dir, backup(16), day(16))
    const files = readdirSync(dir)
    expect(files).not.toContain(crashed)
    expect(files).toContain(underWay)
    expect(files).toContain(someoneElses)
  })

  it('explains a backup folder it cannot create', async () => {
    writeFileSync(dir, 'a file where the folder should be')
    const error = await hostError(writeRollingBackup(join(dir, 'nested'), 'x', day(16)))
    expect(error.message).toMatch(/^The automatic backup could not be written: /)
  })
})

describe('listRollingBackups and readRollingBackup', () => {
  it('lists nothing before the first backup', async () => {
    expect(await listRollingBackups(dir)).toEqual([])
  })

  it('lists rolling backups newest first with their day and size in bytes', async () => {
    await writeRollingBackup(dir, '{"note":"é"}', day(3))
    await writeRollingBackup(dir, '{}', day(9))
    writeFileSync(join(dir, 'other.json'), '{}')
    expect(await listRollingBackups(dir)).toEqual([
      { fileName: name('2024-01-09'), date: '2024-01-09', bytes: 2 },
      { fileName: name('2024-01-03'), date: '2024-01-03', bytes: 13 },
    ])
  })

  it('reads a listed backup', async () => {
    await writeRollingBackup(dir, backup(3), day(3))
    expect(await readRollingBackup(dir, name('2024-01-03'))).toBe(backup(3))
  })

  it('refuses a backup name that is not on disk, even after pruning', async () => {
    for (let n = 1; n <= 6; n++) await writeRollingBackup(dir, backup(n), day(n))
    expect((await hostError(readRollingBackup(dir, name('2024-01-01')))).code).toBe('not-found')
    expect((await hostError(readRollingBackup(dir, name('2023-05-05')))).code).toBe('not-found')
  })

  it('refuses any other name, even of a file that exists', async () => {
    mkdirSync(dir)
    writeFileSync(join(dir, 'other.json'), '{}')
    writeFileSync(join(root, name('2024-01-01')), 'outside the folder')
    for (const other of ['other.json', `../${name('2024-01-01')}`, '../../etc/passwd']) {
      expect((await hostError(readRollingBackup(dir, other))).code, other).toBe('invalid-input')
    }
  })
})
