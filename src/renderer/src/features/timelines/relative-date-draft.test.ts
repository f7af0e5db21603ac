import { describe, expect, it } from 'vitest'
import { initialRelativeDraft, relativeDateOf } from './relative-date-draft'

describe('initialRelativeDraft', () => {
  it('starts one day after the first event offered', () => {
    expect(initialRelativeDraft(null, 'e1')).toEqual({
      amount: 1,
      unit: 'day',
      direction: 'after',
      anchor: 'e1',
      approximate: false,
    })
  })

  it('reads a relative date back, the sign as the direction', () => {
    const draft = initialRelativeDraft(
      { kind: 'relative', eventId: 'e2', offset: { amount: -3, unit: 'week' }, approximate: true },
      'e1',
    )
    expect(draft).toEqual({
      amount: 3,
      unit: 'week',
      direction: 'before',
      anchor: 'e2',
      approximate: true,
    })
  })
})

describe('relativeDateOf', () => {
  const draft = initialRelativeDraft(null, 'e1')

  it('makes a relative date, negative before', () => {
    expect(relativeDateOf({ ...draft, amount: 2, direction: 'before' })).toEqual({
      kind: 'relative',
      eventId: 'e1',
      offset: { amount: -2, unit: 'day' },
      approximate: false,
    })
  })

  it('round-trips through the draft', () => {
    const date = relativeDateOf({ ...draft, amount: 5, unit: 'month', approximate: true })
    expect(relativeDateOf(initialRelativeDraft(date, 'other'))).toEqual(date)
  })

  it('is null without an anchor or with a fractional amount', () => {
    expect(relativeDateOf({ ...draft, anchor: '' })).toBeNull()
    expect(relativeDateOf({ ...draft, amount: 1.5 })).toBeNull()
  })
})
