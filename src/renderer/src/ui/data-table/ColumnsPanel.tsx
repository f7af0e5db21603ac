/**
 * The Columns menu's panel: one line per leaf column with a visibility checkbox and
 * move buttons, then "Reset columns". A moved column's button keeps focus, so a column
 * can be walked up or down with repeated presses.
 */
import type { RowData, Table, TableFeatures } from '@tanstack/react-table'
import { useLayoutEffect, useRef } from 'react'
import { layoutColumns, moveLayoutColumn, setColumnVisible } from './layout-columns'

interface ColumnsPanelProps<TFeatures extends TableFeatures, TData extends RowData> {
  id: string
  /** The menu's name ("Columns"), for the panel's accessible name. */
  label: string
  table: Table<TFeatures, TData>
  onReset: () => void
}

export function ColumnsPanel<TFeatures extends TableFeatures, TData extends RowData>({
  id,
  label,
  table,
  onReset,
}: ColumnsPanelProps<TFeatures, TData>) {
  const columns = layoutColumns(table)
  const shown = columns.filter((column) => column.visible).length
  const listRef = useRef<HTMLUListElement>(null)
  const refocus = useRef<string | null>(null)

  // React may re-insert a moved line's element, which drops its focus; put it back.
  useLayoutEffect(() => {
    const key = refocus.current
    if (key === null) return
    refocus.current = null
    const selector = `[data-focus-key="${CSS.escape(key)}"]`
    const target = listRef.current?.querySelector<HTMLElement>(selector)
    if (target && document.activeElement !== target) target.focus()
  })

  const move = (columnId: string, offset: -1 | 1) => {
    refocus.current = `${columnId}:${offset}`
    moveLayoutColumn(table, columnId, offset)
  }

  return (
    <div id={id} className="columns-menu-panel" role="group" aria-label={label}>
      <ul ref={listRef} className="columns-menu-list">
        {columns.map((column, index) => {
          // At least one column stays on screen, and some columns always do.
          const locked = column.visible && (!column.hideable || shown === 1)
          const noteId = `${id}-note-${index}`
          return (
            <li key={column.id} className="columns-menu-item">
              <label className="columns-menu-check">
                <input
                  type="checkbox"
                  checked={column.visible}
                  disabled={locked}
                  aria-describedby={locked ? noteId : undefined}
                  onChange={(event) => setColumnVisible(table, column.id, event.target.checked)}
                />
                <span className="columns-menu-name">{column.label}</span>
              </label>
              {locked && (
                <span id={noteId} className="columns-menu-note">
                  {column.hideable ? 'only one shown' : 'always shown'}
                </span>
              )}
              <MoveButton
                name={column.label}
                direction="up"
                focusKey={`${column.id}:-1`}
                atEnd={index === 0}
                onMove={() => move(column.id, -1)}
              />
              <MoveButton
                name={column.label}
                direction="down"
                focusKey={`${column.id}:1`}
                atEnd={index === columns.length - 1}
                onMove={() => move(column.id, 1)}
              />
            </li>
          )
        })}
      </ul>
      <div className="columns-menu-footer">
        <button type="button" className="button-quiet" onClick={onReset}>
          Reset columns
        </button>
      </div>
    </div>
  )
}

interface MoveButtonProps {
  name: string
  direction: 'up' | 'down'
  focusKey: string
  /** Already first (up) or last (down): the button stays focusable but does nothing. */
  atEnd: boolean
  onMove: () => void
}

function MoveButton({ name, direction, focusKey, atEnd, onMove }: MoveButtonProps) {
  const text = `Move ${name} ${direction}`
  return (
    <button
      type="button"
      className="columns-menu-move"
      data-focus-key={focusKey}
      aria-label={text}
      title={text}
      // aria-disabled, not disabled: a disabled button would lose the focus it just used.
      aria-disabled={atEnd || undefined}
      onClick={atEnd ? undefined : onMove}
    >
      <span className={`columns-menu-arrow columns-menu-arrow-${direction}`} aria-hidden="true" />
    </button>
  )
}
