/**
 * The sources overview's table: features and columns at module scope, so their references
 * stay stable across renders (TanStack Table v9 recomputes models when they change).
 */
import { formatShare, type OverviewRow } from '@shared/reuse/reuse-labels'
import { createColumnHelper, metaHelper, tableFeatures } from '@tanstack/react-table'
import type { DataTableColumnMeta } from '../../ui/DataTable'

/** A pair of the overview with its two sources named ("Tahir, ‘Title’"). */
export interface SourcePairRow {
  row: OverviewRow
  earlierName: string
  laterName: string
}

/** No sorting or layout of its own: the rows come largest share first, as they should be read. */
export const sourcesFeatures = tableFeatures({
  columnMeta: metaHelper<DataTableColumnMeta>(),
})

const helper = createColumnHelper<typeof sourcesFeatures, SourcePairRow>()

/** "X → Y" (earlier first), words shared, the share of each, and how many passages. */
export const sourcesColumns = helper.columns([
  helper.accessor((pair) => `${pair.earlierName} ${pair.laterName}`, {
    id: 'pair',
    header: 'Sources, earlier → later',
    cell: ({ row }) => <PairCell pair={row.original} />,
    meta: { width: '52%' },
  }),
  helper.accessor((pair) => Math.max(pair.row.earlier.words, pair.row.later.words), {
    id: 'words',
    header: 'Words shared',
    meta: { align: 'end' },
  }),
  helper.accessor((pair) => pair.row.earlier.share, {
    id: 'shareEarlier',
    header: 'Share of earlier',
    cell: ({ getValue }) => formatShare(getValue()),
    meta: { align: 'end' },
  }),
  helper.accessor((pair) => pair.row.later.share, {
    id: 'shareLater',
    header: 'Share of later',
    cell: ({ getValue }) => formatShare(getValue()),
    meta: { align: 'end' },
  }),
  helper.accessor((pair) => pair.row.passages, {
    id: 'passages',
    header: 'Passages',
    meta: { align: 'end' },
  }),
])

function PairCell({ pair }: { pair: SourcePairRow }) {
  return (
    <span className="sp-pair">
      <span dir="auto">{pair.earlierName}</span>
      {pair.row.ordered ? (
        <span className="sp-arrow">
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden">was published before </span>
        </span>
      ) : (
        <span className="sp-arrow"> and </span>
      )}
      <span dir="auto">{pair.laterName}</span>
      {!pair.row.ordered && (
        <span className="sp-unordered"> (dates do not say which came first)</span>
      )}
    </span>
  )
}
