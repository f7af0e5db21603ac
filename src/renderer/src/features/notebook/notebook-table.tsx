/**
 * The notebook table's features and columns, at module scope so their references stay
 * stable across renders (TanStack Table v9 recomputes models when they change).
 */
import type { NotebookRow } from '@shared/highlights/notebook-rows'
import {
  columnOrderingFeature,
  columnVisibilityFeature,
  constructSortFn,
  createColumnHelper,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  type SortingState,
} from '@tanstack/react-table'
import type { DataTableColumnMeta } from '../../ui/DataTable'
import {
  ColourCell,
  CreatedCell,
  NoteCell,
  OpenCell,
  ParagraphCell,
  QuoteCell,
  TagsCell,
} from './NotebookCells'
import { compareText } from '@shared/sorting/text-order'

/** Text in the analyst's sense of alphabetical order: no case, numbers by value. */
const sortFn_collated = constructSortFn({
  sort: (a: unknown, b: unknown) => compareText(String(a ?? ''), String(b ?? '')),
})

/**
 * The notebook table's features: client-side sorting with named comparators, and a column
 * layout (order, visibility) the analyst can change and the notebook remembers.
 */
export const notebookFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_collated, basic: sortFn_basic },
  columnMeta: metaHelper<DataTableColumnMeta>(),
})

/** Newest first. */
export const NOTEBOOK_DEFAULT_SORTING: SortingState = [{ id: 'createdAt', desc: true }]

const helper = createColumnHelper<typeof notebookFeatures, NotebookRow>()

/** Quote, note, tags, colour, source, ¶, created, and the "Open passage" link. */
export const notebookColumns = helper.columns([
  helper.accessor('quote', {
    header: 'Quote',
    sortFn: 'text',
    cell: ({ row }) => <QuoteCell row={row.original} />,
    // A row without its quote says nothing, so the quote cannot be hidden.
    meta: { width: '30%', className: 'nb-col-quote', hideable: false },
  }),
  helper.accessor('note', {
    header: 'Note',
    sortFn: 'text',
    cell: ({ row }) => <NoteCell row={row.original} />,
    meta: { width: '16%' },
  }),
  helper.accessor((row) => row.tags.join(', '), {
    id: 'tags',
    header: 'Tags',
    enableSorting: false,
    cell: ({ row }) => <TagsCell row={row.original} />,
    meta: { width: '11%' },
  }),
  helper.accessor('colorName', {
    id: 'color',
    header: 'Colour',
    sortFn: 'text',
    cell: ({ row }) => <ColourCell row={row.original} />,
    meta: { width: '8rem' },
  }),
  helper.accessor('sourceTitle', {
    id: 'source',
    header: 'Source',
    sortFn: 'text',
    cell: ({ row }) => (
      <span className="nb-source" title={row.original.sourceTitle}>
        {row.original.sourceTitle}
      </span>
    ),
    meta: { width: '17%' },
  }),
  helper.accessor((row) => row.firstParagraph ?? undefined, {
    id: 'paragraph',
    // Imported PDFs are cited by page, the rest by ¶: the header names both.
    header: 'Passage',
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: ({ row }) => <ParagraphCell row={row.original} />,
    meta: { width: '5.5rem', label: 'Passage (¶ or page)' },
  }),
  helper.accessor('createdAt', {
    header: 'Created',
    sortFn: 'basic',
    sortDescFirst: true,
    cell: ({ row }) => <CreatedCell row={row.original} />,
    meta: { width: '8.5rem' },
  }),
  helper.display({
    id: 'open',
    header: () => <span className="visually-hidden">Actions</span>,
    cell: ({ row }) => <OpenCell row={row.original} />,
    meta: { width: '10rem', className: 'nb-col-open', label: 'Actions' },
  }),
])

/** The column ids in their defined order, which is the default layout. */
export const NOTEBOOK_COLUMN_IDS: readonly string[] = notebookColumns.map(
  (column) => column.id ?? ('accessorKey' in column ? String(column.accessorKey) : ''),
)

/** The key the notebook's column layout is remembered under. */
export const NOTEBOOK_TABLE_KEY = 'notebook'
