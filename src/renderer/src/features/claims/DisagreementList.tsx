/** Where the figures in a claim's passages disagree ("Sources disagree: 900 km vs 959 km"). */
import type { Disagreement } from '@shared/claims/disagreements'

export function DisagreementList({ disagreements }: { disagreements: Disagreement[] }) {
  if (disagreements.length === 0) return null
  return (
    <section className="disagreements" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">Sources disagree</h2>
      <ul>
        {disagreements.map((d) => (
          <li key={`${d.kind}:${d.dimension}:${d.unit}`}>
            <strong>{d.message}</strong>
            <ul className="disagreement-figures">
              {d.figures.map((figure) => (
                <li key={`${figure.passageId}:${figure.text}`}>
                  {figure.display}: “{figure.text}”
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
