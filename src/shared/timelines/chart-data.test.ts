import { describe, expect, it } from 'vitest'
import { chartData } from './chart-data'
import type { TimelineItem } from './timeline-items'

function item(id: string, extra: Partial<TimelineItem>): TimelineItem {
  return {
    id,
    timelineId: 't1',
    title: id,
    note: '',
    tags: [],
    date: { kind: 'point', date: { year: 2024, month: 1, day: 16, approximate: false } },
    resolution: { ok: false, problem: '' },
    dateLabel: '16 Jan 2024',
    interval: { start: 1, end: 2 },
    precision: 'day',
    approximate: false,
    isRange: false,
    conflict: false,
    sortKey: 1,
    yearLabel: '2024',
    monthLabel: 'January 2024',
    sources: [],
    ...extra,
  }
}

const names = { timeline: (id: string) => `Timeline ${id}`, source: (id: string) => `Source ${id}` }

describe('chartData', () => {
  const items = [
    item('a', { sources: [{ highlightId: 'h', docId: 'd2', stated: null }], tags: ['strikes'] }),
    item('b', {}),
    item('c', { sources: [{ highlightId: 'h2', docId: 'd1', stated: null }], timelineId: 't2' }),
    item('undated', { interval: null }),
  ]

  it('puts events in lanes by timeline, by first source or first tag, special lanes last', () => {
    expect(chartData(items, 'timeline', names).lanes).toEqual([
      { id: 't1', label: 'Timeline t1' },
      { id: 't2', label: 'Timeline t2' },
    ])
    const bySource = chartData(items, 'source', names)
    expect(bySource.lanes.map((l) => l.label)).toEqual(['Source d2', 'Source d1', 'Added by hand'])
    expect(chartData(items, 'tag', names).lanes.map((l) => l.label)).toEqual(['strikes', 'No tag'])
  })

  it('leaves out events whose date cannot be resolved', () => {
    expect(chartData(items, 'timeline', names).events.map((e) => e.id)).toEqual(['a', 'b', 'c'])
  })
})
