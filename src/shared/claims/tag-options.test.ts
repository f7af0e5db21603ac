import { describe, expect, it } from 'vitest'
import { shortQuote, tagConfirmLabel, tagOptions } from './tag-options'

const claims = [
  { id: 'a', statement: 'The dam was breached', updatedAt: 2 },
  { id: 'b', statement: 'The dam held', updatedAt: 1 },
]

describe('tagOptions', () => {
  it('lists a new claim first but prefers the best existing match', () => {
    const { options, preferred } = tagOptions('dam', claims)
    expect(options.map((o) => o.kind)).toEqual(['create', 'claim', 'claim'])
    expect(preferred).toBe(1)
  })

  it('prefers the new claim when nothing matches', () => {
    expect(tagOptions('bridge', claims)).toEqual({
      options: [{ kind: 'create', statement: 'bridge' }],
      preferred: 0,
    })
  })

  it('offers every claim and no new one when nothing is typed', () => {
    const { options, preferred } = tagOptions('', claims)
    expect(options.map((o) => (o.kind === 'claim' ? o.id : 'new'))).toEqual(['a', 'b'])
    expect(preferred).toBe(0)
  })

  it('offers no new claim when the text is already a statement', () => {
    expect(tagOptions('the dam HELD', claims).options).toEqual([
      { kind: 'claim', id: 'b', statement: 'The dam held' },
    ])
  })

  it('has nothing to prefer when there is nothing to list', () => {
    expect(tagOptions('', [])).toEqual({ options: [], preferred: -1 })
  })
})

describe('tagConfirmLabel', () => {
  it('names the stance once chosen, and whether a claim is created', () => {
    expect(tagConfirmLabel('contradicts', false)).toBe('Tag as contradicts')
    expect(tagConfirmLabel('supports', true)).toBe('Create claim and tag as supports')
    expect(tagConfirmLabel(null, true)).toBe('Create claim and tag')
    expect(tagConfirmLabel(null, false)).toBe('Tag to claim')
  })
})

describe('shortQuote', () => {
  it('keeps a quote of up to 220 characters and cuts a longer one to 220 with an ellipsis', () => {
    expect(shortQuote('x'.repeat(220))).toBe('x'.repeat(220))
    const cut = shortQuote('x'.repeat(221))
    expect(cut).toHaveLength(220)
    expect(cut.endsWith('…')).toBe(true)
  })
})
