/**
 * A roving tabindex over the matrix's grid: one cell is in the tab order, arrows move
 * between cells. A cell the analyst just changed keeps the focus while the live data
 * re-sorts the rows under it (React moving a row out of the DOM and back drops focus),
 * or passes it to the cell that took its place when its row leaves the matrix.
 */
import {
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react'
import { firstPosition, moveInGrid, type GridPosition, type GridShape } from './grid-moves'

/** How long after a change the focus is brought back: long enough for the live update. */
const KEEP_FOCUS_MS = 3000

interface KeptFocus extends GridPosition {
  /** The row's index at the time, for the neighbour that takes its place. */
  rowIndex: number
  until: number
}

export interface GridFocus {
  tableRef: RefObject<HTMLTableElement | null>
  /** 0 for the one cell in the tab order, -1 for the rest. */
  tabIndexOf: (row: string, col: string) => 0 | -1
  /** The data attributes that make an element a cell of the grid. */
  cellProps: (row: string, col: string) => { 'data-grid-row': string; 'data-grid-col': string }
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
  onFocus: (event: FocusEvent<HTMLElement>) => void
  onBlur: (event: FocusEvent<HTMLElement>) => void
  /** Call when a cell changes its data, so it keeps the focus through the re-sort. */
  keepFocus: (position: GridPosition) => void
}

function positionOf(target: EventTarget | null): GridPosition | null {
  if (!(target instanceof HTMLElement)) return null
  const row = target.dataset.gridRow
  const col = target.dataset.gridCol
  return row !== undefined && col !== undefined ? { row, col } : null
}

function cellElement(table: HTMLTableElement | null, { row, col }: GridPosition) {
  return table?.querySelector<HTMLElement>(
    `[data-grid-row="${CSS.escape(row)}"][data-grid-col="${CSS.escape(col)}"]`,
  )
}

const same = (a: GridPosition | null, b: GridPosition | null) =>
  !!a && !!b && a.row === b.row && a.col === b.col

/** Where kept focus goes now: the same cell, or the one in its row's place if it left. */
function keptTarget(shape: GridShape, kept: KeptFocus): GridPosition | null {
  if (shape.has(kept.row, kept.col)) return kept
  const row = shape.rows[Math.min(kept.rowIndex, shape.rows.length - 1)]
  if (row === undefined) return null
  if (shape.has(row, kept.col)) return { row, col: kept.col }
  const col = shape.cols.find((c) => shape.has(row, c))
  return col === undefined ? null : { row, col }
}

export function useGridFocus(shape: GridShape): GridFocus {
  const tableRef = useRef<HTMLTableElement>(null)
  const kept = useRef<KeptFocus | null>(null)
  const [active, setActive] = useState<GridPosition | null>(null)
  const current = active && shape.has(active.row, active.col) ? active : firstPosition(shape)

  useLayoutEffect(() => {
    const target = kept.current
    const table = tableRef.current
    if (!target || !table) return
    const focused = document.activeElement
    const lost = !focused || focused === document.body || table.contains(focused)
    if (Date.now() > target.until || !lost) {
      kept.current = null
      return
    }
    const to = keptTarget(shape, target)
    const element = to && cellElement(table, to)
    if (element && element !== focused) element.focus()
  })

  return {
    tableRef,
    tabIndexOf: (row, col) => (same(current, { row, col }) ? 0 : -1),
    cellProps: (row, col) => ({ 'data-grid-row': row, 'data-grid-col': col }),
    onKeyDown(event) {
      const from = positionOf(event.target)
      if (!from || event.altKey || event.shiftKey) return
      const dir = getComputedStyle(event.currentTarget).direction === 'rtl' ? 'rtl' : 'ltr'
      const to = moveInGrid(shape, from, event.key, event.ctrlKey || event.metaKey, dir)
      if (!to) return
      event.preventDefault()
      kept.current = null
      setActive(to)
      cellElement(tableRef.current, to)?.focus()
    },
    onFocus(event) {
      const at = positionOf(event.target)
      if (!at) return
      setActive(at)
      const target = kept.current
      if (target && !same(at, keptTarget(shape, target))) kept.current = null
    },
    onBlur(event) {
      // Focus going somewhere else on purpose ends the keeping; a row moved in the DOM
      // loses focus with no related target, which is exactly when it must come back.
      const to = event.relatedTarget
      if (to instanceof Node && !tableRef.current?.contains(to)) kept.current = null
    },
    keepFocus(position) {
      kept.current = {
        ...position,
        rowIndex: shape.rows.indexOf(position.row),
        until: Date.now() + KEEP_FOCUS_MS,
      }
    },
  }
}
