// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
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

describe('web host imports', () => {
  it('picks files through the browser chooser, nothing when cancelled', async () => {
    const host = createWebHost()
    const inputs: HTMLInputElement[] = []
    const recordInput = (event: Event) => {
      if (event.target instanceof HTMLInputElement) inputs.push(event.target)
    }
    document.addEventListener('click', recordInput)
    try {
      const picking = host.pickImportFiles()
      Object.defineProperty(inputs[0], 'files', { value: [new File(['Talks'], 'talks.txt')] })
      inputs[0]?.dispatchEvent(new Event('change'))
      expect(await picking).toEqual([
        { name: 'talks.txt', bytes: new TextEncoder().encode('Talks') },
      ])
      const cancelled = host.pickImportFiles()
      inputs[1]?.dispatchEvent(new Event('cancel'))
      expect(await cancelled).toEqual([])
    } finally {
      document.removeEventListener('click', recordInput)
    }
  })

  it('never asks for an import itself, and unsubscribes quietly', () => {
    const listener = vi.fn()
    const unsubscribe = createWebHost().onImportRequested(listener)
    unsubscribe()
    expect(listener).not.toHaveBeenCalled()
  })
})
