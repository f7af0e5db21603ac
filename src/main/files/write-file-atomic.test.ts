import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { atomicWriteTarget, temporaryPathFor, writeFileAtomic } from './write-file-atomic'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-atomic-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('writeFileAtomic', () => {
  it('writes the content as UTF-8 bytes, exactly', async () => {
    const content = 'Émigré “quotes” — 中文 🙂\r\nlast line without newline'
    const path = join(dir, 'brief.md')
    await writeFileAtomic(path, content)
    expect(readFileSync(path).equals(Buffer.from(content, 'utf8'))).toBe(true)
    expect(readdirSync(dir)).toEqual(['brief.md'])
  })

  it('replaces an existing file and leaves no temporary file', async () => {
    const path = join(dir, 'brief.md')
    writeFileSync(path, 'old and longer content than the new one')
    await writeFileAtomic(path, 'new')
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['brief.md'])
  })

  it('writes an empty file', async () => {
    const path = join(dir, 'empty.csv')
    await writeFileAtomic(path, '')
    expect(readFileSync(path, 'utf8')).toBe('')
  })

  it('on failure leaves what was there and no temporary file', async () => {
    // A folder where the file should go: the final rename fails after the data is written.
    const path = join(dir, 'brief.md')
    mkdirSync(path)
    writeFileSync(join(path, 'inside.txt'), 'kept')
    await expect(writeFileAtomic(path, 'new content')).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['brief.md'])
    expect(readFileSync(join(path, 'inside.txt'), 'utf8')).toBe('kept')
  })

  it('rejects when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.md'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    })
  })
})

describe('atomicWriteTarget', () => {
  it('recognises the temporary files writeFileAtomic writes, and names their target', () => {
    const temporary = basename(
      temporaryPathFor(join('/somewhere', 'casefile-backup-2024-01-16.json')),
    )
    expect(atomicWriteTarget(temporary)).toBe('casefile-backup-2024-01-16.json')
  })

  it('ignores every other name, including look-alikes', () => {
    for (const name of [
      'casefile-backup-2024-01-16.json',
      '.casefile-backup-2024-01-16.json.tmp',
      '.notes.txt.1234.tmp',
      'x.casefile-backup-2024-01-16.json.0b6f5a52-3f0e-4a51-9d5e-1c2b3a4d5e6f.tmp',
      '.casefile-backup-2024-01-16.json.0B6F5A52-3F0E-4A51-9D5E-1C2B3A4D5E6F.tmp',
    ]) {
      expect(atomicWriteTarget(name), name).toBeNull()
    }
  })
})
