/**
 * Keyboard movement in the matrix's grid (roving tabindex): where an arrow, Home or End
 * key takes the focus from one cell, given which cells hold something focusable.
 */

/** A cell: its row ('head' or a highlight id) and its column ('evidence' or a claim id). */
export interface GridPosition {
  row: string
  col: string
}

export interface GridShape {
  rows: readonly string[]
  cols: readonly string[]
  /** Whether the cell holds something focusable (the header has no evidence cell, say). */
  has: (row: string, col: string) => boolean
}

/** The first focusable cell, reading row by row; null for a grid with none. */
export function firstPosition(shape: GridShape): GridPosition | null {
  for (const row of shape.rows) {
    const col = shape.cols.find((c) => shape.has(row, c))
    if (col !== undefined) return { row, col }
  }
  return null
}

function lastPosition(shape: GridShape): GridPosition | null {
  for (const row of [...shape.rows].reverse()) {
    const col = lastOf(shape.cols, (c) => shape.has(row, c))
    if (col !== undefined) return { row, col }
  }
  return null
}

/** Array.prototype.findLast, which the ES2022 library the renderer targets lacks. */
function lastOf<T>(items: readonly T[], ok: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (ok(items[i]!)) return items[i]
  return undefined
}

/** The next focusable cell from `start` in steps of `step`, or null at the edge. */
function step<T>(items: readonly T[], start: number, by: number, ok: (item: T) => boolean) {
  for (let i = start + by; i >= 0 && i < items.length; i += by) {
    if (ok(items[i]!)) return items[i]!
  }
  return null
}

/**
 * Where `key` moves the focus from `from`: arrows step to the nearest focusable cell that
 * way, Home/End go to the row's ends, and with Ctrl (or Cmd) to the grid's corners. At an
 * edge the focus stays (`from` is returned, so the key still must not scroll the page);
 * keys that do not move give null. Left and right follow the reading direction `dir`.
 */
export function moveInGrid(
  shape: GridShape,
  from: GridPosition,
  key: string,
  ctrl: boolean,
  dir: 'ltr' | 'rtl' = 'ltr',
): GridPosition | null {
  const r = shape.rows.indexOf(from.row)
  const c = shape.cols.indexOf(from.col)
  if (r < 0 || c < 0) return null
  const inRow = (col: string) => shape.has(from.row, col)
  const inCol = (row: string) => shape.has(row, from.col)
  const forward = dir === 'rtl' ? -1 : 1
  let to: GridPosition | null
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const col = step(shape.cols, c, key === 'ArrowRight' ? forward : -forward, inRow)
      to = col === null ? null : { row: from.row, col }
      break
    }
    case 'ArrowDown':
    case 'ArrowUp': {
      const row = step(shape.rows, r, key === 'ArrowDown' ? 1 : -1, inCol)
      to = row === null ? null : { row, col: from.col }
      break
    }
    case 'Home':
    case 'End': {
      if (ctrl) {
        to = key === 'Home' ? firstPosition(shape) : lastPosition(shape)
        break
      }
      const col = key === 'Home' ? shape.cols.find(inRow) : lastOf(shape.cols, inRow)
      to = col === undefined ? null : { row: from.row, col }
      break
    }
    default:
      return null
  }
  return to ?? from
}
