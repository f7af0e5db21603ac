// @vitest-environment happy-dom
import type { DocumentSummary } from '@shared/corpus/document-model'
import { createSearchIndex, type SearchRecord } from '@shared/search/search-index'
import { makeSnippet, termMatcher } from '@shared/search/snippet'
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { mountPerTest } from '../../ui/testing/mount-per-test'
import { SearchDialog } from './SearchDialog'
import type { FoundItem, SearchAnswer, SearchRequest } from './search-request'
import { sameEntry, type RunSearch, type SearchEntry } from './useSearchDialog'

const view = mountPerTest()

afterEach(() => {
  window.location.hash = ''
})

const RECORDS: SearchRecord[] = [
  {
    id: 'd1#0',
    kind: 'passage',
    docId: 'd1',
    text: 'Marg Bar Sarmachar was the name of the operation.',
  },
  {
    id: 'd2#4',
    kind: 'passage',
    docId: 'd2',
    text: 'Pakistan called its strikes Marg Bar Sarmachar.',
  },
  ...Array.from({ length: 8 }, (_, i) => ({
    id: `d3#${i}`,
    kind: 'passage' as const,
    docId: 'd3',
    text: `Balochistan paragraph ${i} on the border.`,
  })),
  { id: 'h1', kind: 'highlight', docId: 'd1', text: 'the operation — check the Balochistan angle' },
  { id: 'c1', kind: 'claim', text: 'Iran struck Jaish al-Adl bases in Balochistan' },
]

/** A search over the real shared index, as the worker runs it, answering in order. */
function indexRun(): { run: RunSearch; asked: SearchRequest[] } {
  const index = createSearchIndex()
  index.addAll(RECORDS)
  const texts = new Map(RECORDS.map((r) => [r.id, r]))
  const asked: SearchRequest[] = []
  const run: RunSearch = async (request) => {
    asked.push(request)
    const hits = index.search(request.text, {
      fuzzy: true,
      kinds: request.kinds,
      filters: request.docIds.length ? { docIds: request.docIds } : undefined,
      limit: request.limit,
    })
    const isHit = termMatcher(request.text, { prefix: true, fuzzy: true })
    const counts: SearchAnswer['counts'] = {}
    const items = hits.map((hit): FoundItem => {
      counts[hit.kind] = (counts[hit.kind] ?? 0) + 1
      const record = texts.get(hit.id)!
      return {
        id: hit.id,
        kind: hit.kind,
        docId: hit.docId,
        title: hit.kind === 'claim' ? record.text : `Source ${hit.docId}`,
        snippet: makeSnippet(record.text, isHit),
        ...(hit.kind === 'passage' ? { at: { start: 0, end: 4 }, paragraph: 1 } : {}),
      }
    })
    return { items, counts }
  }
  return { run, asked }
}

function mount(run: RunSearch, sources: readonly DocumentSummary[] = []) {
  act(() =>
    view.root.render(
      <>
        <button type="button">Before</button>
        <input aria-label="A note" />
        <SearchDialog ref={null} run={run} sources={sources} tags={['border']} indexNotice={null} />
      </>,
    ),
  )
}

const dialog = () => view.container.querySelector('dialog')!
const field = () => view.container.querySelector<HTMLInputElement>('[role="combobox"]')!
const options = () => [...view.container.querySelectorAll<HTMLElement>('[role="option"]')]
const groupTitles = () =>
  [...view.container.querySelectorAll('.search-group-title')].map((h) => h.textContent)
const active = () => document.getElementById(field().getAttribute('aria-activedescendant') ?? '')

function press(target: EventTarget, key: string, mods: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods })
  act(() => {
    target.dispatchEvent(event)
  })
  return event
}

async function type(text: string) {
  const input = field()
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  await act(async () => {
    setValue.call(input, text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

describe('SearchDialog', () => {
  it('opens on Ctrl+K even in a text field, and on "/" only outside one', () => {
    mount(indexRun().run)
    const note = view.container.querySelector('input')!
    note.focus()
    press(note, '/')
    expect(dialog().open).toBe(false)
    expect(press(note, 'k', { ctrlKey: true }).defaultPrevented).toBe(true)
    expect(dialog().open).toBe(true)
    expect(document.activeElement).toBe(field())
    act(() => dialog().close())
    press(document.body, '/')
    expect(dialog().open).toBe(true)
  })

  it('groups results by kind, marks the hits and caps a long group with “Show all”', async () => {
    mount(indexRun().run)
    press(document.body, 'k', { ctrlKey: true })
    await type('balochistan')
    expect(groupTitles()).toEqual(['Passages 8', 'Highlights and notes 1', 'Claims 1'])
    const rows = options().map((o) => o.textContent)
    expect(rows).toContain('Show all 8 passages')
    expect(options().filter((o) => o.querySelector('mark')).length).toBe(7)
    expect(options()[0]!.querySelector('mark')!.textContent).toBe('Balochistan')
  })

  it('finds through a typo, and says so when nothing matches', async () => {
    mount(indexRun().run)
    press(document.body, 'k', { ctrlKey: true })
    await type('Balochstan')
    expect(options().length).toBeGreaterThan(0)
    await type('zzqx')
    expect(options()).toEqual([])
    expect(view.container.querySelector('[role="status"]')!.textContent).toMatch(/Nothing matches/)
  })

  it('matches one or two letters as whole words only, and says to keep typing', async () => {
    mount(indexRun().run)
    press(document.body, 'k', { ctrlKey: true })
    await type('Ba')
    expect(options()).toEqual([])
    expect(view.container.querySelector('[role="status"]')!.textContent).toMatch(
      /Nothing matches “ba” as a whole word\. Keep typing/,
    )
    await type('Bal')
    expect(options().length).toBeGreaterThan(0)
  })

  it('moves with the arrows and opens a passage at its hit with Enter', async () => {
    mount(indexRun().run)
    press(document.body, 'k', { ctrlKey: true })
    await type('marg bar sarmachar')
    expect(options().length).toBe(2)
    expect(active()).toBe(options()[0])
    press(field(), 'ArrowDown')
    expect(active()).toBe(options()[1])
    press(field(), 'ArrowDown')
    expect(active()).toBe(options()[0])
    press(field(), 'Enter')
    expect(dialog().open).toBe(false)
    expect(window.location.hash).toMatch(/^#\/doc\/d[12]\/at\/0-4$/)
  })

  it('narrows to one kind from its “Show all” row and from the kind buttons', async () => {
    const { run, asked } = indexRun()
    mount(run)
    press(document.body, 'k', { ctrlKey: true })
    await type('balochistan')
    const more = options().find((o) => o.textContent === 'Show all 8 passages')!
    await act(async () => more.click())
    expect(asked.at(-1)!.kinds).toEqual(['passage'])
    expect(groupTitles()).toEqual(['Passages 8'])
    expect(options().length).toBe(8)
    const claims = [...view.container.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Claims'),
    )!
    await act(async () => claims.click())
    expect(asked.at(-1)!.kinds).toEqual(['passage', 'claim'])
  })

  it('shows only the answer to the latest query when an earlier one answers late', async () => {
    const { run } = indexRun()
    let releaseSlow: () => void = () => {}
    const slowFirst: RunSearch = (request) =>
      request.text === 'marg'
        ? new Promise((resolve) => {
            releaseSlow = () => void run(request).then(resolve)
          })
        : run(request)
    mount(slowFirst)
    press(document.body, 'k', { ctrlKey: true })
    await type('marg')
    await type('balochistan')
    await act(async () => releaseSlow())
    expect(options()[0]!.querySelector('mark')!.textContent).toBe('Balochistan')
  })

  it('lists every source in the source filter only while the analyst is at it, keeping the choice', async () => {
    const sources = ['d1', 'd2', 'd3'].map(
      (id) => ({ meta: { id, title: `Source ${id}` } }) as unknown as DocumentSummary,
    )
    const { run, asked } = indexRun()
    mount(run, sources)
    press(document.body, 'k', { ctrlKey: true })
    await type('balochistan')
    const select = () => view.container.querySelector<HTMLSelectElement>('.search-source select')!
    const listed = () => [...select().options].map((o) => o.textContent)
    // Thousands of options would be styled and measured at every opening: not until asked.
    expect(listed()).toEqual(['Any source'])
    act(() => select().focus())
    expect(listed()).toEqual(['Any source', 'Source d1', 'Source d2', 'Source d3'])
    await act(async () => {
      select().value = 'd3'
      select().dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(asked.at(-1)!.docIds).toEqual(['d3'])
    act(() => field().focus())
    expect(listed()).toEqual(['Any source', 'Source d3'])
    expect(select().value).toBe('d3')
    expect(groupTitles()).toEqual(['Passages 8'])
  })
})

describe('sameEntry', () => {
  const item = (hits: { start: number; end: number }[]): SearchEntry => ({
    type: 'item',
    item: {
      id: 'd1#0',
      kind: 'passage',
      docId: 'd1',
      title: 'Source d1',
      snippet: { text: 'Marg Bar Sarmachar was the name', hits },
      at: { start: 0, end: 4 },
      paragraph: 1,
    },
  })

  it('takes a result answered again with the same text and marks for the same row', () => {
    expect(sameEntry(item([{ start: 0, end: 4 }]), item([{ start: 0, end: 4 }]))).toBe(true)
  })

  it('tells apart a result whose marks moved, and a “Show all” row whose total changed', () => {
    expect(sameEntry(item([{ start: 0, end: 4 }]), item([{ start: 0, end: 8 }]))).toBe(false)
    expect(
      sameEntry(
        { type: 'more', kind: 'passage', total: 8 },
        { type: 'more', kind: 'passage', total: 9 },
      ),
    ).toBe(false)
    expect(sameEntry({ type: 'more', kind: 'passage', total: 8 }, item([]))).toBe(false)
  })
})
