// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { downloadBlob, exportBlob, REVOKE_AFTER_MS } from './web-download'

/** What the browser would start downloading: the clicked link's name and address. */
interface Download {
  fileName: string
  href: string
  inDocument: boolean
}

let downloads: Download[]
const recordDownload = (event: Event) => {
  const link = event.target
  if (!(link instanceof HTMLAnchorElement)) return
  downloads.push({ fileName: link.download, href: link.href, inDocument: link.isConnected })
  // happy-dom would navigate to the link; a browser with `download` set would not.
  event.preventDefault()
}

beforeEach(() => {
  downloads = []
  document.addEventListener('click', recordDownload)
})
afterEach(() => {
  document.removeEventListener('click', recordDownload)
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('exportBlob', () => {
  it('holds the content as UTF-8 with the media type of the format', async () => {
    const content = 'Émigré “quotes” | 中文 🙂\r\n'
    const blob = exportBlob(content, 'markdown')
    expect(blob.type).toBe('text/markdown;charset=utf-8')
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new TextEncoder().encode(content))
    expect(exportBlob('{}', 'jsonld').type).toBe('application/ld+json;charset=utf-8')
    expect(exportBlob('a,b', 'csv').type).toBe('text/csv;charset=utf-8')
  })
})

describe('downloadBlob', () => {
  it('clicks a link to an object URL under the file name, then takes the link away', () => {
    downloadBlob(exportBlob('# x', 'markdown'), 'brief-2024-01-16.md')
    expect(downloads).toHaveLength(1)
    expect(downloads[0]).toMatchObject({ fileName: 'brief-2024-01-16.md', inDocument: true })
    expect(downloads[0]?.href).toMatch(/^blob:/)
    expect(document.querySelectorAll('a')).toHaveLength(0)
  })

  it('revokes the object URL only after the browser has had time to read it', () => {
    vi.useFakeTimers()
    const revoke = vi.spyOn(URL, 'revokeObjectURL')
    downloadBlob(exportBlob('x', 'json'), 'x.json')
    const href = downloads[0]?.href
    vi.advanceTimersByTime(REVOKE_AFTER_MS - 1)
    expect(revoke).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(revoke).toHaveBeenCalledExactlyOnceWith(href)
  })
})
