// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWebHost } from './web-host'
import { hostErrorOf } from '@shared/testing/host-error-of'

let downloaded: string[]
const recordDownload = (event: Event) => {
  if (event.target instanceof HTMLAnchorElement) downloaded.push(event.target.download)
  event.preventDefault()
}
beforeEach(() => {
  downloaded = []
  document.addEventListener('click', recordDownload)
})
afterEach(() => document.removeEventListener('click', recordDownload))

describe('web host exports', () => {
  it('downloads an export under the suggested name with its extension', async () => {
    const host = createWebHost()
    const result = await host.saveExport({
      suggestedName: 'border-brief-2024-01-16',
      content: '# Brief',
      format: 'markdown',
    })
    expect(result).toEqual({ saved: true, fileName: 'border-brief-2024-01-16.md' })
    expect(downloaded).toEqual(['border-brief-2024-01-16.md'])
  })

  it('refuses the names the desktop app refuses, without downloading', async () => {
    const host = createWebHost()
    for (const suggestedName of ['../x.md', 'a/b.md', 'C:\\x.md', 'x\u0000.md']) {
      const error = await hostErrorOf(
        host.saveExport({ suggestedName, content: 'x', format: 'csv' }),
      )
      expect(error.code, suggestedName).toBe('invalid-input')
      expect(error.message).toMatch(/^The export could not be saved: /)
    }
    expect(downloaded).toEqual([])
  })
})
