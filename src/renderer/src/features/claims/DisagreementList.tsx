/**
 * Where the figures in a claim's passages disagree ("Sources disagree: 900 km vs 959 km"),
 * each figure with the sources that state it.
 */
import type { Disagreement } from '@shared/claims/disagreements'

interface DisagreementListProps {
  disagreements: Disagreement[]
  /** A short name of the source of a passage (evidence id), e.g. "Ali, A.". */
  sourceOf: (passageId: string) => string
}

export function DisagreementList({ disagreements, sourceOf }: DisagreementListProps) {
  if (disagreements.length === 0) return null
  return (
    <section className="disagreements" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">Disagreements in the evidence</h2>
      <ul>
        {disagreements.map((d) => (
          <li key={`${d.kind}:${d.dimension}:${d.unit}`}>
            <strong>{d.message}</strong>
            <ul className="disagreement-figures">
              {d.figures.map((figure) => (
                <li key={`${figure.passageId}:${figure.text}`}>
                  {figure.display}: “{figure.text}”,{' '}
                  {[...new Set(figure.passageIds.map(sourceOf))].join('; ')}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
