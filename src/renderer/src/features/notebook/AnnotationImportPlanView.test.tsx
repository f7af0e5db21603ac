// @vitest-environment happy-dom
import type { DocumentSummary } from '@shared/corpus/document-model'
import type { AnnotationImportPlan, HighlightDraft } from '@shared/import/web-annotation-import'
import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { mountPerTest } from '../../ui/testing/mount-per-test'
import { AnnotationImportPlanView } from './AnnotationImportPlanView'
import type { AnnotationImportState } from './useAnnotationImport'

const view = mountPerTest()

const documents = [
  { meta: { id: 'b', title: 'The way forward' } },
  { meta: { id: 'a', title: 'Seeking Stability' } },
] as DocumentSummary[]

const MIRROR = 'https://mirror.example.net/way-forward'

function planned(
  plan: Partial<AnnotationImportPlan>,
  fields: Partial<Extract<AnnotationImportState, { step: 'planned' }>> = {},
): Extract<AnnotationImportState, { step: 'planned' }> {
  return {
    step: 'planned',
    fileName: 'hypothesis.json',
    format: 'hypothesis',
    annotations: [],
    choosable: [{ source: MIRROR, title: 'A copy', annotations: 2 }],
    sources: {},
    plan: { highlights: [], duplicates: [], orphans: [], unmatchedSources: [], ...plan },
    busy: null,
    ...fields,
  }
}

function render(state: ReturnType<typeof planned>, onChoose = vi.fn()) {
  act(() =>
    view.root.render(
      <AnnotationImportPlanView state={state} documents={documents} onChoose={onChoose} />,
    ),
  )
  return onChoose
}

const text = (selector: string) =>
  [...view.container.querySelectorAll(selector)].map((e) => e.textContent?.trim())

describe('the plan, before anything is written', () => {
  it('says what will be added where, and what is there already', () => {
    render(
      planned({
        highlights: [{ docId: 'b' }, { docId: 'b' }] as HighlightDraft[],
        duplicates: [{ index: 3, label: '“x”', why: 'highlighted already', highlightId: 'h1' }],
      }),
    )
    expect(text('.ai-summary p')).toEqual([
      '2 highlights will be added to ‘The way forward’.',
      '1 is highlighted already and is left out.',
    ])
  })

  it('lists each orphan with its quote and why', () => {
    render(
      planned({
        orphans: [
          { index: 0, label: '“Jaish al Adl”', why: `no source matches ${MIRROR}` },
          { index: 4, label: '“The Cradle piece”', why: 'a reply, not an annotation' },
        ],
      }),
    )
    expect(text('.ai-section h3')).toContain('2 annotations cannot be placed')
    expect(text('.ai-orphan')).toEqual([
      `“Jaish al Adl”no source matches ${MIRROR}`,
      '“The Cradle piece”a reply, not an annotation',
    ])
  })

  it('asks which document an unknown source is, offering every document and Leave out', () => {
    const onChoose = render(planned({}))
    const select = view.container.querySelector('select')!
    expect(view.container.querySelector('.ai-source')?.textContent).toContain(MIRROR)
    expect([...select.options].map((o) => o.text)).toEqual([
      'Leave out',
      'Seeking Stability',
      'The way forward',
    ])
    expect(select.value).toBe('')
    act(() => {
      select.value = 'b'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(onChoose).toHaveBeenCalledWith(MIRROR, 'b')
  })

  it('keeps a source listed with its choice once it matches, and says while it re-plans', () => {
    render(planned({}, { sources: { [MIRROR]: 'b' }, busy: 'planning' }))
    expect(view.container.querySelector('select')!.value).toBe('b')
    expect(view.container.querySelector('.ai-busy')?.textContent).toMatch(/Checking/)
  })

  it('shows no source section when every source matched', () => {
    render(planned({}, { choosable: [] }))
    expect(view.container.querySelector('select')).toBeNull()
    expect(text('.ai-summary p')).toEqual(['No highlights will be added.'])
  })
})
