/**
 * What the claims table must show for the synthetic claims, computed in Node the way the
 * app does (src/renderer/src/features/claims/claims-table.tsx and ClaimsView.tsx): the
 * rows from the app's own `buildClaimRows`, in the order the database returns the claims
 * (by id); sorting with the same comparisons and the same tie-break (row index); the
 * free-text filter as a case-insensitive substring of the statement or the tags.
 */
import { buildClaimRows, identitiesOf, type ClaimRow } from '../../src/shared/claims/claim-rows'
import { CLAIM_STATUSES, type ClaimStatus } from '../../src/shared/claims/types'
import type { DocumentSummary } from '../../src/shared/corpus/document-model'
import type { SyntheticClaims } from './synthetic-claims'

/** A sortable column of the claims table, by its header label and column id. */
export interface SortColumn {
  /** The header's text (the sort button's accessible name). */
  label: string
  id: 'statement' | 'status' | 'confidence' | 'supporting' | 'updatedAt'
  /** The first click sorts descending (`sortDescFirst` in claims-table.tsx). */
  descFirst: boolean
  compare(a: ClaimRow, b: ClaimRow): number
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const basic = (a: number, b: number) => (a === b ? 0 : a > b ? 1 : -1)
const STATUS_ORDER = new Map<ClaimStatus, number>(CLAIM_STATUSES.map((s, i) => [s, i]))

/** The columns the sort benchmark clicks, with the app's comparison for each. */
export const SORT_COLUMNS: Readonly<Record<SortColumn['id'], SortColumn>> = {
  statement: {
    label: 'Statement',
    id: 'statement',
    descFirst: false,
    compare: (a, b) => collator.compare(a.statement, b.statement),
  },
  status: {
    label: 'Status',
    id: 'status',
    descFirst: false,
    compare: (a, b) => (STATUS_ORDER.get(a.status) ?? 0) - (STATUS_ORDER.get(b.status) ?? 0),
  },
  confidence: {
    label: 'Confidence',
    id: 'confidence',
    descFirst: true,
    compare: (a, b) => basic(a.confidenceRank, b.confidenceRank),
  },
  supporting: {
    label: 'Supporting',
    id: 'supporting',
    descFirst: true,
    compare: (a, b) => basic(a.supporting, b.supporting),
  },
  updatedAt: {
    label: 'Last updated',
    id: 'updatedAt',
    descFirst: true,
    compare: (a, b) => basic(a.updatedAt, b.updatedAt),
  },
}

/** One sorting state of the table: a column and a direction. */
export interface SortState {
  column: SortColumn
  desc: boolean
}

/** The table's rows for the synthetic claims and the answers the benchmarks check. */
export interface ClaimsModel {
  /** Rows in data order (claims by id), as the table's core row model has them. */
  rows: ClaimRow[]
  /** The row the table shows first under `sort` (filtered to `rows` when given). */
  first(sort: SortState, rows?: readonly ClaimRow[]): ClaimRow | undefined
  /** The rows the search box keeps for `query`, in data order. */
  filter(query: string): ClaimRow[]
}

/** The app's default sorting: most recently updated first. */
export const DEFAULT_SORT: SortState = { column: SORT_COLUMNS.updatedAt, desc: true }

/**
 * Builds the model. `documents` are the web host's corpus summaries (the app counts
 * independent sources over their authors and outlets); no source grades are set.
 */
export function claimsModel(data: SyntheticClaims, documents: DocumentSummary[]): ClaimsModel {
  const claims = [...data.claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const rows = buildClaimRows(
    claims,
    data.evidence,
    identitiesOf(documents.map((d) => d.meta)),
    new Map(),
  )
  const index = new Map(rows.map((row, i) => [row, i]))
  return {
    rows,
    first(sort, subset = rows) {
      let best: ClaimRow | undefined
      for (const row of subset) {
        if (!best) {
          best = row
          continue
        }
        let order = sort.column.compare(row, best)
        if (sort.desc) order = -order
        if (order < 0 || (order === 0 && (index.get(row) ?? 0) < (index.get(best) ?? 0))) {
          best = row
        }
      }
      return best
    },
    filter(query) {
      const needle = query.trim().toLowerCase()
      return rows.filter(
        (row) =>
          row.statement.toLowerCase().includes(needle) ||
          row.tags.join(', ').toLowerCase().includes(needle),
      )
    },
  }
}
