import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeWriteError, errorCode } from './fs-errors'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-fs-errors-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const failure = (attempt: Promise<unknown>) =>
  attempt.then(
    () => null,
    (error: unknown) => error,
  )

describe('fs errors', () => {
  it('reads the code of a real file-system error', async () => {
    const error = await failure(readFile(join(dir, 'missing.json')))
    expect(errorCode(error)).toBe('ENOENT')
    expect(describeWriteError(error)).toBe('that folder no longer exists')
  })

  it('describes writing over a folder in plain words', async () => {
    expect(describeWriteError(await failure(writeFile(dir, 'x')))).toBe('a folder has that name')
  })

  it('describes a file standing where a folder should be', async () => {
    writeFileSync(join(dir, 'file'), 'x')
    const notADirectory = await failure(writeFile(join(dir, 'file', 'child'), 'x'))
    expect(describeWriteError(notADirectory)).toBe('part of that path is a file, not a folder')
  })

  it('has no words for codes it does not know, or for other errors', async () => {
    const exists = await failure(mkdir(dir))
    expect(errorCode(exists)).toBe('EEXIST')
    expect(describeWriteError(exists)).toBeNull()
    expect(describeWriteError(new TypeError('boom'))).toBeNull()
    expect(errorCode('ENOENT')).toBeNull()
  })
})
