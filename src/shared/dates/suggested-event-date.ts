/**
 * What "Add to timeline" starts from, given the date suggested for a passage: the event
 * date to prefill, and the sentence that tells the analyst what was read.
 */
import type { AbsoluteDate, EventDate } from './event-date'
import { describeSuggestion } from './suggest-date'
import type { DateSuggestion } from './suggest-date-types'

/** The suggestion as an event date when it names a date; null for an offset or nothing. */
export function suggestedDate(s: DateSuggestion | null): AbsoluteDate | null {
  if (!s || s.kind !== 'date') return null
  return s.range
    ? { kind: 'range', start: s.date, end: s.range.end }
    : { kind: 'point', date: s.date }
}

/**
 * The date the editor opens with. An offset is counted from `firstEventId` (the analyst
 * then picks the right event); without any event to count from, there is nothing to
 * prefill and the result is null, as it is for no suggestion.
 */
export function initialEventDate(
  s: DateSuggestion | null,
  firstEventId: string | undefined,
): EventDate | null {
  if (s?.kind !== 'offset') return suggestedDate(s)
  if (firstEventId === undefined) return null
  const amount = s.direction === 'before' ? -s.offset.amount : s.offset.amount
  return {
    kind: 'relative',
    eventId: firstEventId,
    offset: { amount, unit: s.offset.unit },
    approximate: false,
  }
}

/** One line above the form: what was suggested and from which words, or that nothing was. */
export function suggestionMessage(s: DateSuggestion | null): string {
  if (!s) return 'No date found in the passage or its sentence: enter one.'
  if (s.kind === 'offset') return `${describeSuggestion(s)}. Choose the event it is relative to.`
  return `Suggested: ${describeSuggestion(s)}`
}
