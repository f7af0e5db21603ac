/**
 * How the metadata a document file states about itself is read, for the PDF reader (its
 * Info dictionary and XMP) and the Word reader (its core properties) alike: titles worth
 * offering, authors split into people, and creation dates read as partial dates.
 * Producers fill these fields with junk often enough ("Microsoft Word - draft3.docx",
 * "Administrator") that junk is recognised and left out.
 */
import { partialDateProblem, type PartialDate } from '../dates/partial-date'

const JUNK_TITLES: readonly RegExp[] = [
  /^(microsoft|ms)\s*(word|powerpoint|excel|office)\b/i,
  /\.(docx?|pdf|rtf|odt|pages|indd|tex|dvi|txt|pptx?|xlsx?|html?|ps|eps|qxd)$/i,
  /^untitled\b/i,
  /^(title|document|doc\d*|presentation|slide \d+|powerpoint presentation|new document|draft|none|null|unknown|n\/a|-+)$/i,
  /^[\w-]+\.(tmp|dot|dotx)$/i,
]

/**
 * True when a stated title is not worth offering: empty, a file name, "untitled", a word
 * processor's label ("Microsoft Word - draft3.docx"), a placeholder ("Title", "Doc1").
 */
export function isJunkTitle(title: string): boolean {
  const trimmed = title.trim()
  if (trimmed.length < 2 || !/\p{L}/u.test(trimmed)) return true
  return JUNK_TITLES.some((pattern) => pattern.test(trimmed))
}

const JUNK_AUTHORS =
  /^(admin|administrator|user|owner|author|unknown|guest|default|microsoft office user|windows user|office user|pc|home|anonymous)$/i

/**
 * Splits a stated author field into people: on ";", on " and ", on " & " and on line
 * breaks (commas are left alone: "Smith, Jane" is one person), trimmed, placeholders such
 * as "Administrator" dropped, duplicates once.
 */
export function splitAuthors(field: string): string[] {
  const people = field
    .split(/;|\s+and\s+|\s+&\s+|\r?\n/i)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name.length > 1 && /\p{L}/u.test(name) && !JUNK_AUTHORS.test(name))
  return [...new Set(people)]
}

/**
 * Reads a PDF date ("D:20230504101500+02'00'", "D:2023", "20230504") or an ISO 8601 date
 * (XMP, Word: "2023-05-04T10:15:00Z", "2023-05") as the calendar date it states, at the
 * precision it states, ignoring the time and zone. Null when it is not a valid date or
 * states a year before 1900 (a producer's zero date).
 */
export function parseInfoDate(text: string): PartialDate | null {
  const trimmed = text.trim()
  const match =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\sZ+-]|$)/.exec(trimmed) ??
    /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(?:\d|[Z+\-'\s]|$)/.exec(trimmed)
  if (!match) return null
  const date: PartialDate = { year: Number(match[1]), approximate: false }
  if (match[2] !== undefined) date.month = Number(match[2])
  if (match[3] !== undefined) date.day = Number(match[3])
  if (date.year < 1900 || partialDateProblem(date) !== null) return null
  return date
}
