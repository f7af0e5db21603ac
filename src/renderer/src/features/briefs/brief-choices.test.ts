import { describe, expect, it } from 'vitest'
import { eventCountsOf, highlightTagsOf } from './brief-choices'

describe('highlightTagsOf', () => {
  it('lists each tag once, alphabetically', () => {
    expect(
      highlightTagsOf([{ tags: ['strike', 'army'] }, { tags: [] }, { tags: ['army'] }]),
    ).toEqual(['army', 'strike'])
  })

  it('is empty without highlights', () => {
    expect(highlightTagsOf([])).toEqual([])
  })
})

describe('eventCountsOf', () => {
  it('counts events per timeline', () => {
    const counts = eventCountsOf([{ timelineId: 'a' }, { timelineId: 'b' }, { timelineId: 'a' }])
    expect(counts.get('a')).toBe(2)
    expect(counts.get('b')).toBe(1)
    expect(counts.get('c')).toBeUndefined()
  })
})
