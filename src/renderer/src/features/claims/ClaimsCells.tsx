/** The claims table's cells: small, memo-free renderers of one row's values. */
import type { ClaimRow } from '@shared/claims/claim-rows'
import { statusLabel, type Stance } from '@shared/claims/types'
import { routeHash } from '../../nav/routes'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

export function StatementCell({ row }: { row: ClaimRow }) {
  return (
    <a className="cl-statement" href={routeHash({ view: 'claim', claimId: row.id })} dir="auto">
      {row.statement}
    </a>
  )
}

export function StatusCell({ row }: { row: ClaimRow }) {
  return (
    <span className="cl-status">
      <span className={`status-badge status-${row.status}`}>{row.statusLabel}</span>
      {row.statusDiffers && (
        <span className="cl-suggested" title="The status the evidence suggests">
          evidence: {statusLabel(row.suggested).toLowerCase()}
        </span>
      )}
    </span>
  )
}

export function ConfidenceCell({ row }: { row: ClaimRow }) {
  return (
    <span className={row.confidence ? undefined : 'cl-muted'}>
      {row.confidence ? row.confidenceLabel : '—'}
    </span>
  )
}

export function CountCell({ value, stance }: { value: number; stance: Stance }) {
  return <span className={value === 0 ? 'cl-muted' : `cl-count cl-count-${stance}`}>{value}</span>
}

export function IndependentCell({ row }: { row: ClaimRow }) {
  return (
    <span className="cl-independent">
      {row.singleSource && <span className="single-source-badge">single source</span>}
      <span className={row.independentSources === 0 ? 'cl-muted' : undefined}>
        {row.independentSources}
      </span>
    </span>
  )
}

export function TagsCell({ row }: { row: ClaimRow }) {
  if (row.tags.length === 0) return null
  return (
    <span className="cl-tags">
      {row.tags.map((tag) => (
        <span key={tag} className="tag-chip" dir="auto">
          {tag}
        </span>
      ))}
    </span>
  )
}

export function UpdatedCell({ row }: { row: ClaimRow }) {
  return (
    <time
      dateTime={new Date(row.updatedAt).toISOString()}
      title={timeFormat.format(row.updatedAt)}
      className="cl-muted"
    >
      {dateFormat.format(row.updatedAt)}
    </time>
  )
}
