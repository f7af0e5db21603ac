/**
 * "Columns": a disclosure button over a small panel that shows, hides and reorders a
 * table's columns. Works on any table that registers columnVisibilityFeature and
 * columnOrderingFeature; pair it with useTableLayout to remember the layout.
 */
import type { RowData, Table, TableFeatures } from '@tanstack/react-table'
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { ColumnsPanel } from './data-table/ColumnsPanel'
import type { ColumnLayoutFeatures } from './data-table/layout-columns'

/** Props of {@link ColumnsMenu}. */
export interface ColumnsMenuProps<
  TFeatures extends TableFeatures & ColumnLayoutFeatures,
  TData extends RowData,
> {
  table: Table<TFeatures, TData>
  /**
   * "Reset columns": typically useTableLayout's `reset`. Without it the table's own
   * order and visibility return to their `initialState`.
   */
  onReset?: () => void
  /** The button's text. */
  label?: string
  className?: string
}

/**
 * Lists the table's leaf columns in display order, each with a checkbox (hidden columns
 * included; the last visible column and `meta.hideable: false` columns cannot be hidden)
 * and "Move <name> up/down" buttons. Escape, a click outside, or Tab out of it closes the
 * panel; Escape returns focus to the button.
 */
export function ColumnsMenu<
  TFeatures extends TableFeatures & ColumnLayoutFeatures,
  TData extends RowData,
>({ table, onReset, label = 'Columns', className }: ColumnsMenuProps<TFeatures, TData>) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return
    // The panel is the innermost thing Escape can close; nothing behind it should react.
    event.preventDefault()
    event.stopPropagation()
    setOpen(false)
    buttonRef.current?.focus()
  }

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    // relatedTarget is null when focus merely drops (a moved row re-renders), not leaves.
    const next = event.relatedTarget
    if (next && !rootRef.current?.contains(next)) setOpen(false)
  }

  const reset = () => {
    if (onReset) return onReset()
    const layout = table as unknown as {
      resetColumnOrder: () => void
      resetColumnVisibility: () => void
    }
    layout.resetColumnOrder()
    layout.resetColumnVisibility()
  }

  return (
    <div
      ref={rootRef}
      className={['columns-menu', className].filter(Boolean).join(' ')}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button-quiet columns-menu-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        <span className="columns-menu-caret" aria-hidden="true" />
      </button>
      {open && <ColumnsPanel id={panelId} label={label} table={table} onReset={reset} />}
    </div>
  )
}
