import { describe, expect, it } from 'vitest'
import { formatBytes, readStorageReport, requestPersistentStorage } from './storage'

function fakeStorage(opts: { persisted: boolean; grant: boolean; usage?: number; quota?: number }) {
  let persisted = opts.persisted
  return {
    persisted: async () => persisted,
    persist: async () => {
      persisted = opts.grant
      return opts.grant
    },
    estimate: async () => ({ usage: opts.usage, quota: opts.quota }),
    getDirectory: async () => {
      throw new Error('unused')
    },
  } as unknown as StorageManager
}

describe('requestPersistentStorage', () => {
  it('reports granted when already persisted or newly granted', async () => {
    expect(await requestPersistentStorage(fakeStorage({ persisted: true, grant: false }))).toBe(
      'granted',
    )
    expect(await requestPersistentStorage(fakeStorage({ persisted: false, grant: true }))).toBe(
      'granted',
    )
  })

  it('reports denied when the browser refuses, and unsupported without the API', async () => {
    expect(await requestPersistentStorage(fakeStorage({ persisted: false, grant: false }))).toBe(
      'denied',
    )
    expect(await requestPersistentStorage(null)).toBe('unsupported')
  })
})

describe('readStorageReport', () => {
  it('reads usage and quota', async () => {
    const report = await readStorageReport(
      fakeStorage({ persisted: true, grant: true, usage: 2048, quota: 10 ** 9 }),
    )
    expect(report).toEqual({ persistence: 'granted', usage: 2048, quota: 10 ** 9 })
  })
})

describe('formatBytes', () => {
  it('uses decimal units with one decimal', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(999)).toBe('999 B')
    expect(formatBytes(12_345)).toBe('12.3 KB')
    expect(formatBytes(4_100_000)).toBe('4.1 MB')
  })
})
