import { describe, expect, it } from 'vitest'
import type { DateSuggestion } from './suggest-date-types'
import { initialEventDate, suggestedDate, suggestionMessage } from './suggested-event-date'

const day: DateSuggestion = {
  kind: 'date',
  date: { year: 2024, month: 1, day: 16, approximate: false },
  phrase: 'On January 16, 2024',
  precision: 'day',
  rule: 'chrono',
}
const span: DateSuggestion = {
  ...day,
  range: { end: { year: 2024, month: 1, day: 18, approximate: false } },
}
const before: DateSuggestion = {
  kind: 'offset',
  offset: { amount: 2, unit: 'day' },
  direction: 'before',
  anchorText: 'the strike',
  phrase: 'Two days before the strike',
  rule: 'offset',
}

describe('suggestedDate', () => {
  it('makes a point of a date and a range of a span', () => {
    expect(suggestedDate(day)).toEqual({ kind: 'point', date: day.date })
    expect(suggestedDate(span)).toEqual({ kind: 'range', start: day.date, end: span.range!.end })
  })

  it('has no date for an offset or for nothing', () => {
    expect(suggestedDate(before)).toBeNull()
    expect(suggestedDate(null)).toBeNull()
  })
})

describe('initialEventDate', () => {
  it('counts an offset from the first event, negative before it', () => {
    expect(initialEventDate(before, 'e1')).toEqual({
      kind: 'relative',
      eventId: 'e1',
      offset: { amount: -2, unit: 'day' },
      approximate: false,
    })
  })

  it('prefills nothing for an offset when there is no event to count from', () => {
    expect(initialEventDate(before, undefined)).toBeNull()
  })

  it('is the suggested date otherwise, whatever the events', () => {
    expect(initialEventDate(day, 'e1')).toEqual(suggestedDate(day))
    expect(initialEventDate(null, undefined)).toBeNull()
  })
})

describe('suggestionMessage', () => {
  it('says what was read, asks for the event of an offset, and says when nothing was found', () => {
    expect(suggestionMessage(day)).toBe('Suggested: 16 Jan 2024, from ‘On January 16, 2024’')
    expect(suggestionMessage(before)).toMatch(/^−2 days before ‘the strike’.*relative to\.$/)
    expect(suggestionMessage(null)).toMatch(/^No date found/)
  })
})
