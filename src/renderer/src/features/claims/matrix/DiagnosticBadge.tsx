/** How much a row's evidence tells the chosen claims apart: bars and a word. */
import { diagnosticityOf } from './stance-display'

export function DiagnosticBadge({ value }: { value: number }) {
  const { label, hint } = diagnosticityOf(value)
  return (
    <span className="mx-diag" data-level={value} title={hint}>
      <span className="mx-diag-bars" aria-hidden="true">
        <span />
        <span />
      </span>
      {label}
    </span>
  )
}
