/**
 * The event date editor's state: which kind of date is being entered, the text of an
 * absolute one with its parse, the fields of a relative one, and every change answered
 * to `onChange` with the date it makes (null while it makes none).
 */
import type { EventDate } from '@shared/dates/event-date'
import { formatEventDate } from '@shared/dates/format-event-date'
import { parseDateInput } from '@shared/dates/parse-date-input'
import { useEffect, useState } from 'react'
import { initialRelativeDraft, relativeDateOf, type RelativeDateDraft } from './relative-date-draft'

/** A date typed as the sources give it, or one relative to another event. */
export type DateMode = 'date' | 'relative'

const parseText = (text: string) => (text.trim() ? parseDateInput(text) : null)

/** State and handlers for EventDateEditor; `firstAnchor` is the first event offered. */
export function useEventDateDraft(
  initial: EventDate | null,
  firstAnchor: string,
  onChange: (date: EventDate | null) => void,
) {
  const [mode, setMode] = useState<DateMode>(initial?.kind === 'relative' ? 'relative' : 'date')
  const [text, setText] = useState(
    initial && initial.kind !== 'relative' ? formatEventDate(initial) : '',
  )
  const [relative, setRelative] = useState(() => initialRelativeDraft(initial, firstAnchor))

  // The starting value counts as the editor's answer until the analyst changes it.
  useEffect(() => {
    onChange(initial)
    // Once, on mount: later answers come from the fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const parsed = parseText(text)
  const changeRelative = (patch: Partial<RelativeDateDraft>) => {
    const next = { ...relative, ...patch }
    setRelative(next)
    onChange(relativeDateOf(next))
  }

  return {
    mode,
    text,
    parsed,
    relative,
    changeRelative,
    chooseDate: () => {
      setMode('date')
      onChange(parsed?.ok ? parsed.date : null)
    },
    chooseRelative: () => {
      setMode('relative')
      onChange(relativeDateOf(relative))
    },
    changeText: (value: string) => {
      setText(value)
      const result = parseText(value)
      onChange(result?.ok ? result.date : null)
    },
  }
}
