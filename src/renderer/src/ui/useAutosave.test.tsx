// @vitest-environment happy-dom
import { act, useEffect } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { keepDraft, keptDraft } from './drafts'
import { mountPerTest } from './testing/mount-per-test'
import { useAutosave } from './useAutosave'

const view = mountPerTest()
const KEY = 'note:claim:c1'
// Far longer than any test: a save seen here did not come from the pause timer.
const NEVER_MS = 60 * 60 * 1000

let type: (value: string) => void = () => {}
const expose = (setDraft: (value: string) => void) => (type = setDraft)

function Note({ saved, onSave }: { saved: string; onSave: (value: string) => void }) {
  const { draft, setDraft } = useAutosave(saved, onSave, { delay: NEVER_MS, draftKey: KEY })
  useEffect(() => void expose(setDraft), [setDraft])
  return <textarea readOnly value={draft} />
}

const textarea = () => view.container.querySelector('textarea')!

beforeEach(() => localStorage.clear())

describe('useAutosave', () => {
  it('keeps every change synchronously until the database holds it', () => {
    const saves: string[] = []
    act(() => view.root.render(<Note saved="" onSave={(v) => saves.push(v)} />))
    act(() => type('Half a sentence'))
    // Stored the moment it was typed, with no save yet: nothing waits on a timer.
    expect(keptDraft(KEY)).toBe('Half a sentence')
    expect(saves).toEqual([])
    act(() => view.root.render(<Note saved="Half a sentence" onSave={(v) => saves.push(v)} />))
    expect(keptDraft(KEY)).toBeNull()
  })

  it('saves at once when the page is hidden or closed, not after the pause', () => {
    const saves: string[] = []
    act(() => view.root.render(<Note saved="" onSave={(v) => saves.push(v)} />))
    act(() => type('typed'))
    act(() => void window.dispatchEvent(new Event('pagehide')))
    expect(saves).toEqual(['typed'])
    act(() => type('typed more'))
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    act(() => void document.dispatchEvent(new Event('visibilitychange')))
    delete (document as { visibilityState?: string }).visibilityState
    expect(saves).toEqual(['typed', 'typed more'])
  })

  it('takes up a draft kept from a page that closed, shows it and saves it', () => {
    keepDraft(KEY, 'typed before the tab closed')
    const saves: string[] = []
    act(() => view.root.render(<Note saved="old note" onSave={(v) => saves.push(v)} />))
    expect(textarea().value).toBe('typed before the tab closed')
    act(() => view.root.unmount())
    expect(saves).toEqual(['typed before the tab closed'])
  })
})
