import { describe, expect, it } from 'vitest'
import { mergeColumnOrder, moveColumn } from './column-order'

describe('mergeColumnOrder', () => {
  it('keeps the given order, drops unknown and repeated ids, appends the rest', () => {
    expect(mergeColumnOrder(['c', 'x', 'a', 'c'], ['a', 'b', 'c', 'd'])).toEqual([
      'c',
      'a',
      'b',
      'd',
    ])
  })

  it('is the defined order when no order is given', () => {
    expect(mergeColumnOrder([], ['a', 'b'])).toEqual(['a', 'b'])
  })
})

describe('moveColumn', () => {
  const order = ['a', 'b', 'c', 'd']

  it('moves a column up and down by one place', () => {
    expect(moveColumn(order, 'c', -1)).toEqual(['a', 'c', 'b', 'd'])
    expect(moveColumn(order, 'b', 1)).toEqual(['a', 'c', 'b', 'd'])
  })

  it('stops at either end', () => {
    expect(moveColumn(order, 'a', -1)).toEqual(order)
    expect(moveColumn(order, 'd', 1)).toEqual(order)
    expect(moveColumn(order, 'b', 10)).toEqual(['a', 'c', 'd', 'b'])
  })

  it('leaves the order alone for an unknown id, without changing the input', () => {
    expect(moveColumn(order, 'x', 1)).toEqual(order)
    moveColumn(order, 'a', 2)
    expect(order).toEqual(['a', 'b', 'c', 'd'])
  })
})
