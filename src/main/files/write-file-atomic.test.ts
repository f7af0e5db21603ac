import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from './write-file-atomic'

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
