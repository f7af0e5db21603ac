// @vitest-environment happy-dom
import { passageSpan } from '@shared/corpus/passage-locator'
import { passageLabel } from '@shared/reuse/reuse-labels'
import type { SharedPassage, TextSpan } from '@shared/reuse/types'
import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { DocumentSharedPassage } from '../../host/reuse-service'
import { parseRoute } from '../../nav/routes'
import { mountPerTest } from '../../ui/testing/mount-per-test'
import {
  callSharedPassageItem,
  SharedPassageList,
  type SharedPassagesStatus,
} from './SharedPassageList'
import { REWRITE, REWRITE_PASSAGE, WIRE, WIRE_PASSAGE } from './testing/reuse-documents'

const view = mountPerTest()

const here: TextSpan = {
  docId: 'wire',
  start: WIRE.text.indexOf(WIRE_PASSAGE),
  end: WIRE.text.indexOf(WIRE_PASSAGE) + WIRE_PASSAGE.length,
}
const there: TextSpan = {
  docId: 'rewrite',
  start: REWRITE.text.indexOf(REWRITE_PASSAGE),
  end: REWRITE.text.indexOf(REWRITE_PASSAGE) + REWRITE_PASSAGE.length,
}
const passage: SharedPassage = {
  a: there,
  b: here,
  words: 18,
  similarity: 0.85,
  aWords: { start: 0, end: 18 },
  bWords: { start: 7, end: 25 },
}
const shared: DocumentSharedPassage = {
  here,
  there,
  otherDocId: 'rewrite',
  words: 18,
  similarity: 0.85,
  passage,
}

const labelOf = (span: TextSpan) =>
  passageLabel(REWRITE.meta, passageSpan(REWRITE.blocks, span.start, span.end))

function mount(state: SharedPassagesStatus, onShow = vi.fn()) {
  act(() =>
    view.root.render(
      <SharedPassageList doc={WIRE} state={state} labelOf={labelOf} onShow={onShow} />,
    ),
  )
  return onShow
}

const text = () => view.container.textContent ?? ''

describe('SharedPassageList', () => {
  it('says where else a passage appears, in the issue words: surname, title, paragraph', () => {
    mount({ status: 'ready', passages: [shared] })
    expect(view.container.querySelector('.sp-also')?.textContent).toBe(
      'Also in: Tahir, ‘Pakistan and Iran: The way forward’, ¶3',
    )
    expect(view.container.querySelector('.hl-location')?.textContent).toBe('¶2')
    expect(text()).toContain(WIRE_PASSAGE)
  })

  it('links to the other source at the passage and to the comparison of both', () => {
    mount({ status: 'ready', passages: [shared] })
    const links = [...view.container.querySelectorAll('a')]
    expect(links.map((a) => a.textContent)).toEqual(['Open there', 'Compare'])
    expect(links[0]?.getAttribute('aria-label')).toBe(
      'Open there: Tahir, ‘Pakistan and Iran: The way forward’, ¶3',
    )
    expect(parseRoute(links[0]!.getAttribute('href')!)).toEqual({
      view: 'reader',
      docId: 'rewrite',
      highlightId: null,
      at: { start: there.start, end: there.end },
    })
    expect(parseRoute(links[1]!.getAttribute('href')!)).toEqual({
      view: 'compare',
      a: here,
      b: there,
    })
  })

  it('shows the passage in the text when its item is chosen', () => {
    const onShow = mount({ status: 'ready', passages: [shared] })
    act(() => view.container.querySelector<HTMLButtonElement>('button.hl-show')!.click())
    expect(onShow).toHaveBeenCalledWith(here)
  })

  it('a click on the passage in the text calls its item: focused and flashed', () => {
    mount({ status: 'ready', passages: [shared] })
    const item = view.container.querySelector<HTMLElement>('.sp-item')!
    expect(callSharedPassageItem(here.start + 1, view.container)).toBe(false)
    expect(item.classList.contains('sp-called')).toBe(false)
    expect(callSharedPassageItem(here.start, view.container)).toBe(true)
    expect(document.activeElement).toBe(item.querySelector('button.hl-show'))
    expect(item.classList.contains('sp-called')).toBe(true)
  })

  it('says how far finding has got, that there are none, or why it failed', () => {
    mount({ status: 'finding', done: 3, total: 5 })
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe(
      'Finding shared passages… 3 of 5 sources',
    )
    mount({ status: 'ready', passages: [] })
    expect(text()).toContain('No passage of this source appears in another source.')
    mount({ status: 'error', message: 'The reuse worker stopped.' })
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe(
      'Shared passages cannot be shown: The reuse worker stopped.',
    )
  })
})
