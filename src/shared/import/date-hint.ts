/**
 * Reads the publication date a file states about itself (front matter, `<meta>` tags,
 * document properties) as a partial date at the precision it was written.
 */
import { parseDateInput } from '../dates/parse-date-input'
import type { PartialDate } from '../dates/partial-date'
import { WEEKDAY_NAMES } from '../text/calendar-names'

const ISO_WITH_TIME = /^(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}\S*(?:\s.*)?$/
const SLASHED_ISO = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/
const WEEKDAY = new RegExp(
  `^(?:${WEEKDAY_NAMES.map((name) => `${name}|${name.slice(0, 3)}`).join('|')})\\.?,?\\s+`,
  'i',
)
/** A clock time and zone after the date: "10:00", "10:00:00 +0000", "9:30 am PKT". */
const TRAILING_TIME =
  /,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[+-]\d{2}:?\d{2}|[A-Z]{1,5}|GMT[+-]?\d*))?$/i

/**
 * A point date from the words a file gives for when it was published: "2024-01-18",
 * "2024-01-18T09:30:00+05:00" (the date as written, not shifted to UTC), "2024/01/18",
 * "18 January 2024", "January 18, 2024", "Thu, 18 Jan 2024 10:00:00 +0000",
 * "January 2024", "2024", "c. 2024". Null for anything else: a range, a day and month
 * in numbers only ("01/02/2024": either way round), a date that does not exist, or text
 * that is not a date. Never guesses a field the text does not give.
 */
export function publishedDateFromText(text: string): PartialDate | null {
  let rest = text.replace(/\s+/g, ' ').trim()
  const isoWithTime = ISO_WITH_TIME.exec(rest)
  if (isoWithTime?.[1]) rest = isoWithTime[1]
  const slashed = SLASHED_ISO.exec(rest)
  if (slashed) rest = [slashed[1], slashed[2], slashed[3]].filter(Boolean).join('-')
  rest = rest.replace(WEEKDAY, '').replace(TRAILING_TIME, '').trim()
  if (!rest) return null
  const parsed = parseDateInput(rest)
  return parsed.ok && parsed.date.kind === 'point' ? parsed.date.date : null
}
