/**
 * A claim's evidence grouped by stance (supporting, contradicting, context), each group
 * left out when empty; with no evidence at all, how to add some.
 */
import { STANCES, stanceLabel } from '@shared/claims/types'
import { EvidenceItem } from './EvidenceItem'
import type { EvidenceView } from './useClaimEvidence'

interface EvidenceByStanceProps {
  evidence: readonly EvidenceView[]
}

export function EvidenceByStance({ evidence }: EvidenceByStanceProps) {
  return (
    <section className="claim-evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      {evidence.length === 0 && (
        <p className="panel-hint">
          No passages yet. In the reader, select a passage (or open a highlight) and choose “Claim”
          to tag it to this claim as supporting, contradicting or context.
        </p>
      )}
      {STANCES.map((stance) => {
        const items = evidence.filter((e) => e.link.stance === stance)
        if (items.length === 0) return null
        return (
          <section
            key={stance}
            className={`evidence-group evidence-${stance}`}
            aria-label={stanceLabel(stance)}
          >
            <h3>
              {stanceLabel(stance)} <span className="count">{items.length}</span>
            </h3>
            <ol className="evidence-list">
              {items.map((item) => (
                <EvidenceItem key={item.link.id} item={item} />
              ))}
            </ol>
          </section>
        )
      })}
    </section>
  )
}
