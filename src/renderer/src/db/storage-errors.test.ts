import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { isQuotaExceeded } from './storage-errors'

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe('isQuotaExceeded', () => {
  it('knows the quota error however IndexedDB or Dexie wraps it', () => {
    expect(isQuotaExceeded(quota())).toBe(true)
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full', quota()))).toBe(true)
    expect(isQuotaExceeded(new Dexie.AbortError('aborted', quota()))).toBe(true)
    expect(isQuotaExceeded(new Dexie.BulkError('1 of 2 failed', [quota()]))).toBe(true)
    expect(isQuotaExceeded(new Error('write failed', { cause: quota() }))).toBe(true)
    // Firefox before it used the standard name.
    expect(isQuotaExceeded(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true)
  })

  it('is false for every other failure, and for things that are not errors', () => {
    expect(isQuotaExceeded(new DOMException('gone', 'AbortError'))).toBe(false)
    expect(isQuotaExceeded(new Dexie.AbortError('aborted', new Error('the disk is full')))).toBe(
      false,
    )
    expect(isQuotaExceeded(new Dexie.ConstraintError('key already exists'))).toBe(false)
    for (const value of [undefined, null, 'QuotaExceededError', 22, {}]) {
      expect(isQuotaExceeded(value)).toBe(false)
    }
  })

  it('does not loop on an error that wraps itself', () => {
    const error = new Error('outer') as Error & { inner?: unknown }
    error.inner = error
    expect(isQuotaExceeded(error)).toBe(false)
  })
})
