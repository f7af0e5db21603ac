// @vitest-environment happy-dom
import { IMPORT_TOO_LARGE_REASON } from '@shared/api-schemas'
import { MAX_IMPORT_BYTES } from '@shared/import/extracted'
import { IMPORT_ACCEPT } from '@shared/import/format-of'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createWebFilePicker, readBrowserFiles, UNREADABLE_REASON } from './web-file-picker'

/** The file inputs clicked, in order: the browser's chooser stands in as the test. */
let clicked: HTMLInputElement[]
const recordClick = (event: Event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
    clicked.push(event.target)
  }
}
beforeEach(() => {
  clicked = []
  document.addEventListener('click', recordClick)
})
afterEach(() => document.removeEventListener('click', recordClick))

/** The analyst chooses `files` in the chooser `input` opened. */
function choose(input: HTMLInputElement | undefined, files: File[]): void {
  if (!input) throw new Error('no chooser was opened')
  Object.defineProperty(input, 'files', { value: files })
  input.dispatchEvent(new Event('change'))
}

/** A file that says it holds `size` bytes and must not be read. */
function sized(name: string, size: number): File {
  const file = new File(['x'], name)
  Object.defineProperty(file, 'size', { value: size })
  file.arrayBuffer = vi.fn(() => Promise.reject(new Error('read a file over the cap')))
  return file
}

const bytesOf = (text: string) => new TextEncoder().encode(text)

describe('web file picker', () => {
  it('clicks a hidden multiple-file input that accepts the importable formats', () => {
    void createWebFilePicker()()
    const [input] = clicked
    expect(input?.multiple).toBe(true)
    expect(input?.accept).toBe(IMPORT_ACCEPT)
    expect(input?.hidden).toBe(true)
    expect(input?.isConnected).toBe(true)
    input?.dispatchEvent(new Event('cancel'))
  })

  it('lets only one file be chosen when asked for one (a re-import)', () => {
    void createWebFilePicker()({ multiple: false })
    const [input] = clicked
    expect(input?.multiple).toBe(false)
    input?.dispatchEvent(new Event('cancel'))
  })

  it('resolves with the chosen files, in order, and removes the input', async () => {
    const picking = createWebFilePicker()()
    const input = clicked[0]
    choose(input, [new File(['# Notes'], 'notes.md'), new File(['<p>Talks</p>'], 'talks.html')])
    expect(await picking).toEqual([
      { name: 'notes.md', bytes: bytesOf('# Notes') },
      { name: 'talks.html', bytes: bytesOf('<p>Talks</p>') },
    ])
    expect(input?.isConnected).toBe(false)
  })

  it('resolves with nothing when the analyst cancels', async () => {
    const picking = createWebFilePicker()()
    const input = clicked[0]
    input?.dispatchEvent(new Event('cancel'))
    expect(await picking).toEqual([])
    expect(input?.isConnected).toBe(false)
  })

  it('settles a pick the browser never reported as cancelled when the next one starts', async () => {
    const pick = createWebFilePicker()
    const first = pick()
    const second = pick()
    expect(await first).toEqual([])
    expect(clicked[0]?.isConnected).toBe(false)
    choose(clicked[1], [new File(['a'], 'a.txt')])
    expect(await second).toEqual([{ name: 'a.txt', bytes: bytesOf('a') }])
  })
})

describe('reading chosen files', () => {
  it('refuses a file over the cap from its size, without reading it', async () => {
    const huge = sized('huge.pdf', MAX_IMPORT_BYTES + 1)
    expect(await readBrowserFiles([huge])).toEqual([
      { name: 'huge.pdf', refusal: IMPORT_TOO_LARGE_REASON },
    ])
    expect(huge.arrayBuffer).not.toHaveBeenCalled()
  })

  it('answers an empty file with no bytes, for the readers to refuse', async () => {
    expect(await readBrowserFiles([new File([], 'empty.txt')])).toEqual([
      { name: 'empty.txt', bytes: new Uint8Array(0) },
    ])
  })

  it('refuses a file the browser cannot read and still answers the others', async () => {
    const gone = sized('gone.docx', 10)
    expect(await readBrowserFiles([gone, new File(['b'], 'b.txt')])).toEqual([
      { name: 'gone.docx', refusal: UNREADABLE_REASON },
      { name: 'b.txt', bytes: bytesOf('b') },
    ])
  })
})
