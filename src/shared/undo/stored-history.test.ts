import { describe, expect, it } from 'vitest'
import { createHistorySerialiser, jsonLongerThan } from './stored-history'

const step = (label: string, extra: object = {}) => ({ label, at: 1, changes: [], ...extra })

describe('jsonLongerThan', () => {
  it('agrees with JSON.stringify on either side of the limit', () => {
    const value = { label: 'add document', changes: [{ text: 'x'.repeat(1000), n: 12 }] }
    const length = JSON.stringify(value).length
    expect(jsonLongerThan(value, length - 20)).toBe(true)
    expect(jsonLongerThan(value, length)).toBe(false)
  })

  it('never says longer for a value that fits, whatever its nesting', () => {
    const value = { a: [1, true, null, { b: ['c', 'd', { e: 'f' }] }], g: 'h', before: undefined }
    expect(jsonLongerThan(value, JSON.stringify(value).length)).toBe(false)
  })
})

describe('createHistorySerialiser', () => {
  it('writes what JSON.stringify writes for a history of ordinary steps', () => {
    const serialise = createHistorySerialiser()
    const stack = { done: [step('add highlight'), step('edit note')], undone: [step('tag')] }
    expect(JSON.parse(serialise(stack))).toEqual(stack)
    expect(JSON.parse(serialise({ done: [], undone: [] }))).toEqual({ done: [], undone: [] })
  })

  it('leaves out a step too large to keep with the steps before it, so nothing reaches past it', () => {
    const serialise = createHistorySerialiser(500)
    const big = step('import document', { text: 'word '.repeat(200) })
    // Undone in order: highlight on the document, then the import. Redoing the highlight
    // after a reload, without the import, would put it on a document that is not there.
    const stack = { done: [step('one'), big, step('two')], undone: [step('highlight'), big] }
    expect(JSON.parse(serialise(stack))).toEqual({ done: [step('two')], undone: [] })
  })

  it('serialises each step once, however many saves include it', () => {
    let serialised = 0
    const counted = { label: 'add highlight', toJSON: () => (serialised++, { label: 'x' }) }
    const serialise = createHistorySerialiser()
    serialise({ done: [counted], undone: [] })
    serialise({ done: [counted, step('next')], undone: [] })
    serialise({ done: [], undone: [counted] })
    expect(serialised).toBe(1)
  })
})
