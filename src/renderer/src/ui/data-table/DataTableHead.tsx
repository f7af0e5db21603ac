/**
 * The table's header rows. Sortable columns get a real button (focusable, Enter/Space)
 * and their <th> carries aria-sort while sorted; Shift adds a column to the sort.
 */
import {
  FlexRender,
  type Header,
  type RowData,
  type Table,
  type TableFeatures,
} from '@tanstack/react-table'
import { ariaSort, columnMeta, sortableColumn } from './column-meta'

interface DataTableHeadProps<TFeatures extends TableFeatures, TData extends RowData> {
  table: Table<TFeatures, TData>
}

export function DataTableHead<TFeatures extends TableFeatures, TData extends RowData>({
  table,
}: DataTableHeadProps<TFeatures, TData>) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={group.depth + 1}>
          {group.headers.map((header) => (
            <HeaderCell key={header.id} header={header} />
          ))}
        </tr>
      ))}
    </thead>
  )
}

function HeaderCell<TFeatures extends TableFeatures, TData extends RowData>({
  header,
}: {
  header: Header<TFeatures, TData, unknown>
}) {
  const meta = columnMeta(header.column)
  const sorting = header.isPlaceholder ? null : sortableColumn(header.column)
  const direction = sorting?.getIsSorted() ?? false
  const className = [meta.className, meta.align === 'end' ? 'align-end' : undefined]
    .filter(Boolean)
    .join(' ')
  return (
    <th
      scope="col"
      colSpan={header.colSpan > 1 ? header.colSpan : undefined}
      aria-sort={ariaSort(direction)}
      className={className || undefined}
    >
      {header.isPlaceholder ? null : sorting ? (
        <button
          type="button"
          className="data-table-sort"
          onClick={sorting.getToggleSortingHandler()}
          title={sortTitle(direction, sorting.getNextSortingOrder())}
        >
          <FlexRender header={header} />
          <span
            className="data-table-sort-mark"
            data-direction={direction || 'none'}
            aria-hidden="true"
          >
            {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      ) : (
        <FlexRender header={header} />
      )}
    </th>
  )
}

function sortTitle(current: false | 'asc' | 'desc', next: false | 'asc' | 'desc'): string {
  const now =
    current === 'asc' ? 'Sorted ascending. ' : current === 'desc' ? 'Sorted descending. ' : ''
  const then =
    next === 'asc' ? 'sort ascending' : next === 'desc' ? 'sort descending' : 'remove sorting'
  return `${now}Click to ${then}; Shift+click to sort by more than one column.`
}
