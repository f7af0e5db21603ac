/**
 * Editing an event's date: typed at its real precision ("16 Jan 2024", "Jan 2024",
 * "c. 2023", "16–18 Jan 2024") or as an offset from another event ("2 days after …").
 * The parsed result is shown as it will be kept, so nothing is more precise than typed.
 */
import type { DateOffset, EventDate, OffsetUnit } from '@shared/dates/event-date'
import { formatEventDate } from '@shared/dates/format-event-date'
import { parseDateInput } from '@shared/dates/parse-date-input'
import { useEffect, useId, useState } from 'react'

interface EventDateEditorProps {
  initial: EventDate | null
  /** Events this one may be dated relative to. */
  others: readonly { id: string; title: string; dateLabel: string }[]
  /** Called with a valid date, or null while the input is not one. */
  onChange: (date: EventDate | null) => void
}

const UNITS: OffsetUnit[] = ['day', 'week', 'month', 'year']

export function EventDateEditor({ initial, others, onChange }: EventDateEditorProps) {
  const id = useId()
  const [mode, setMode] = useState<'date' | 'relative'>(
    initial?.kind === 'relative' ? 'relative' : 'date',
  )
  const [text, setText] = useState(
    initial && initial.kind !== 'relative' ? formatEventDate(initial) : '',
  )
  const relative = initial?.kind === 'relative' ? initial : null
  const [amount, setAmount] = useState(Math.abs(relative?.offset.amount ?? 1))
  const [unit, setUnit] = useState<OffsetUnit>(relative?.offset.unit ?? 'day')
  const [direction, setDirection] = useState<'after' | 'before'>(
    (relative?.offset.amount ?? 1) < 0 ? 'before' : 'after',
  )
  const [anchor, setAnchor] = useState(relative?.eventId ?? others[0]?.id ?? '')
  const [approximate, setApproximate] = useState(relative?.approximate ?? false)

  // The starting value counts as the editor's answer until the analyst changes it.
  useEffect(() => {
    onChange(initial)
    // Once, on mount: later answers come from the fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const parsed = text.trim() ? parseDateInput(text) : null
  const emitRelative = (
    patch: Partial<{
      amount: number
      unit: OffsetUnit
      direction: 'after' | 'before'
      anchor: string
      approximate: boolean
    }>,
  ) => {
    const next = { amount, unit, direction, anchor, approximate, ...patch }
    const offset: DateOffset = {
      amount: next.direction === 'before' ? -next.amount : next.amount,
      unit: next.unit,
    }
    onChange(
      next.anchor && Number.isInteger(next.amount)
        ? { kind: 'relative', eventId: next.anchor, offset, approximate: next.approximate }
        : null,
    )
  }

  return (
    <fieldset className="event-date-editor">
      <legend className="field-label">Date</legend>
      <div className="event-date-modes">
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'date'}
            onChange={() => {
              setMode('date')
              onChange(parsed?.ok ? parsed.date : null)
            }}
          />
          A date
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'relative'}
            disabled={others.length === 0}
            onChange={() => {
              setMode('relative')
              emitRelative({})
            }}
          />
          Relative to another event
        </label>
      </div>
      {mode === 'date' ? (
        <div className="field">
          <label className="visually-hidden" htmlFor={`${id}-text`}>
            Date as the sources give it
          </label>
          <input
            id={`${id}-text`}
            type="text"
            value={text}
            placeholder="16 Jan 2024, Jan 2024, c. 2023, 16–18 Jan 2024…"
            aria-describedby={`${id}-parsed`}
            onChange={(event) => {
              setText(event.target.value)
              const result = event.target.value.trim() ? parseDateInput(event.target.value) : null
              onChange(result?.ok ? result.date : null)
            }}
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
        <div className="event-date-relative">
          <input
            type="number"
            min={0}
            aria-label="How many"
            value={amount}
            onChange={(event) => {
              const value = Number(event.target.value)
              setAmount(value)
              emitRelative({ amount: value })
            }}
          />
          <select
            aria-label="Unit"
            value={unit}
            onChange={(event) => {
              const value = event.target.value as OffsetUnit
              setUnit(value)
              emitRelative({ unit: value })
            }}
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {u}s
              </option>
            ))}
          </select>
          <select
            aria-label="Before or after"
            value={direction}
            onChange={(event) => {
              const value = event.target.value as 'after' | 'before'
              setDirection(value)
              emitRelative({ direction: value })
            }}
          >
            <option value="after">after</option>
            <option value="before">before</option>
          </select>
          <select
            aria-label="Event"
            value={anchor}
            onChange={(event) => {
              setAnchor(event.target.value)
              emitRelative({ anchor: event.target.value })
            }}
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
              checked={approximate}
              onChange={(event) => {
                setApproximate(event.target.checked)
                emitRelative({ approximate: event.target.checked })
              }}
            />
            approximately
          </label>
        </div>
      )}
    </fieldset>
  )
}
