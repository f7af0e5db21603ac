import { describe, expect, it } from 'vitest'
import type { AbsoluteDate } from '../dates/event-date'
import {
  buildTimelineItems,
  groupByYearAndMonth,
  statedDatesConflict,
  type EventInput,
} from './timeline-items'

const day = (year: number, month: number, d: number): AbsoluteDate => ({
  kind: 'point',
  date: { year, month, day: d, approximate: false },
})

function event(id: string, date: EventInput['date'], extra: Partial<EventInput> = {}): EventInput {
  return { id, timelineId: 't1', title: id, note: '', tags: [], date, sources: [], ...extra }
}

describe('buildTimelineItems', () => {
  const events = [
    event('meeting', day(2024, 1, 29)),
    event('retaliation', {
      kind: 'relative',
      eventId: 'strikes',
      offset: { amount: 2, unit: 'day' },
      approximate: false,
    }),
    event('strikes', day(2024, 1, 16)),
    event('visit', { kind: 'point', date: { year: 2023, month: 7, approximate: false } }),
    event('loop', {
      kind: 'relative',
      eventId: 'loop',
      offset: { amount: 1, unit: 'day' },
      approximate: false,
    }),
  ]
  const items = buildTimelineItems(events)

  it('orders events by the earliest time they can mean, relative ones after their base, undated last', () => {
    expect(items.map((i) => i.id)).toEqual(['visit', 'strikes', 'retaliation', 'meeting', 'loop'])
  })

  it('labels dates at their precision and names the event a relative date follows', () => {
    expect(items.map((i) => i.dateLabel).slice(0, 4)).toEqual([
      'Jul 2023',
      '16 Jan 2024',
      '18 Jan 2024 (2 days after: strikes)',
      '29 Jan 2024',
    ])
    expect(items[0]?.precision).toBe('month')
    expect(items.at(-1)?.dateLabel).toMatch(/^Undated: /)
    expect(items.at(-1)?.interval).toBeNull()
  })

  it('groups by year, then month', () => {
    const groups = groupByYearAndMonth(items)
    expect(groups.map((g) => [g.year, g.months.map((m) => m.month)])).toEqual([
      ['2023', ['July 2023']],
      ['2024', ['January 2024']],
      ['Undated', ['']],
    ])
  })
})

describe('statedDatesConflict', () => {
  const source = (stated: AbsoluteDate | null) => ({ highlightId: 'h', docId: 'd', stated })

  it('flags stated dates that cannot all be true, not ones of different precision that agree', () => {
    expect(statedDatesConflict([source(day(2024, 1, 16)), source(day(2024, 1, 17))])).toBe(true)
    expect(
      statedDatesConflict([
        source(day(2024, 1, 16)),
        source({ kind: 'point', date: { year: 2024, month: 1, approximate: false } }),
        source(null),
      ]),
    ).toBe(false)
    expect(
      statedDatesConflict([
        source(day(2024, 1, 16)),
        source({ kind: 'point', date: { year: 2024, month: 1, day: 17, approximate: true } }),
      ]),
    ).toBe(false)
  })
})
