// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HostError } from '@shared/api'
import { createWebHost } from './web-host'

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

async function hostError(attempt: Promise<unknown>): Promise<HostError> {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof HostError)) throw new Error(`expected a HostError, got ${String(error)}`)
  return error
}

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
      const error = await hostError(host.saveExport({ suggestedName, content: 'x', format: 'csv' }))
      expect(error.code, suggestedName).toBe('invalid-input')
      expect(error.message).toMatch(/^The export could not be saved: /)
    }
    expect(downloaded).toEqual([])
  })
})
