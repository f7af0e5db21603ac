import { posix, win32 } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Channels, exportExtensions, type ExportFormat } from './api'
import { MAX_IMPORT_BYTES } from './import/extracted'
import {
  channelInput,
  IMPORT_TOO_LARGE_REASON,
  MAX_FILE_NAME_CHARS,
  MAX_FILE_BYTES,
  pickedFilesSchema,
  rollingBackupWriteSchema,
  rollingBackupNameSchema,
  saveExportRequestSchema,
  withExportExtension,
} from './api-schemas'

const FORMATS = Object.keys(exportExtensions) as ExportFormat[]
const request = (suggestedName: string, format: ExportFormat = 'markdown') => ({
  suggestedName,
  content: '# Brief',
  format,
})

describe('save export request', () => {
  it('appends the extension of each format when the name lacks it', () => {
    const names = FORMATS.map(
      (format) => saveExportRequestSchema.parse(request('brief-2024-01-16', format)).fileName,
    )
    expect(names).toEqual([
      'brief-2024-01-16.md',
      'brief-2024-01-16.json',
      'brief-2024-01-16.jsonld',
      'brief-2024-01-16.csv',
    ])
  })

  it('keeps an extension already there, in any case, and only the matching one', () => {
    expect(saveExportRequestSchema.parse(request('Brief.MD')).fileName).toBe('Brief.MD')
    expect(saveExportRequestSchema.parse(request('claims.json', 'jsonld')).fileName).toBe(
      'claims.json.jsonld',
    )
    expect(withExportExtension('timeline.csv', 'csv')).toBe('timeline.csv')
  })

  it('keeps the content and format as given', () => {
    const content = 'quote with `ticks`, | pipes and émigré text\r\n'
    expect(saveExportRequestSchema.parse({ ...request('x'), content, format: 'csv' })).toEqual({
      fileName: 'x.csv',
      content,
      format: 'csv',
    })
  })

  it.each([
    ['a parent folder', '../x.md'],
    ['a folder', 'a/b.md'],
    ['a Windows drive path', 'C:\\x.md'],
    ['a NUL byte', 'brief\u0000.md'],
    ['a control character', 'brief\n.md'],
    ['dot-dot inside', 'brief..md'],
    ['only dots', '..'],
    ['a leading dot', '.bashrc'],
    ['a trailing space', 'brief '],
    ['a reserved character', 'who?.md'],
    ['nothing', ''],
    ['too many characters', 'b'.repeat(MAX_FILE_NAME_CHARS + 1)],
  ])('refuses a name with %s', (_what, name) => {
    expect(saveExportRequestSchema.safeParse(request(name)).success).toBe(false)
  })

  it('accepts a name of exactly the maximum length', () => {
    const name = 'b'.repeat(MAX_FILE_NAME_CHARS)
    expect(saveExportRequestSchema.parse(request(name)).fileName).toBe(`${name}.md`)
  })

  it('refuses a request that carries a path or an unknown format', () => {
    expect(saveExportRequestSchema.safeParse({ ...request('x'), path: '/etc/x' }).success).toBe(
      false,
    )
    expect(saveExportRequestSchema.safeParse({ ...request('x'), format: 'exe' }).success).toBe(
      false,
    )
    expect(saveExportRequestSchema.safeParse({ ...request('x'), content: 42 }).success).toBe(false)
  })

  it('never lets through a name that could leave the folder it is saved in', () => {
    const hostile = fc.string({
      unit: fc.constantFrom('a', 'b', '.', '/', '\\', ':', ' ', '-', '\u0000'),
      maxLength: 12,
    })
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string()), fc.constantFrom(...FORMATS), (name, format) => {
        const parsed = saveExportRequestSchema.safeParse(request(name, format))
        if (!parsed.success) return
        const { fileName } = parsed.data
        expect(posix.basename(fileName)).toBe(fileName)
        expect(win32.basename(fileName)).toBe(fileName)
        expect(['/', '\\', '\u0000', '..'].some((bad) => fileName.includes(bad))).toBe(false)
        expect(fileName.toLowerCase().endsWith(`.${exportExtensions[format]}`)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('rolling backup names and requests', () => {
  it('accepts the names of every kind of automatic backup', () => {
    for (const name of [
      'casefile-backup-2024-01-16.json',
      'casefile-backup-2024-01-16-235959-before-restore.json',
      'casefile-backup-2024-01-16-000000-smaller.json',
    ]) {
      expect(rollingBackupNameSchema.parse(name)).toBe(name)
    }
  })

  it.each([
    '../casefile-backup-2024-01-16.json',
    'backups/casefile-backup-2024-01-16.json',
    'casefile-backup-2024-13-01.json',
    'casefile-backup-2024-01-16.json.bak',
    'casefile-backup-2024-1-6.json',
    'casefile-backup-2024-01-16-120000-../x.json',
    'casefile-backups-index.json',
    'Preferences',
  ])('refuses %s', (name) => {
    expect(rollingBackupNameSchema.safeParse(name).success).toBe(false)
  })

  const request = {
    content: '{"version":1}',
    kind: 'daily',
    counts: { highlights: 1 },
    fingerprint: 'a'.repeat(64),
  }

  it('accepts what the renderer sends and refuses an empty backup', () => {
    expect(rollingBackupWriteSchema.safeParse(request).success).toBe(true)
    expect(rollingBackupWriteSchema.safeParse({ ...request, content: '' }).success).toBe(false)
  })
})

describe('the one file cap', () => {
  it('counts UTF-8 bytes, so text that fits in characters but not in bytes is refused', () => {
    const save = (content: string) =>
      saveExportRequestSchema.safeParse({ suggestedName: 'b', content, format: 'json' }).success
    // Under the cap in characters, over it in bytes (each € is three).
    const euros = '€'.repeat(Math.floor(MAX_FILE_BYTES / 3) + 1)
    expect(euros.length).toBeLessThan(MAX_FILE_BYTES)
    expect(save(euros)).toBe(false)
    expect(save('€'.repeat(1000))).toBe(true)
  })
})

describe('picked files', () => {
  const ok = (value: unknown) => pickedFilesSchema.safeParse(value).success

  it('accepts base names with their bytes or a refusal, and nothing picked', () => {
    expect(
      ok([
        { name: 'notes.txt', bytes: new Uint8Array([104, 105]) },
        { name: 'empty.md', bytes: new Uint8Array(0) },
        { name: 'huge.pdf', refusal: IMPORT_TOO_LARGE_REASON },
      ]),
    ).toBe(true)
    expect(ok([])).toBe(true)
  })

  it('says a file is too large in the words the readers use', () => {
    expect(IMPORT_TOO_LARGE_REASON).toBe('is larger than the 50 MB Casefile imports.')
  })

  it.each([
    ['a path for a name', [{ name: '/home/analyst/notes.txt', bytes: new Uint8Array(1) }]],
    ['no name', [{ name: '', bytes: new Uint8Array(1) }]],
    ['bytes as an array of numbers', [{ name: 'a.txt', bytes: [1, 2] }]],
    ['bytes and a refusal', [{ name: 'a.txt', bytes: new Uint8Array(1), refusal: 'no' }]],
    ['neither bytes nor a refusal', [{ name: 'a.txt' }]],
    ['an empty refusal', [{ name: 'a.txt', refusal: '' }]],
    ['a path beside the name', [{ name: 'a.txt', bytes: new Uint8Array(1), path: '/a.txt' }]],
  ])('refuses %s', (_what, value) => {
    expect(ok(value)).toBe(false)
  })

  it('refuses a view into a larger buffer, which would clone all of it', () => {
    const pool = new Uint8Array(8192)
    expect(ok([{ name: 'a.txt', bytes: pool.subarray(16, 32) }])).toBe(false)
    expect(ok([{ name: 'a.txt', bytes: pool.slice(16, 32) }])).toBe(true)
  })

  it('refuses bytes over the import cap', () => {
    expect(ok([{ name: 'a.pdf', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) }])).toBe(false)
  })
})

describe('channel inputs', () => {
  it('has a schema for every channel and no other', () => {
    expect(Object.keys(channelInput).sort()).toEqual(Object.values(Channels).sort())
  })
})
