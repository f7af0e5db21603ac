import { describe, expect, it } from 'vitest'
import { firstPosition, moveInGrid, type GridShape } from './grid-moves'

// The matrix's layout: a header row without an evidence cell, then evidence rows.
const shape: GridShape = {
  rows: ['head', 'h1', 'h2'],
  cols: ['evidence', 'c1', 'c2'],
  has: (row, col) =>
    !(row === 'head' && col === 'evidence') && !(row === 'h2' && col === 'evidence'),
}

describe('moveInGrid', () => {
  it('steps with the arrows and stays put at the edges', () => {
    expect(moveInGrid(shape, { row: 'h1', col: 'c1' }, 'ArrowRight', false)).toEqual({
      row: 'h1',
      col: 'c2',
    })
    expect(moveInGrid(shape, { row: 'h1', col: 'c2' }, 'ArrowRight', false)).toEqual({
      row: 'h1',
      col: 'c2',
    })
    expect(moveInGrid(shape, { row: 'h1', col: 'c1' }, 'ArrowUp', false)).toEqual({
      row: 'head',
      col: 'c1',
    })
    expect(moveInGrid(shape, { row: 'h1', col: 'c1' }, 'ArrowDown', false)).toEqual({
      row: 'h2',
      col: 'c1',
    })
  })

  it('skips cells with nothing to focus', () => {
    expect(moveInGrid(shape, { row: 'h1', col: 'evidence' }, 'ArrowUp', false)).toEqual({
      row: 'h1',
      col: 'evidence',
    })
    expect(moveInGrid(shape, { row: 'h1', col: 'evidence' }, 'ArrowDown', false)).toEqual({
      row: 'h1',
      col: 'evidence',
    })
    expect(moveInGrid(shape, { row: 'h2', col: 'c1' }, 'ArrowLeft', false)).toEqual({
      row: 'h2',
      col: 'c1',
    })
  })

  it('goes to the ends of the row with Home and End, to the corners with Ctrl', () => {
    expect(moveInGrid(shape, { row: 'h1', col: 'c2' }, 'Home', false)).toEqual({
      row: 'h1',
      col: 'evidence',
    })
    expect(moveInGrid(shape, { row: 'head', col: 'c2' }, 'Home', false)).toEqual({
      row: 'head',
      col: 'c1',
    })
    expect(moveInGrid(shape, { row: 'h1', col: 'c1' }, 'End', true)).toEqual({
      row: 'h2',
      col: 'c2',
    })
    expect(moveInGrid(shape, { row: 'h2', col: 'c2' }, 'Home', true)).toEqual({
      row: 'head',
      col: 'c1',
    })
  })

  it('mirrors left and right in a right-to-left layout', () => {
    expect(moveInGrid(shape, { row: 'h1', col: 'c1' }, 'ArrowLeft', false, 'rtl')).toEqual({
      row: 'h1',
      col: 'c2',
    })
  })

  it('ignores other keys and cells that are not in the grid', () => {
    expect(moveInGrid(shape, { row: 'h1', col: 'c1' }, 'Enter', false)).toBeNull()
    expect(moveInGrid(shape, { row: 'gone', col: 'c1' }, 'ArrowDown', false)).toBeNull()
  })
})

describe('firstPosition', () => {
  it('is the first focusable cell, or null in an empty grid', () => {
    expect(firstPosition(shape)).toEqual({ row: 'head', col: 'c1' })
    expect(firstPosition({ rows: [], cols: [], has: () => true })).toBeNull()
  })
})
