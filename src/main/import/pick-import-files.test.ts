import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import * as fsPromises from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { IMPORT_TOO_LARGE_REASON } from '../../shared/api-schemas'
import { MAX_IMPORT_BYTES } from '../../shared/import/extracted'
import { IMPORT_EXTENSIONS } from '../../shared/import/format-of'
import {
  importDialogOptions,
  pickImportFiles,
  readPickedFile,
  readPickedFiles,
  type OpenDialogOptions,
} from './pick-import-files'

// Spied, not replaced: the files are real; the spy only says which of them were opened.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof fsPromises>()
  return { ...original, open: vi.fn(original.open) }
})

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-pick-'))
})
beforeEach(() => {
  vi.mocked(fsPromises.open).mockClear()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** A file of `size` zero bytes that takes no disk space (a sparse file). */
function sparse(name: string, size: number): string {
  const path = file(name, '')
  truncateSync(path, size)
  return path
}

const openedPaths = () => vi.mocked(fsPromises.open).mock.calls.map(([path]) => path)

describe('reading picked files', () => {
  it('answers each file by its base name with its bytes, in the order chosen', async () => {
    const notes = file('notes.txt', 'The ceasefire held.\n')
    const page = file('page.html', '<p>émigré</p>')
    const picked = await readPickedFiles([page, notes])
    expect(picked).toEqual([
      { name: 'page.html', bytes: new Uint8Array(Buffer.from('<p>émigré</p>')) },
      { name: 'notes.txt', bytes: new Uint8Array(Buffer.from('The ceasefire held.\n')) },
    ])
  })

  it('answers plain bytes that fill their own buffer, never a pooled Node Buffer', async () => {
    const picked = await readPickedFile(file('small.md', '# A'))
    if (!('bytes' in picked)) throw new Error(picked.refusal)
    expect(Object.getPrototypeOf(picked.bytes)).toBe(Uint8Array.prototype)
    expect(picked.bytes.byteOffset).toBe(0)
    expect(picked.bytes.buffer.byteLength).toBe(3)
  })

  it('answers an empty file with no bytes, for the readers to refuse in their words', async () => {
    expect(await readPickedFile(file('empty.txt', ''))).toEqual({
      name: 'empty.txt',
      bytes: new Uint8Array(0),
    })
  })

  it('refuses a file over the cap from its size, without opening it', async () => {
    const path = sparse('huge.pdf', MAX_IMPORT_BYTES + 1)
    expect(await readPickedFile(path)).toEqual({
      name: 'huge.pdf',
      refusal: 'is larger than the 50 MB Casefile imports.',
    })
    expect(IMPORT_TOO_LARGE_REASON).toBe('is larger than the 50 MB Casefile imports.')
    expect(openedPaths()).toEqual([])
  })

  it('reads a file of exactly the cap', async () => {
    const picked = await readPickedFile(sparse('limit.pdf', MAX_IMPORT_BYTES))
    expect('bytes' in picked && picked.bytes.length).toBe(MAX_IMPORT_BYTES)
  })

  it('reads at most a budget per pick: a file that would pass it is refused unread, a smaller one after it still fits', async () => {
    const MiB = 1024 * 1024
    const first = sparse('first.pdf', 1.5 * MiB)
    const second = sparse('second.pdf', MiB)
    const third = sparse('third.pdf', 0.5 * MiB)
    const picked = await readPickedFiles([first, second, third], 2 * MiB)
    expect(picked.map((p) => ('bytes' in p ? p.bytes.length : p.refusal))).toEqual([
      1.5 * MiB,
      'was not read: the files chosen together pass 2 MB. Import it in another pick.',
      0.5 * MiB,
    ])
    expect(openedPaths()).toEqual([first, third])
  })

  it('refuses a file that is gone, and still answers the others', async () => {
    const kept = file('kept.txt', 'x')
    expect(await readPickedFiles([join(dir, 'gone.txt'), kept])).toEqual([
      { name: 'gone.txt', refusal: 'could not be read: it may have been moved or deleted.' },
      { name: 'kept.txt', bytes: new Uint8Array([0x78]) },
    ])
  })

  it('refuses a folder without opening it', async () => {
    const folder = join(dir, 'reports.md')
    mkdirSync(folder)
    expect(await readPickedFile(folder)).toEqual({
      name: 'reports.md',
      refusal: 'is a folder, not a file.',
    })
    expect(openedPaths()).toEqual([])
  })

  it('judges the file actually opened when the path is replaced after the stat', async () => {
    const swapped = sparse('swapped.pdf', MAX_IMPORT_BYTES + 1)
    const { open } = await vi.importActual<typeof fsPromises>('node:fs/promises')
    vi.mocked(fsPromises.open).mockImplementationOnce(() => open(swapped, 'r'))
    expect(await readPickedFile(file('small.pdf', '%PDF-'))).toEqual({
      name: 'small.pdf',
      refusal: IMPORT_TOO_LARGE_REASON,
    })
  })

  it('refuses a file whose length moves while it is read', async () => {
    const { open } = await vi.importActual<typeof fsPromises>('node:fs/promises')
    const path = file('growing.txt', 'abc')
    for (const delta of [1, -1]) {
      vi.mocked(fsPromises.open).mockImplementationOnce(async () => {
        const handle = await open(path, 'r')
        const stats = await handle.stat()
        // The size the open file reports, off by one: as if it changed after that stat.
        stats.size += delta
        vi.spyOn(handle, 'stat').mockResolvedValue(stats)
        return handle
      })
      expect(await readPickedFile(path), String(delta)).toEqual({
        name: 'growing.txt',
        refusal: 'changed while Casefile was reading it: try again once it is saved.',
      })
    }
  })

  it.skipIf(process.platform === 'win32')(
    'refuses a named pipe without opening it (opening would wait for a writer)',
    async () => {
      const pipe = join(dir, 'pipe.txt')
      execFileSync('mkfifo', [pipe])
      expect(await readPickedFile(pipe)).toEqual({
        name: 'pipe.txt',
        refusal: 'is not an ordinary file.',
      })
      expect(openedPaths()).toEqual([])
    },
  )
})

describe('picking files to import', () => {
  it('opens a multi-file Open dialog filtered to the importable formats, then All files', () => {
    const options = importDialogOptions()
    expect(options.properties).toEqual(['openFile', 'multiSelections'])
    expect(options.filters).toEqual([
      { name: 'Documents', extensions: IMPORT_EXTENSIONS },
      { name: 'All files', extensions: ['*'] },
    ])
    expect(options.filters[0]?.extensions).toEqual(
      expect.arrayContaining(['txt', 'md', 'html', 'pdf', 'docx']),
    )
  })

  it('reads what the dialog answers', async () => {
    const openings: OpenDialogOptions[] = []
    const path = file('brief.md', '# Brief')
    const picked = await pickImportFiles(async (options) => {
      openings.push(options)
      return [path]
    })
    expect(picked).toEqual([{ name: 'brief.md', bytes: new Uint8Array(Buffer.from('# Brief')) }])
    expect(openings).toEqual([importDialogOptions()])
  })

  it('answers nothing, reading nothing, when the analyst cancels', async () => {
    expect(await pickImportFiles(async () => [])).toEqual([])
    expect(openedPaths()).toEqual([])
  })

  it('refuses a relative path from the dialog as a fault, reading nothing', async () => {
    await expect(pickImportFiles(async () => ['notes.txt'])).rejects.toThrow(/relative path/)
    expect(openedPaths()).toEqual([])
  })
})
