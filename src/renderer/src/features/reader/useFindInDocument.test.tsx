// @vitest-environment happy-dom
import type { DocumentModel } from '@shared/corpus/document-model'
import { parseCuratedDocument } from '@shared/corpus/parse-document'
import { act, useRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountPerTest } from '../../ui/testing/mount-per-test'
import { DocumentBody } from './DocumentBody'
import { FindBar } from './FindBar'
import { FIND_HIGHLIGHTS } from './lib/find-paint'
import { useFindInDocument } from './useFindInDocument'

const doc: DocumentModel = parseCuratedDocument(
  [
    '---',
    'id: find-test',
    'title: Find test',
    'authors: [Ann Author]',
    'outlet: null',
    'published: { year: 2024, approximate: false, basis: stated, note: Stated. }',
    'genre: analysis',
    'raw: 999_test.txt',
    '---',
    '',
    'Iran’s foreign minister met Pakistan’s.',
    '',
    "Later IRAN said that Iran's border region was calm.",
  ].join('\n'),
  'find-test.md',
)

/** The reader's pieces that find needs: a focusable scroller, the body and the bar. */
function Harness() {
  const scrollerRef = useRef<HTMLElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  const find = useFindInDocument(doc, bodyRef, scrollerRef)
  return (
    <>
      {find.open && (
        <FindBar
          query={find.query}
          result={find.result}
          current={find.current}
          paintable={find.paintable}
          inputRef={find.inputRef}
          onQuery={find.setQuery}
          onNext={find.next}
          onPrevious={find.previous}
          onClose={find.close}
        />
      )}
      <main ref={scrollerRef} tabIndex={0} aria-label="Reader">
        <DocumentBody ref={bodyRef} blocks={doc.blocks} />
      </main>
      <button type="button">Elsewhere</button>
    </>
  )
}

const view = mountPerTest()

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = window): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  act(() => {
    target.dispatchEvent(event)
  })
  return event.defaultPrevented
}

async function openFind(): Promise<{ prevented: boolean; input: HTMLInputElement }> {
  const prevented = press('f', { ctrlKey: true })
  await act(frame)
  const input = view.container.querySelector<HTMLInputElement>(
    'input[aria-label="Find in document"]',
  )
  if (!input) throw new Error('the find bar did not open')
  return { prevented, input }
}

function type(input: HTMLInputElement, value: string) {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    setter.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

const status = () => view.container.querySelector('[role="status"]')?.textContent ?? null
const button = (name: string) =>
  view.container.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!

describe('find in the document', () => {
  it('opens on Ctrl+F instead of the browser find, focused, and counts as the query is typed', async () => {
    act(() => view.root.render(<Harness />))
    const { prevented, input } = await openFind()
    expect(prevented).toBe(true)
    expect(document.activeElement).toBe(input)
    expect(status()).toBe('')
    type(input, 'iran')
    expect(status()).toBe('1 of 3')
    type(input, "iran's")
    expect(status()).toBe('1 of 2') // ’ and ' alike
    type(input, 'india')
    expect(status()).toBe('No matches')
    expect(button('Next match').disabled).toBe(true)
  })

  it('steps with Enter, Shift+Enter, F3 and the buttons, wrapping at either end', async () => {
    act(() => view.root.render(<Harness />))
    const { input } = await openFind()
    type(input, 'IRAN')
    press('Enter', {}, input)
    expect(status()).toBe('2 of 3')
    press('F3')
    expect(status()).toBe('3 of 3')
    act(() => button('Next match').click())
    expect(status()).toBe('1 of 3')
    press('Enter', { shiftKey: true }, input)
    expect(status()).toBe('3 of 3')
    press('F3', { shiftKey: true })
    act(() => button('Previous match').click())
    expect(status()).toBe('1 of 3')
  })

  it('closes on Escape, gives the focus back, and selects the old query when reopened', async () => {
    act(() => view.root.render(<Harness />))
    const elsewhere = [...view.container.querySelectorAll('button')].at(-1)!
    elsewhere.focus()
    const { input } = await openFind()
    type(input, 'border   region')
    expect(status()).toBe('1 of 1')
    press('Escape', {}, input)
    expect(view.container.querySelector('[role="search"]')).toBeNull()
    expect(document.activeElement).toBe(elsewhere)
    const again = await openFind()
    expect(again.input.value).toBe('border   region')
    expect(again.input.selectionStart).toBe(0)
    expect(again.input.selectionEnd).toBe('border   region'.length)
  })

  it('leaves Ctrl+F to a dialog open over the reader', () => {
    act(() => view.root.render(<Harness />))
    const dialog = document.createElement('dialog')
    view.container.append(dialog)
    act(() => dialog.showModal())
    expect(press('f', { ctrlKey: true })).toBe(false)
    expect(view.container.querySelector('[role="search"]')).toBeNull()
    act(() => dialog.close())
  })

  it('says matches cannot be painted where the browser has no CSS.highlights', async () => {
    act(() => view.root.render(<Harness />))
    const { input } = await openFind()
    type(input, 'iran')
    expect(view.container.textContent).toContain('Matches are counted but cannot be painted')
  })

  describe('with the Custom Highlight API', () => {
    const painted = new Map<string, Set<Range>>()
    afterEach(() => {
      painted.clear()
      vi.unstubAllGlobals()
    })

    it('paints every match and the current one apart, and clears them on close', async () => {
      class FakeHighlight extends Set<Range> {
        priority = 0
        constructor(...ranges: Range[]) {
          super(ranges)
        }
      }
      vi.stubGlobal('Highlight', FakeHighlight)
      vi.stubGlobal('CSS', { highlights: painted })
      act(() => view.root.render(<Harness />))
      const { input } = await openFind()
      type(input, 'iran')
      const texts = (name: string) => [...(painted.get(name) ?? [])].map((r) => r.toString())
      expect(texts(FIND_HIGHLIGHTS.all)).toEqual(['Iran', 'IRAN', 'Iran'])
      expect(texts(FIND_HIGHLIGHTS.current)).toEqual(['Iran'])
      press('Enter', {}, input)
      expect(texts(FIND_HIGHLIGHTS.current)).toEqual(['IRAN'])
      expect(view.container.textContent).not.toContain('cannot be painted')
      press('Escape', {}, input)
      expect(painted.has(FIND_HIGHLIGHTS.all)).toBe(false)
      expect(painted.has(FIND_HIGHLIGHTS.current)).toBe(false)
    })
  })
})
