/**
 * Row virtualisation for a DataTable: which rows to render and how much space the rows
 * scrolled out take above and below them (drawn as spacer rows).
 */
import type { Row, RowData, TableFeatures } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, type RefObject } from 'react'
import { isGroupRow } from './group-rows'

/** Expected height of a group header row before it is measured. */
const GROUP_ROW_HEIGHT = 40

interface VirtualRowsOptions {
  /** The element that scrolls the table. */
  scrollRef: RefObject<HTMLDivElement | null>
  /** False renders every row (no spacers, no measuring). */
  enabled: boolean
  /** Expected row height in px before rows are measured. */
  estimateRowHeight: number
}

/** What {@link useVirtualRows} gives the table body. */
export interface VirtualRows {
  /** Indices in the row model of the rows to render, in order. */
  indices: number[]
  /** Height in px of the rows scrolled out above, and below, the rendered ones. */
  padTop: number
  padBottom: number
  /** Ref callback that measures a rendered row; undefined when not virtualised. */
  measure?: (element: HTMLTableRowElement | null) => void
  /** Scrolls a row that may not be rendered into view; undefined when not virtualised. */
  scrollToIndex?: (index: number) => void
}

/**
 * The rows of `rows` to render: all of them when `enabled` is false, else those in view
 * of `scrollRef` and 8 either side, with the height of the rest as padding.
 */
export function useVirtualRows<TFeatures extends TableFeatures, TData extends RowData>(
  rows: Row<TFeatures, TData>[],
  { scrollRef, enabled, estimateRowHeight }: VirtualRowsOptions,
): VirtualRows {
  // The virtualiser rebuilds its table of every row's position whenever these functions
  // change identity: kept stable while the rows are, or each scrolled frame pays for
  // all of them (6 ms a frame at 50,000 rows).
  const estimateSize = useCallback(
    (index: number) => {
      const row = rows[index]
      return row && isGroupRow(row) ? GROUP_ROW_HEIGHT : estimateRowHeight
    },
    [rows, estimateRowHeight],
  )
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  // The virtualiser's functions change identity as it measures; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: enabled ? rows.length : 0,
    enabled,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 8,
  })
  if (!enabled) return { indices: rows.map((_, index) => index), padTop: 0, padBottom: 0 }
  const items = virtualizer.getVirtualItems()
  const last = items.at(-1)
  return {
    indices: items.map((item) => item.index),
    padTop: items[0]?.start ?? 0,
    padBottom: last ? virtualizer.getTotalSize() - last.end : 0,
    measure: virtualizer.measureElement,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index),
  }
}
