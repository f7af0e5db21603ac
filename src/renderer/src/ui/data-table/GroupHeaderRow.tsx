/**
 * A group's header row: one cell across the table with a real button that expands or
 * collapses the group ("Contested · 12"). The button, not the row, takes the roving focus,
 * so a screen reader hears the group's name and state; Enter and Space are the button's own.
 */
import type { CSSProperties } from 'react'
import type { GroupRowInfo } from './group-rows'

interface GroupHeaderRowProps {
  group: GroupRowInfo
  /** Index in the row model (data-index, for keyboard navigation). */
  index: number
  ariaRowIndex: number
  columns: number
  /** Whether this row is the one in the tab order. */
  tabbable: boolean
  /** How the count is said to assistive technology, e.g. "12 claims". */
  countLabel: (count: number) => string
  measure?: (element: HTMLTableRowElement | null) => void
}

export function GroupHeaderRow(props: GroupHeaderRowProps) {
  const { group, index, ariaRowIndex, columns, tabbable, countLabel, measure } = props
  const content = (
    <>
      <span className="data-table-group-label">{group.label}</span>
      <span className="data-table-group-count" aria-hidden="true">
        · {group.count}
      </span>
      <span className="visually-hidden">, {countLabel(group.count)}</span>
    </>
  )
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={ariaRowIndex}
      className="data-table-group"
      style={{ '--data-table-depth': group.depth } as CSSProperties}
      // Without rowExpandingFeature there is nothing to press: the row itself takes focus.
      tabIndex={group.toggle ? undefined : tabbable ? 0 : -1}
    >
      <td colSpan={Math.max(1, columns)}>
        {group.toggle ? (
          <button
            type="button"
            className="data-table-group-toggle"
            data-row-focus=""
            tabIndex={tabbable ? 0 : -1}
            aria-expanded={group.expanded}
            onClick={group.toggle}
          >
            <span className="data-table-group-mark" aria-hidden="true" />
            {content}
          </button>
        ) : (
          <span className="data-table-group-static">{content}</span>
        )}
      </td>
    </tr>
  )
}
