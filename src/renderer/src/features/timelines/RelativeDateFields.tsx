/** The fields of a date relative to another event: how many, unit, before or after, which. */
import { OFFSET_UNITS, type OffsetUnit } from '@shared/dates/event-date'
import type { RelativeDateDraft } from './relative-date-draft'

interface RelativeDateFieldsProps {
  draft: RelativeDateDraft
  /** Events this one may be dated relative to. */
  others: readonly { id: string; title: string; dateLabel: string }[]
  onChange: (patch: Partial<RelativeDateDraft>) => void
}

/** "[2] [days] [after] [event] [ ] approximately", each change reported as a patch. */
export function RelativeDateFields({ draft, others, onChange }: RelativeDateFieldsProps) {
  return (
    <div className="event-date-relative">
      <input
        type="number"
        min={0}
        aria-label="How many"
        value={draft.amount}
        onChange={(event) => onChange({ amount: Number(event.target.value) })}
      />
      <select
        aria-label="Unit"
        value={draft.unit}
        onChange={(event) => onChange({ unit: event.target.value as OffsetUnit })}
      >
        {OFFSET_UNITS.map((u) => (
          <option key={u} value={u}>
            {u}s
          </option>
        ))}
      </select>
      <select
        aria-label="Before or after"
        value={draft.direction}
        onChange={(event) => onChange({ direction: event.target.value as 'after' | 'before' })}
      >
        <option value="after">after</option>
        <option value="before">before</option>
      </select>
      <select
        aria-label="Event"
        value={draft.anchor}
        onChange={(event) => onChange({ anchor: event.target.value })}
      >
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.title} ({other.dateLabel})
          </option>
        ))}
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.approximate}
          onChange={(event) => onChange({ approximate: event.target.checked })}
        />
        approximately
      </label>
    </div>
  )
}
