/**
 * The claims table's columns, at module scope so their references stay stable across
 * renders. Each column's id is the one the filters, sort keys (claim-sort.ts) and the
 * remembered layout name it by.
 */
import type { ClaimTableRow } from '@shared/claims/claim-table-rows'
import { statusLabel, type ClaimStatus } from '@shared/claims/types'
import { createColumnHelper } from '@tanstack/react-table'
import type { claimsFeatures } from './claims-features'
import {
  ConfidenceCell,
  CountCell,
  IndependentCell,
  StatementCell,
  StatusCell,
  TagsCell,
  UpdatedCell,
} from './ClaimsCells'

const helper = createColumnHelper<typeof claimsFeatures, ClaimTableRow>()

/** Column ids in their default order (what the Columns menu resets to). */
export const CLAIM_COLUMN_IDS = [
  'statement',
  'status',
  'confidence',
  'supporting',
  'contradicting',
  'context',
  'independent',
  'tags',
  'updatedAt',
] as const

export const claimsColumns = helper.columns([
  helper.accessor('statement', {
    header: 'Statement',
    filterFn: 'text',
    enableGrouping: false,
    cell: ({ row }) => <StatementCell row={row.original} />,
    meta: { width: '34%', hideable: false, className: 'cl-col-statement' },
  }),
  helper.accessor('status', {
    header: 'Status',
    filterFn: 'equals',
    enableGlobalFilter: false,
    cell: ({ row }) => <StatusCell row={row.original} />,
    meta: { width: '9.5rem', groupLabel: (value) => statusLabel(value as ClaimStatus) },
  }),
  helper.accessor('confidenceRank', {
    id: 'confidence',
    header: 'Confidence',
    sortDescFirst: true,
    filterFn: 'confidence',
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <ConfidenceCell row={row.original} />,
    meta: { width: '9rem' },
  }),
  helper.accessor('supporting', {
    header: 'Supporting',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <CountCell value={row.original.supporting} stance="supports" />,
    meta: { width: '6.5rem', align: 'end' },
  }),
  helper.accessor('contradicting', {
    header: 'Contradicting',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <CountCell value={row.original.contradicting} stance="contradicts" />,
    meta: { width: '7.5rem', align: 'end' },
  }),
  helper.accessor('context', {
    header: 'Context',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <CountCell value={row.original.context} stance="context" />,
    meta: { width: '5.5rem', align: 'end' },
  }),
  helper.accessor('independentSources', {
    id: 'independent',
    header: 'Independent sources',
    sortDescFirst: true,
    filterFn: 'singleSource',
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <IndependentCell row={row.original} />,
    meta: { width: '10.5rem', align: 'end' },
  }),
  helper.accessor('groupTag', {
    id: 'tags',
    header: 'Tags',
    enableSorting: false,
    filterFn: 'hasTag',
    cell: ({ row }) => <TagsCell row={row.original} />,
    meta: { width: '12%', groupLabel: (value) => String(value || 'No tag') },
  }),
  helper.accessor('updatedAt', {
    header: 'Last updated',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <UpdatedCell row={row.original} />,
    meta: { width: '7.5rem' },
  }),
])
