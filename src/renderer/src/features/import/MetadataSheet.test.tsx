// @vitest-environment happy-dom
import { act, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { emptyHints, type ExtractedDocument } from '@shared/import/extracted'
import { draftFromHints, type MetadataDraft } from '@shared/import/metadata-draft'
import { mountPerTest } from '../../ui/testing/mount-per-test'
import type { ImportItem } from './import-queue'
import { MetadataSheet } from './MetadataSheet'

const view = mountPerTest()

const extracted: ExtractedDocument = {
  format: 'html',
  fileName: 'dawn.html',
  blocks: [{ kind: 'paragraph', level: 0, text: 'Pakistan struck targets in Iran.', marks: [] }],
  hints: { ...emptyHints(), title: 'Pakistan strikes back', outlet: 'Dawn' },
  notices: ['Left out 1 pull quote repeating the article’s own words.'],
  encoding: 'UTF-8',
}

/** The sheet as the dialog holds it: edits go to state, Add calls `onAdd`. */
function Sheet({ onAdd, onSkip }: { onAdd: () => Promise<boolean>; onSkip: () => void }) {
  const [draft, setDraft] = useState<MetadataDraft>(draftFromHints(extracted.hints, 'dawn.html'))
  const item: ImportItem & { status: 'review' } = {
    key: 1,
    fileName: 'dawn.html',
    status: 'review',
    extracted,
    draft,
  }
  return <MetadataSheet item={item} onEdit={setDraft} onAdd={onAdd} onSkip={onSkip} />
}

const field = (name: string) => view.container.querySelector<HTMLInputElement>(`[name="${name}"]`)!
const type = (name: string, value: string) =>
  act(() => {
    const input = field(name)
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    setter.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
const submit = () =>
  act(async () => {
    view.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click()
  })

describe('the metadata sheet', () => {
  it('shows what was read and the details prefilled from the page', () => {
    act(() => view.root.render(<Sheet onAdd={vi.fn()} onSkip={vi.fn()} />))
    expect(view.container.textContent).toContain('Web page · UTF-8 · 1 paragraph · 5 words')
    expect(view.container.textContent).toContain('Pakistan struck targets in Iran.')
    expect(view.container.textContent).toContain('Left out 1 pull quote')
    expect(field('title').value).toBe('Pakistan strikes back')
    expect(field('outlet').value).toBe('Dawn')
  })

  it('adds nothing while a field is wrong: it says why beside the field and focuses it', async () => {
    const onAdd = vi.fn(async () => true)
    act(() => view.root.render(<Sheet onAdd={onAdd} onSkip={vi.fn()} />))
    type('sourceUrl', 'javascript:alert(1)')
    await submit()
    expect(onAdd).not.toHaveBeenCalled()
    expect(field('sourceUrl').getAttribute('aria-invalid')).toBe('true')
    expect(view.container.textContent).toContain('Only http:// and https:// addresses are kept.')
    expect(document.activeElement).toBe(field('sourceUrl'))

    type('sourceUrl', 'https://www.dawn.com/news/1')
    await submit()
    expect(onAdd).toHaveBeenCalledTimes(1)
  })

  it('skips the file with a real button', () => {
    const onSkip = vi.fn()
    act(() => view.root.render(<Sheet onAdd={vi.fn()} onSkip={onSkip} />))
    const skip = [...view.container.querySelectorAll('button')].find(
      (button) => button.textContent === 'Skip this file',
    )!
    act(() => skip.click())
    expect(onSkip).toHaveBeenCalled()
  })
})
