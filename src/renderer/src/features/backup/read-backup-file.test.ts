import { describe, expect, it } from 'vitest'
import { readBackupFile } from './read-backup-file'

const blob = (bytes: Uint8Array | string) =>
  new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)])

describe('readBackupFile', () => {
  it('reads UTF-8 text, with or without a byte-order mark', async () => {
    expect(await readBackupFile(blob('{"a":"ایران"}'))).toEqual({ ok: true, text: '{"a":"ایران"}' })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{}')])
    expect(await readBackupFile(blob(withBom))).toEqual({ ok: true, text: '{}' })
  })

  it('refuses UTF-16 and other non-UTF-8 bytes with a reason', async () => {
    const utf16 = await readBackupFile(blob(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])))
    expect(utf16).toMatchObject({ ok: false, message: expect.stringContaining('UTF-16') })
    const latin1 = await readBackupFile(blob(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])))
    expect(latin1).toMatchObject({ ok: false, message: expect.stringContaining('not UTF-8') })
  })

  it('refuses an empty file and one larger than the limit without reading it', async () => {
    expect(await readBackupFile(blob(''))).toMatchObject({
      ok: false,
      message: 'This file is empty.',
    })
    const huge = { size: 600 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) }
    expect(await readBackupFile(huge)).toMatchObject({
      ok: false,
      message: expect.stringContaining('600 MB'),
    })
  })
})
