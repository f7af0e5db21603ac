import { describe, expect, it } from 'vitest'
import { describeError } from './status'

describe('describeError', () => {
  it('explains a full disk or quota, whether Dexie wraps the error or not', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' })
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    })
    for (const error of [quota, wrapped]) {
      expect(describeError(error, 'x')).toMatch(/disk is full or .*quota.*nothing was half-written/)
    }
  })

  it('passes other messages through and falls back when there is none', () => {
    expect(describeError(new Error('Select some text.'), 'x')).toBe('Select some text.')
    expect(describeError('weird', 'fallback')).toBe('fallback')
  })
})
