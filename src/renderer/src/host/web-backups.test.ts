import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { RollingBackupWrite } from '@shared/api'
import { countRows, type RequestedBackupKind } from '@shared/backup/rolling-policy'
import { createWebBackupStore } from './web-backups'
import { hostErrorOf } from '@shared/testing/host-error-of'
import { failWritesTo } from '../db/test-db'

const day = (n: number, hour = 12) => new Date(2024, 0, n, hour)

function storeAt(clock: { now: Date }) {
  return createWebBackupStore(
    'backups',
    { indexedDB: new IDBFactory(), IDBKeyRange },
    () => clock.now,
  )
}

function request(highlights: number, kind: RequestedBackupKind = 'daily'): RollingBackupWrite {
  const tables = { highlights: Array.from({ length: highlights }, (_, i) => ({ id: `h${i}` })) }
  const content = JSON.stringify({ createdAt: 'x', tables })
  // The fingerprint only has to tell different work apart here.
  const fingerprint = highlights.toString(16).padStart(64, '0')
  return { content, kind, counts: countRows(tables), fingerprint }
}

describe('the web host’s automatic backups', () => {
  it('keeps, lists and reads back backups by the same rule as the desktop app', async () => {
    const clock = { now: day(1) }
    const store = storeAt(clock)
    for (let n = 1; n <= 6; n++) {
      clock.now = day(n)
      await store.write(request(n * 10))
    }
    const listed = await store.list()
    expect(listed.map((b) => b.date)).toEqual([6, 5, 4, 3, 2].map((n) => `2024-01-0${n}`))
    expect(listed[0]).toMatchObject({ kind: 'daily', counts: { highlights: 60 } })
    expect(await store.read('casefile-backup-2024-01-02.json')).toBe(request(20).content)
    expect((await hostErrorOf(store.read('casefile-backup-2024-01-01.json'))).code).toBe(
      'not-found',
    )
    expect((await hostErrorOf(store.read('../x'))).code).toBe('invalid-input')
  })

  it('keeps a copy before an erase and never lets the emptied workspace replace good backups', async () => {
    const clock = { now: day(1) }
    const store = storeAt(clock)
    await store.write(request(300))
    clock.now = day(1, 14)
    expect((await store.write(request(300, 'before-erase'))).outcome).toBe('written')
    for (let n = 1; n <= 9; n++) {
      clock.now = day(n, 15)
      await store.write(request(0))
    }
    const kinds = (await store.list()).map((b) => b.kind)
    expect(kinds.filter((k) => k === 'smaller')).toHaveLength(1)
    expect(kinds).toContain('before-erase')
    expect(await store.read('casefile-backup-2024-01-01.json')).toBe(request(300).content)
  })

  it('refuses what the desktop app refuses', async () => {
    const store = storeAt({ now: day(1) })
    const error = await hostErrorOf(store.write({ ...request(1), fingerprint: 'nope' }))
    expect(error.code).toBe('invalid-input')
    expect(await store.list()).toEqual([])
  })

  it('says in plain words when the browser has no room left, keeping what it had', async () => {
    const indexedDB = new IDBFactory()
    const store = createWebBackupStore('full', { indexedDB, IDBKeyRange }, () => day(2))
    await store.write(request(5))
    // The probe is another connection to the same database, as a full disk affects all.
    const probe = new Dexie('full', { indexedDB, IDBKeyRange })
    await failWritesTo(probe, 'contents')
    probe.close()
    const error = await hostErrorOf(store.write(request(9, 'before-erase')))
    expect(error.message).toMatch(
      /^The automatic backup could not be kept: the browser has no storage space left/,
    )
    expect((await store.list()).map((b) => b.counts?.highlights)).toEqual([5])
  })
})
