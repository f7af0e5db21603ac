/**
 * The fields of a relative event date ("2 days after …") as the editor holds them, and the
 * date they make: the amount is typed unsigned, the direction gives its sign.
 */
import type { DateOffset, EventDate, OffsetUnit } from '@shared/dates/event-date'

/** The relative-date fields, each as the analyst last set it. */
export interface RelativeDateDraft {
  amount: number
  unit: OffsetUnit
  direction: 'after' | 'before'
  /** The event this one is dated from; empty when there is none to choose. */
  anchor: string
  approximate: boolean
}

/**
 * The fields a date starts with: those of a relative date, otherwise one day after the
 * first event offered (`firstAnchor`, empty when there is none).
 */
export function initialRelativeDraft(
  initial: EventDate | null,
  firstAnchor: string,
): RelativeDateDraft {
  const relative = initial?.kind === 'relative' ? initial : null
  return {
    amount: Math.abs(relative?.offset.amount ?? 1),
    unit: relative?.offset.unit ?? 'day',
    direction: (relative?.offset.amount ?? 1) < 0 ? 'before' : 'after',
    anchor: relative?.eventId ?? firstAnchor,
    approximate: relative?.approximate ?? false,
  }
}

/** The relative date the fields make, or null without an anchor or with a fractional amount. */
export function relativeDateOf(draft: RelativeDateDraft): EventDate | null {
  const offset: DateOffset = {
    amount: draft.direction === 'before' ? -draft.amount : draft.amount,
    unit: draft.unit,
  }
  return draft.anchor && Number.isInteger(draft.amount)
    ? { kind: 'relative', eventId: draft.anchor, offset, approximate: draft.approximate }
    : null
}
