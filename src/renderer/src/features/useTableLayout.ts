/**
 * A table's column order and visibility, remembered between sessions: read once from the
 * database, written back whenever the analyst changes it, forgotten on reset. It joins
 * db/ (the stored layout, which ui/ may not import) and the layout rules of
 * shared/table-layout, so it sits at the features root beside runWrite for every table
 * view to use.
 */
import {
  functionalUpdate,
  type ColumnOrderState,
  type ColumnVisibilityState,
  type Updater,
} from '@tanstack/react-table'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { db } from '../db'
import { clearTableLayout, readTableLayout, saveTableLayout } from '../db/table-layouts'
import { resolveTableLayout, type TableLayout } from '@shared/table-layout/table-layout'

/** What {@link useTableLayout} gives a table: state and setters for `useTable`. */
export interface TableLayoutControls {
  /** Every column id, in display order. */
  columnOrder: ColumnOrderState
  columnVisibility: ColumnVisibilityState
  /** Accepts a TanStack updater: pass it straight to `onColumnOrderChange`. */
  setColumnOrder: (updater: Updater<ColumnOrderState>) => void
  /** Accepts a TanStack updater: pass it straight to `onColumnVisibilityChange`. */
  setColumnVisibility: (updater: Updater<ColumnVisibilityState>) => void
  /** Back to the defined order and default visibility, and forget the stored layout. */
  reset: () => void
  /** False until the stored layout has been read (or found missing or unreadable). */
  loaded: boolean
}

/** Layout defaults: columns hidden until the analyst shows them. */
export interface TableLayoutDefaults {
  columnVisibility?: ColumnVisibilityState
}

interface LayoutState {
  key: string
  /** The stored or edited layout; null for the defaults. */
  layout: Partial<TableLayout> | null
  loaded: boolean
  /** The analyst's last change, still to be written; null when there is nothing to write. */
  write: 'save' | 'clear' | null
}

const initial = (key: string): LayoutState => ({ key, layout: null, loaded: false, write: null })

/**
 * The layout of the table stored under `tableKey`, for the columns `columnIds` (in their
 * defined order, which is the default order). Ids the stored layout names that are not
 * in `columnIds` are dropped; columns it does not name are appended and take their
 * default visibility. A change made before the stored layout arrives wins over it.
 */
export function useTableLayout(
  tableKey: string,
  columnIds: readonly string[],
  defaults: TableLayoutDefaults = {},
): TableLayoutControls {
  const [stateForKey, setState] = useState(() => initial(tableKey))
  const state = stateForKey.key === tableKey ? stateForKey : initial(tableKey)
  // Callers often pass fresh arrays and objects; their content is what matters.
  const idsKey = JSON.stringify(columnIds)
  const defaultsKey = JSON.stringify(defaults.columnVisibility ?? {})
  const resolve = useCallback(
    (layout: Partial<TableLayout> | null) =>
      resolveTableLayout(layout, JSON.parse(idsKey) as string[], {
        columnVisibility: JSON.parse(defaultsKey) as ColumnVisibilityState,
      }),
    [idsKey, defaultsKey],
  )
  const resolved = useMemo(() => resolve(state.layout), [resolve, state.layout])

  useEffect(() => {
    let cancelled = false
    const settle = (layout: Partial<TableLayout> | null) => {
      if (cancelled) return
      setState((current) =>
        current.key === tableKey && current.write !== null
          ? { ...current, loaded: true }
          : { key: tableKey, layout, loaded: true, write: null },
      )
    }
    readTableLayout(db, tableKey).then(settle, (error: unknown) => {
      console.warn(`Could not read the layout of table “${tableKey}”; using defaults.`, error)
      settle(null)
    })
    return () => {
      cancelled = true
    }
  }, [tableKey])

  useEffect(() => {
    if (state.write === null) return
    const written =
      state.write === 'clear'
        ? clearTableLayout(db, state.key)
        : saveTableLayout(db, state.key, resolve(state.layout))
    written.catch((error: unknown) => {
      console.warn(`Could not remember the layout of table “${state.key}”.`, error)
    })
  }, [state, resolve])

  const edit = useCallback(
    (change: (layout: TableLayout) => TableLayout) =>
      setState((current) => {
        const base = current.key === tableKey ? current : initial(tableKey)
        return { ...base, layout: change(resolve(base.layout)), write: 'save' }
      }),
    [tableKey, resolve],
  )
  const setColumnOrder = useCallback(
    (updater: Updater<ColumnOrderState>) =>
      edit((layout) => ({ ...layout, columnOrder: functionalUpdate(updater, layout.columnOrder) })),
    [edit],
  )
  const setColumnVisibility = useCallback(
    (updater: Updater<ColumnVisibilityState>) =>
      edit((layout) => ({
        ...layout,
        columnVisibility: functionalUpdate(updater, layout.columnVisibility),
      })),
    [edit],
  )
  const reset = useCallback(
    () => setState((current) => ({ ...current, key: tableKey, layout: null, write: 'clear' })),
    [tableKey],
  )

  return {
    columnOrder: resolved.columnOrder,
    columnVisibility: resolved.columnVisibility,
    setColumnOrder,
    setColumnVisibility,
    reset,
    loaded: state.loaded,
  }
}
