/**
 * One row of the matrix: the passage (quote, citation, link into the reader), how
 * diagnostic it is, and its stance on each chosen claim.
 */
import type { Stance } from '@shared/claims/types'
import { routeHash } from '../../../nav/routes'
import type { ClaimRecord } from '../../../db/records'
import { DiagnosticBadge } from './DiagnosticBadge'
import { opening } from './stance-display'
import { StanceCell } from './StanceCell'
import type { GridFocus } from './useGridFocus'
import type { MatrixEvidence } from './useMatrixData'

/** The grid column of a row's link into the reader. */
export const EVIDENCE_COL = 'evidence'

interface EvidenceRowProps {
  row: MatrixEvidence
  claims: ClaimRecord[]
  /** Whether to show the diagnosticity column (it needs two claims to mean anything). */
  comparing: boolean
  tabIndexOf: GridFocus['tabIndexOf']
  cellProps: GridFocus['cellProps']
  onChange: (row: MatrixEvidence, claimId: string, stance: Stance | null) => void
}

const PLACEHOLDER: Record<MatrixEvidence['state'], string> = {
  ok: '',
  orphan: '',
  loading: 'Loading…',
  gone: 'The highlight behind this evidence was deleted.',
}

export function EvidenceRow({
  row,
  claims,
  comparing,
  tabIndexOf,
  cellProps,
  onChange,
}: EvidenceRowProps) {
  const quote = row.quote || PLACEHOLDER[row.state]
  return (
    <tr className="mx-row" data-highlight-id={row.highlightId}>
      <th scope="row" className="mx-evidence">
        <p className="mx-quote" dir="auto" title={row.quote || undefined}>
          {quote}
        </p>
        <p className="mx-source">
          <cite>{row.citation}</cite>
          {row.state === 'orphan' && (
            <span className="mx-warning"> · not found in the current text</span>
          )}
          {row.state !== 'gone' && (
            <span className="mx-open-wrap">
              {' · '}
              <a
                className="mx-open"
                href={routeHash({ view: 'reader', docId: row.docId, highlightId: row.highlightId })}
                tabIndex={tabIndexOf(row.highlightId, EVIDENCE_COL)}
                {...cellProps(row.highlightId, EVIDENCE_COL)}
              >
                Open in reader<span className="visually-hidden">: ‘{opening(quote)}’</span>
              </a>
            </span>
          )}
        </p>
      </th>
      {comparing && (
        <td className="mx-diag-cell">
          <DiagnosticBadge value={row.diagnosticity} />
        </td>
      )}
      {claims.map((claim, column) => (
        <StanceCell
          key={claim.id}
          stance={row.cells[column] ?? null}
          quote={quote}
          statement={claim.statement}
          tabIndex={tabIndexOf(row.highlightId, claim.id)}
          gridProps={cellProps(row.highlightId, claim.id)}
          onChange={(stance) => onChange(row, claim.id, stance)}
        />
      ))}
    </tr>
  )
}
