/**
 * The claims table as CSV: the columns the Claims view shows, under the same names, plus
 * what a spreadsheet needs that the view shows in other ways (the status the evidence
 * suggests, the single-source flag, the note and the claim's id).
 */

import type { ClaimRow } from '../claims/claim-rows'
import { formatConfidence } from '../claims/confidence'
import { statusLabel } from '../claims/types'
import { toCsv, type CsvCell, type CsvOptions } from './csv'

/** A claim row as the export needs it; ClaimRow satisfies it, with the claim's note added. */
export type ClaimRowForCsv = Pick<
  ClaimRow,
  | 'id'
  | 'statement'
  | 'status'
  | 'suggested'
  | 'confidence'
  | 'supporting'
  | 'contradicting'
  | 'context'
  | 'independentSupporting'
  | 'independentContradicting'
  | 'independentSources'
  | 'singleSource'
  | 'tags'
  | 'updatedAt'
> & {
  /** The claim's note; ClaimRow has none, so add it from the claim record. */
  note?: string
}

/** Between tags in the Tags cell. Tags may hold commas; a semicolon is rarer in them. */
export const TAG_SEPARATOR = '; '

/** Column names, in order; the first ones match the Claims table's headers. */
export const CLAIMS_CSV_HEADER = [
  'Statement',
  'Status',
  'Evidence suggests',
  'Confidence',
  'Supporting',
  'Contradicting',
  'Context',
  'Independent sources',
  'Independent supporting',
  'Independent contradicting',
  'Single source',
  'Tags',
  'Note',
  'Last updated',
  'Claim ID',
] as const

function claimCells(row: ClaimRowForCsv): CsvCell[] {
  return [
    row.statement,
    statusLabel(row.status),
    statusLabel(row.suggested),
    formatConfidence(row.confidence),
    row.supporting,
    row.contradicting,
    row.context,
    row.independentSources,
    row.independentSupporting,
    row.independentContradicting,
    row.singleSource ? 'yes' : 'no',
    row.tags.join(TAG_SEPARATOR),
    row.note ?? '',
    new Date(row.updatedAt).toISOString(),
    row.id,
  ]
}

/**
 * The rows, in the order given (sort and filter them as the table shows them first), as
 * CSV under CLAIMS_CSV_HEADER. Confidence reads "Likely (55–80%)", or "Not assessed";
 * counts are numbers; the last update is an ISO 8601 UTC time. `options` go to toCsv.
 */
export function claimsCsv(rows: readonly ClaimRowForCsv[], options: CsvOptions = {}): string {
  return toCsv(CLAIMS_CSV_HEADER, rows.map(claimCells), options)
}
