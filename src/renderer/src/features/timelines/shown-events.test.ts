import { describe, expect, it } from 'vitest'
import type { PartialDate } from '@shared/dates/partial-date'
import { countByTimeline, shownEvents } from './shown-events'

const event = (id: string, timelineId: string, conflict: boolean, docIds: string[]) => ({
  id,
  timelineId,
  conflict,
  sources: docIds.map((docId) => ({ docId })),
})

const items = [
  event('a', 't1', false, ['early']),
  event('b', 't1', true, ['late']),
  event('c', 't2', true, []),
  event('d', 't1', false, []),
]
const published = new Map<string, PartialDate>([
  ['early', { year: 2024, month: 1, day: 10, approximate: false }],
  ['late', { year: 2024, month: 3, approximate: false }],
])
const publishedOf = (docId: string) => published.get(docId) ?? null
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id)

describe('shownEvents', () => {
  it('keeps the chosen timeline in order', () => {
    const shown = shownEvents(
      items,
      { timelineId: 't1', conflictsOnly: false, asOf: '' },
      publishedOf,
    )
    expect(ids(shown)).toEqual(['a', 'b', 'd'])
  })

  it('shows nothing without a timeline', () => {
    expect(
      shownEvents(items, { timelineId: null, conflictsOnly: false, asOf: '' }, publishedOf),
    ).toEqual([])
  })

  it('keeps only date conflicts when asked', () => {
    const shown = shownEvents(
      items,
      { timelineId: 't1', conflictsOnly: true, asOf: '' },
      publishedOf,
    )
    expect(ids(shown)).toEqual(['b'])
  })

  it('keeps what was published by the end of the day, and events added by hand', () => {
    const filter = { timelineId: 't1', conflictsOnly: false, asOf: '2024-01-10' }
    expect(ids(shownEvents(items, filter, publishedOf))).toEqual(['a', 'd'])
    expect(ids(shownEvents(items, { ...filter, asOf: '2024-03-01' }, publishedOf))).toEqual([
      'a',
      'b',
      'd',
    ])
  })

  it('ignores a day it cannot read', () => {
    const filter = { timelineId: 't1', conflictsOnly: false, asOf: 'not a day' }
    expect(ids(shownEvents(items, filter, publishedOf))).toEqual(['a', 'b', 'd'])
  })
})

describe('countByTimeline', () => {
  it('counts events per timeline', () => {
    expect([...countByTimeline(items)]).toEqual([
      ['t1', 3],
      ['t2', 1],
    ])
  })
})
