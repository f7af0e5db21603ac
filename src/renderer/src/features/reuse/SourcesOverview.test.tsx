// @vitest-environment happy-dom
import type { DocumentMeta } from '@shared/corpus/document-model'
import { findQuoteDrift } from '@shared/reuse/quote-drift'
import { extractQuotes } from '@shared/reuse/quotes'
import { extractEntities } from '@shared/entities/extract-entities'
import { overviewRows, type OverviewRow } from '@shared/reuse/reuse-labels'
import type { PairOverview } from '@shared/reuse/types'
import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { mountPerTest } from '../../ui/testing/mount-per-test'
import { SourcesOverview, type SourcesOverviewProps } from './SourcesOverview'
import { madeDocument, REWRITE, WIRE } from './testing/reuse-documents'

const view = mountPerTest()

const OTHER = madeDocument(
  { id: 'analysis', title: 'A long analysis', authors: ['Samiha Yousaf'] },
  'Text.',
)
const metas = new Map<string, DocumentMeta>(
  [WIRE, REWRITE, OTHER].map((doc) => [doc.meta.id, doc.meta]),
)
const published = (id: string) => metas.get(id)?.published ?? null

const pair = (a: string, b: string, shareA: number, shareB: number): PairOverview => ({
  a,
  b,
  wordsA: 40,
  wordsB: 40,
  shareA,
  shareB,
  passages: 2,
})

function mount(props: Partial<SourcesOverviewProps>) {
  const onOpenPair = vi.fn<(row: OverviewRow) => void>()
  act(() =>
    view.root.render(
      <SourcesOverview
        status="ready"
        progress={{ done: 3, total: 3, failed: 0 }}
        error={null}
        notices={[]}
        overview={[]}
        quoteDrifts={[]}
        metas={metas}
        quoteDocs={new Map()}
        onOpenPair={onOpenPair}
        {...props}
      />,
    ),
  )
  return onOpenPair
}

const rowTexts = () =>
  [...view.container.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent),
  )

describe('SourcesOverview', () => {
  it('lists each pair earlier publication first, the largest share first', () => {
    // "analysis" has no date: its pair cannot say which came first.
    const rows = overviewRows(
      [pair('analysis', 'wire', 0.1, 0.2), pair('rewrite', 'wire', 0.7, 0.9)],
      published,
    )
    mount({ overview: rows })
    expect(rowTexts()).toEqual([
      [
        'Wire Service, ‘Border post struck overnight’ → was published before Tahir, ‘Pakistan and Iran: The way forward’',
        '40',
        '90%',
        '70%',
        '2',
      ],
      [
        'Yousaf, ‘A long analysis’ and Wire Service, ‘Border post struck overnight’ (dates do not say which came first)',
        '40',
        '10%',
        '20%',
        '2',
      ],
    ])
  })

  it('opens a pair with Enter or a click', () => {
    const rows = overviewRows([pair('rewrite', 'wire', 0.7, 0.9)], published)
    const onOpenPair = mount({ overview: rows })
    const row = view.container.querySelector<HTMLTableRowElement>('tbody tr')!
    act(() => row.querySelector('td')!.click())
    expect(onOpenPair).toHaveBeenLastCalledWith(rows[0])
    onOpenPair.mockClear()
    act(() => {
      row.focus()
      row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    })
    expect(onOpenPair).toHaveBeenCalledWith(rows[0])
  })

  it('says how far finding has got, and that nothing is shared once it is done', () => {
    mount({ status: 'ready', progress: { done: 3, total: 5, failed: 0 } })
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe(
      'Finding shared passages… 3 of 5 sources',
    )
    mount({})
    expect(view.container.querySelector('[role="status"]')).toBeNull()
    expect(view.container.textContent).toContain(
      'No two sources share a passage of ten words or more.',
    )
    expect(view.container.textContent).toContain('No speaker is quoted in different words')
  })

  it('says why it failed', () => {
    mount({ status: 'error', error: 'the reuse worker could not start' })
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain(
      'Shared passages cannot be found: the reuse worker could not start.',
    )
  })

  it('lists a possible misquote with both wordings marked and a way to each', () => {
    const first = madeDocument(
      { id: 'q1', title: 'First report', outlet: 'Dawn' },
      'Hossein Amir-Abdollahian said on Monday: “We will respond firmly to any attack on our soil.”',
    )
    const second = madeDocument(
      { id: 'q2', title: 'Second report', outlet: 'The News' },
      '“We will respond strongly to every attack on our soil,” Hossein Amir-Abdollahian said.',
    )
    const drifts = findQuoteDrift(
      [first, second].flatMap((doc) => extractQuotes(doc, extractEntities(doc))),
    )
    expect(drifts).toHaveLength(1)
    mount({ quoteDrifts: drifts, quoteDocs: new Map([first, second].map((d) => [d.meta.id, d])) })
    const item = view.container.querySelector('.drift-item')!
    expect(item.querySelector('h3')?.textContent).toBe('Hossein Amir-Abdollahian')
    expect([...item.querySelectorAll('del')].map((d) => d.lastChild?.textContent)).toEqual([
      'firmly',
      'any',
    ])
    expect([...item.querySelectorAll('ins')].map((d) => d.lastChild?.textContent)).toEqual([
      'strongly',
      'every',
    ])
    expect([...item.querySelectorAll('figcaption')].map((f) => f.firstChild?.textContent)).toEqual([
      'Dawn, ‘First report’, ¶1',
      'The News, ‘Second report’, ¶1',
    ])
  })
})
