import { describe, expect, it } from 'vitest'
import { dayBound, groupFound, routeOfFound, type FoundItem } from './search-request'

const item = (id: string, kind: FoundItem['kind'], extra: Partial<FoundItem> = {}): FoundItem => ({
  id,
  kind,
  title: id,
  snippet: { text: id, hits: [] },
  ...extra,
})

describe('where a search result leads', () => {
  it('opens a passage at its hit, a highlight by id, a claim, an event in its timeline, a brief', () => {
    expect(
      routeOfFound(item('d1#3', 'passage', { docId: 'd1', at: { start: 5, end: 9 } })),
    ).toEqual({ view: 'reader', docId: 'd1', highlightId: null, at: { start: 5, end: 9 } })
    expect(routeOfFound(item('h1', 'highlight', { docId: 'd1' }))).toEqual({
      view: 'reader',
      docId: 'd1',
      highlightId: 'h1',
    })
    expect(routeOfFound(item('c1', 'claim'))).toEqual({ view: 'claim', claimId: 'c1' })
    expect(routeOfFound(item('e1', 'event', { timelineId: 't1' }))).toEqual({
      view: 'timelines',
      timelineId: 't1',
      eventId: 'e1',
    })
    expect(routeOfFound(item('e2', 'event'))).toBeNull()
    expect(routeOfFound(item('b1', 'brief'))).toEqual({ view: 'briefs', briefId: 'b1' })
  })
})

describe('grouping results by kind', () => {
  it('keeps the kinds in a fixed order and the index’s order inside each, capped per group', () => {
    const groups = groupFound(
      {
        items: [
          item('c1', 'claim'),
          item('p1', 'passage'),
          item('p2', 'passage'),
          item('p3', 'passage'),
          item('h1', 'highlight'),
        ],
        counts: { passage: 40, claim: 1, highlight: 1 },
      },
      2,
    )
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.id), g.total])).toEqual([
      ['passage', ['p1', 'p2'], 40],
      ['highlight', ['h1'], 1],
      ['claim', ['c1'], 1],
    ])
  })
})

describe('date bounds', () => {
  it('takes the whole day of each end and refuses what is not a date', () => {
    expect(dayBound('2024-01-18', 'start')).toBe(Date.UTC(2024, 0, 18))
    expect(dayBound('2024-01-18', 'end')).toBe(Date.UTC(2024, 0, 19) - 1)
    expect(dayBound('', 'start')).toBeUndefined()
    expect(dayBound('18/01/2024', 'end')).toBeUndefined()
  })
})
