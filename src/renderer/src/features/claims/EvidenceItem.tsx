/**
 * One piece of evidence on a claim's page: the quote with its citation, its stance, the
 * Admiralty grades (source reliability, information credibility) and a link to the
 * passage in the reader.
 */
import {
  CREDIBILITIES,
  CREDIBILITY_LABELS,
  formatGrade,
  isCredibility,
  isReliability,
  RELIABILITIES,
  RELIABILITY_LABELS,
} from '@shared/claims/admiralty'
import { STANCES, stanceLabel, type Stance } from '@shared/claims/types'
import { routeHash } from '../../nav/routes'
import { changeStance, removeEvidence, setCredibility, setReliability } from './actions'
import type { EvidenceView } from './useClaimEvidence'

export function EvidenceItem({ item }: { item: EvidenceView }) {
  const { link, quote, citation, orphan, reliability } = item
  const grade = formatGrade(
    isReliability(reliability) ? reliability : null,
    isCredibility(link.credibility) ? link.credibility : null,
  )
  return (
    <li className="evidence-item" data-evidence-id={link.id}>
      <blockquote dir="auto">{quote || 'The highlight behind this link is gone.'}</blockquote>
      <p className="evidence-citation">
        {grade && (
          <span
            className="grade-chip"
            title="Admiralty grade: source reliability and information credibility"
          >
            {grade}
          </span>
        )}
        <cite>{citation}</cite>
        {orphan && <span className="evidence-warning">not found in the current text</span>}
      </p>
      <div className="evidence-controls">
        <label className="field field-inline">
          <span>Stance</span>
          <select
            aria-label="Stance"
            value={link.stance}
            onChange={(event) =>
              void changeStance(link.claimId, link.highlightId, event.target.value as Stance)
            }
          >
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {stanceLabel(stance)}
              </option>
            ))}
          </select>
        </label>
        <label
          className="field field-inline"
          title="How reliable is this source? (applies to every passage from it)"
        >
          <span>Source</span>
          <select
            aria-label="Source reliability"
            value={reliability ?? ''}
            onChange={(event) => void setReliability(link.docId, event.target.value || null)}
          >
            <option value="">Not graded</option>
            {RELIABILITIES.map((r) => (
              <option key={r} value={r}>
                {r}: {RELIABILITY_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline" title="How credible is this piece of information?">
          <span>Information</span>
          <select
            aria-label="Information credibility"
            value={link.credibility ?? ''}
            onChange={(event) =>
              void setCredibility(link.id, event.target.value ? Number(event.target.value) : null)
            }
          >
            <option value="">Not graded</option>
            {CREDIBILITIES.map((c) => (
              <option key={c} value={c}>
                {c}: {CREDIBILITY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        {item.highlight && (
          <a
            className="button-quiet"
            href={routeHash({ view: 'reader', docId: link.docId, highlightId: link.highlightId })}
          >
            Open in reader
          </a>
        )}
        <button
          type="button"
          className="button-quiet button-danger"
          onClick={() => void removeEvidence(link.id)}
          aria-label={`Remove this evidence: ${quote.slice(0, 40)}`}
        >
          Remove
        </button>
      </div>
    </li>
  )
}
