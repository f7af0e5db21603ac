/**
 * The matrix itself: passages down the side, chosen claims across the top, a stance in
 * each cell. One tab stop; arrows move between cells (roving tabindex).
 */
import type { Stance } from '@shared/claims/types'
import { useMemo, type CSSProperties } from 'react'
import { routeHash } from '../../../nav/routes'
import type { ClaimRecord } from '../../../db/records'
import { announce } from '../../../ui/status'
import { changeStance } from '../actions'
import { EVIDENCE_COL, EvidenceRow } from './EvidenceRow'
import type { GridShape } from './grid-moves'
import { opening } from './stance-display'
import { useGridFocus } from './useGridFocus'
import type { MatrixEvidence } from './useMatrixData'

/** The grid row of the column headers (links to the claims' pages). */
const HEAD_ROW = 'head'

interface EvidenceGridProps {
  claims: ClaimRecord[]
  rows: MatrixEvidence[]
  /** Id of the text that says how to use the grid. */
  helpId: string
}

function gridShape(claims: ClaimRecord[], rows: MatrixEvidence[]): GridShape {
  const rowIds = [HEAD_ROW, ...rows.map((row) => row.highlightId)]
  const colIds = [EVIDENCE_COL, ...claims.map((claim) => claim.id)]
  const present = new Set(rowIds)
  const claimIds = new Set(colIds.slice(1))
  // Only a passage still in the database has a link into the reader; the header has none.
  const readable = new Set(rows.filter((r) => r.state !== 'gone').map((r) => r.highlightId))
  return {
    rows: rowIds,
    cols: colIds,
    has: (row, col) =>
      col === EVIDENCE_COL ? readable.has(row) : present.has(row) && claimIds.has(col),
  }
}

export function EvidenceGrid({ claims, rows, helpId }: EvidenceGridProps) {
  const comparing = claims.length >= 2
  const shape = useMemo(() => gridShape(claims, rows), [claims, rows])
  const { tableRef, tabIndexOf, cellProps, keepFocus, onKeyDown, onFocus, onBlur } =
    useGridFocus(shape)

  const change = (row: MatrixEvidence, claimId: string, stance: Stance | null) => {
    keepFocus({ row: row.highlightId, col: claimId })
    const leaves = stance === null && row.cells.filter((cell) => cell !== null).length === 1
    void changeStance(claimId, row.highlightId, stance).then(() => {
      if (leaves) {
        announce(
          `‘${opening(row.quote)}’ is no longer linked to these claims, so it left the matrix. Undo with Ctrl+Z.`,
        )
      }
    })
  }

  return (
    <table
      ref={tableRef}
      role="grid"
      className="mx-grid"
      aria-label="Evidence against the chosen claims"
      aria-describedby={helpId}
      style={{ '--mx-claims': claims.length } as CSSProperties}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <colgroup>
        <col className="mx-col-evidence" />
        {comparing && <col className="mx-col-diag" />}
        {claims.map((claim) => (
          <col key={claim.id} className="mx-col-claim" />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="mx-evidence-head">
            Evidence
          </th>
          {comparing && (
            <th
              scope="col"
              className="mx-diag-head"
              title="How far the evidence tells the claims apart; the most diagnostic comes first"
            >
              Diagnostic
            </th>
          )}
          {claims.map((claim, column) => (
            <th key={claim.id} scope="col" className="mx-claim-head">
              <a
                className="mx-claim-link"
                href={routeHash({ view: 'claim', claimId: claim.id })}
                title={claim.statement}
                tabIndex={tabIndexOf(HEAD_ROW, claim.id)}
                {...cellProps(HEAD_ROW, claim.id)}
              >
                <span className="mx-column-badge" aria-hidden="true">
                  {column + 1}
                </span>
                <span className="mx-claim-text">{claim.statement}</span>
              </a>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <EvidenceRow
            key={row.highlightId}
            row={row}
            claims={claims}
            comparing={comparing}
            tabIndexOf={tabIndexOf}
            cellProps={cellProps}
            onChange={change}
          />
        ))}
      </tbody>
    </table>
  )
}
