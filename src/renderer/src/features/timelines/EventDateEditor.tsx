/**
 * Editing an event's date: typed at its real precision ("16 Jan 2024", "Jan 2024",
 * "c. 2023", "16–18 Jan 2024") or as an offset from another event ("2 days after …").
 * The parsed result is shown as it will be kept, so nothing is more precise than typed.
 */
import type { EventDate } from '@shared/dates/event-date'
import { formatEventDate } from '@shared/dates/format-event-date'
import { useId } from 'react'
import { RelativeDateFields } from './RelativeDateFields'
import { useEventDateDraft } from './useEventDateDraft'

interface EventDateEditorProps {
  initial: EventDate | null
  /** Events this one may be dated relative to. */
  others: readonly { id: string; title: string; dateLabel: string }[]
  /** Called with a valid date, or null while the input is not one. */
  onChange: (date: EventDate | null) => void
}

export function EventDateEditor({ initial, others, onChange }: EventDateEditorProps) {
  const id = useId()
  const draft = useEventDateDraft(initial, others[0]?.id ?? '', onChange)
  const { parsed } = draft

  return (
    <fieldset className="event-date-editor">
      <legend className="field-label">Date</legend>
      <div className="event-date-modes">
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={draft.mode === 'date'}
            onChange={draft.chooseDate}
          />
          A date
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={draft.mode === 'relative'}
            disabled={others.length === 0}
            onChange={draft.chooseRelative}
          />
          Relative to another event
        </label>
      </div>
      {draft.mode === 'date' ? (
        <div className="field">
          <label className="visually-hidden" htmlFor={`${id}-text`}>
            Date as the sources give it
          </label>
          <input
            id={`${id}-text`}
            type="text"
            value={draft.text}
            placeholder="16 Jan 2024, Jan 2024, c. 2023, 16–18 Jan 2024…"
            aria-describedby={`${id}-parsed`}
            onChange={(event) => draft.changeText(event.target.value)}
          />
          <span
            id={`${id}-parsed`}
            className={parsed && !parsed.ok ? 'date-problem' : 'date-parsed'}
            aria-live="polite"
          >
            {parsed ? (parsed.ok ? `Kept as ${formatEventDate(parsed.date)}` : parsed.problem) : ''}
          </span>
        </div>
      ) : (
        <RelativeDateFields
          draft={draft.relative}
          others={others}
          onChange={draft.changeRelative}
        />
      )}
    </fieldset>
  )
}
