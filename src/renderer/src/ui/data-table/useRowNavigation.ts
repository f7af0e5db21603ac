/**
 * Keyboard movement between the rows of a DataTable with a roving tabindex: one row is in
 * the tab order; arrows, j/k, Home/End and PageUp/PageDown move focus; Enter activates.
 * A row whose focus belongs to a control inside it (a group header's button) marks that
 * control `data-row-focus`; the control keeps its own Enter and Space.
 * Works with virtualised rows: a row scrolled out is scrolled back before it is focused.
 */
import {
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react'
import { moveIndex } from '../list-navigation'

/** Rows skipped by PageUp / PageDown. */
const PAGE = 10

interface RowNavigationOptions {
  count: number
  bodyRef: RefObject<HTMLTableSectionElement | null>
  /** Brings a row that may not be rendered into view (virtualised tables). */
  scrollToIndex?: (index: number) => void
  onActivate?: (index: number) => void
}

interface RowNavigation {
  /** The row that takes focus when the table is tabbed into. */
  activeIndex: number
  onKeyDown: (event: KeyboardEvent<HTMLTableSectionElement>) => void
  onFocus: (event: FocusEvent<HTMLTableSectionElement>) => void
}

/** The index a row element carries, or null for anything that is not a data row. */
export function rowIndexOf(element: Element | null): number | null {
  const row = element?.closest('tr[data-index]')
  const value = row?.getAttribute('data-index')
  return value === null || value === undefined ? null : Number(value)
}

/** The element that takes focus for a row: its `data-row-focus` control, else the row. */
export function rowFocusTarget(row: HTMLElement): HTMLElement {
  return row.querySelector<HTMLElement>('[data-row-focus]') ?? row
}

export function useRowNavigation(options: RowNavigationOptions): RowNavigation {
  const { count, bodyRef, scrollToIndex, onActivate } = options
  const [active, setActive] = useState(0)
  const pendingFocus = useRef<number | null>(null)
  const activeIndex = Math.max(0, Math.min(active, count - 1))

  // After each render, focus the row a key asked for once it is in the DOM.
  useEffect(() => {
    const index = pendingFocus.current
    if (index === null) return
    const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)
    if (!row) return
    pendingFocus.current = null
    // Only if focus is still in the table (or was lost with an unmounted row).
    const focused = document.activeElement
    if (focused === document.body || bodyRef.current?.contains(focused)) rowFocusTarget(row).focus()
  })

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const target = event.target as Element
    const isRow = target.tagName === 'TR'
    if (!isRow && !target.hasAttribute('data-row-focus')) return
    const index = rowIndexOf(target)
    if (index === null) return
    if (event.key === 'Enter' && isRow) {
      event.preventDefault()
      onActivate?.(index)
      return
    }
    const next =
      event.key === 'PageDown'
        ? Math.min(index + PAGE, count - 1)
        : event.key === 'PageUp'
          ? Math.max(index - PAGE, 0)
          : moveIndex(event.key, index, count)
    if (next === null) return
    event.preventDefault()
    if (next === index) return
    setActive(next)
    pendingFocus.current = next
    scrollToIndex?.(next)
  }

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const index = rowIndexOf(event.target)
    if (index !== null) setActive(index)
  }

  return { activeIndex, onKeyDown, onFocus }
}
