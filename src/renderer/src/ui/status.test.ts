import Dexie from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import {
  announce,
  describeError,
  dismissStatus,
  INFO_LIFETIME_MS,
  lifetimeOf,
  currentStatus as shown,
} from './status'

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

  it('shows the message Dexie wrapped, without the error names in front', () => {
    const refused = Object.assign(new Error('Your work was saved by a newer version.'), {
      name: 'NewerDatabaseError',
    })
    const wrapped = new Dexie.OpenFailedError(refused)
    expect(wrapped.message).toMatch(/^NewerDatabaseError /)
    expect(describeError(wrapped, 'x')).toBe('Your work was saved by a newer version.')
    const written = Object.assign(new Error('Not this.'), { inner: refused })
    expect(describeError(written, 'x')).toBe('Not this.')
  })
})

describe('how long a message stays', () => {
  it('lets information go by itself after a few seconds', () => {
    expect(lifetimeOf('info')).toBe(INFO_LIFETIME_MS)
    expect(INFO_LIFETIME_MS).toBeGreaterThanOrEqual(4000)
    expect(INFO_LIFETIME_MS).toBeLessThanOrEqual(10000)
  })

  it('keeps errors and messages that offer an action until dismissed', () => {
    const undo = { label: 'Undo', run: () => undefined }
    expect(lifetimeOf('error')).toBeNull()
    expect(lifetimeOf('info', undo)).toBeNull()
  })
})

describe('announce and dismiss', () => {
  it('carries the action and its lifetime with the message', () => {
    const run = vi.fn()
    announce('Highlight deleted.', 'info', { action: { label: 'Undo', run } })
    expect(shown()).toMatchObject({ text: 'Highlight deleted.', tone: 'info', lifetime: null })
    shown()?.action?.run()
    expect(run).toHaveBeenCalledOnce()
    announce('Quote copied.')
    expect(shown()).toMatchObject({ lifetime: INFO_LIFETIME_MS, action: undefined })
  })

  it('dismissing an older message by its id leaves a newer one alone', () => {
    announce('First.')
    const first = shown()!.id
    announce('Second.')
    dismissStatus(first)
    expect(shown()?.text).toBe('Second.')
    dismissStatus(shown()!.id)
    expect(shown()).toBeNull()
  })
})
