/**
 * Metadata hints from what a PDF (its Info dictionary and XMP) or a Word file (its core
 * properties) says about itself: titles worth offering, authors split into people, and
 * creation dates read as partial dates. Producers fill these fields with junk often enough
 * ("Microsoft Word - draft3.docx", "Administrator") that junk is recognised and left out.
 */
import { partialDateProblem, type PartialDate } from '../dates/partial-date'
import { emptyHints, type MetadataHints } from './extracted'

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

/** What a PDF states about itself: Info dictionary entries and XMP properties, as text. */
export interface PdfStatedMetadata {
  info: {
    Title?: unknown
    Author?: unknown
    CreationDate?: unknown
    ModDate?: unknown
    Language?: unknown
  }
  /** XMP properties by qualified name ("dc:title", "dc:creator", "xmp:createdate"). */
  xmp: Record<string, unknown>
}

/**
 * Hints from a PDF's stated metadata: the title (Info, else XMP dc:title) unless junk,
 * authors (Info Author, else XMP dc:creator) split into people, the creation date (Info,
 * else XMP) as `published` with its words in `publishedText`, and the language when it
 * looks like a BCP 47 tag. A creation date is only a hint: the analyst confirms it.
 */
export function pdfHints(stated: PdfStatedMetadata): MetadataHints {
  const hints = emptyHints()
  const title = firstText(stated.info.Title, stated.xmp['dc:title'])
  if (title && !isJunkTitle(title)) hints.title = title.replace(/\s+/g, ' ').trim()
  const author = firstText(stated.info.Author, stated.xmp['dc:creator'])
  if (author) hints.authors = splitAuthors(author)
  for (const candidate of [
    stated.info.CreationDate,
    stated.xmp['xmp:createdate'],
    stated.info.ModDate,
  ]) {
    const text = asText(candidate)
    const date = text ? parseInfoDate(text) : null
    if (text && date) {
      hints.published = date
      hints.publishedText = text
      break
    }
  }
  const language = asText(stated.info.Language)
  if (language && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(language)) hints.language = language
  return hints
}

function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    const text = asText(value)
    if (text) return text
  }
  return null
}

function asText(value: unknown): string | null {
  if (Array.isArray(value)) return asText(value.filter((v) => typeof v === 'string').join('; '))
  if (typeof value !== 'string') return null
  const trimmed = value.replace(/\0/g, '').trim()
  return trimmed.length > 0 ? trimmed : null
}
