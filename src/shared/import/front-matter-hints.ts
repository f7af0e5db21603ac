/**
 * Front matter of an imported Markdown file: free-form YAML, read leniently. Unlike the
 * curated corpus (corpus/front-matter.ts) nothing is required and nothing is refused: the
 * fields Casefile recognises under their common names become metadata hints, and YAML
 * that cannot be read is reported with its line and kept out of the text.
 */
import { parseDocument } from 'yaml'
import type { PartialDate } from '../dates/partial-date'
import { publishedDateFromText } from './date-hint'
import { emptyHints, type MetadataHints } from './extracted'
import { foldWhitespace } from './fold-whitespace'

/** A Markdown file split into its front matter (if any) and its body. */
export interface SplitFrontMatter {
  /** The fields of a front matter that was read; null when there is none or it broke. */
  fields: Record<string, unknown> | null
  /** Front matter that was clearly meant but could not be read: the file line and why. */
  problem: { line: number; message: string } | null
  /** The Markdown after the front matter (the whole text when there is none). */
  body: string
}

const FENCE = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/
/** A first line that reads as a YAML key: the file meant this block as front matter. */
const LOOKS_LIKE_KEY = /^\s*["']?[\p{L}\p{N}_-][^:\n]*["']?\s*:(?:\s|$)/u

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Splits `text` (line endings already `\n`) at a front matter fenced by `---` lines (the
 * closing fence may be `...`). A fenced block that parses to a mapping (or is empty) is
 * front matter. One that does not parse but starts like YAML keys is broken front matter:
 * `problem` says the file line and YAML's reason, and the block stays out of the body. Any
 * other fenced block ("---\nSome words\n---" is a rule and a Markdown heading) is body.
 * Duplicate keys are allowed (the last wins).
 */
export function splitFrontMatter(text: string): SplitFrontMatter {
  const fence = FENCE.exec(text)
  if (!fence) return { fields: null, problem: null, body: text }
  const yaml = fence[1] ?? ''
  const body = text.slice(fence[0].length)
  const document = parseDocument(yaml, { uniqueKeys: false })
  const [error] = document.errors
  if (!error) {
    const value: unknown = document.toJS()
    if (value === null || value === undefined) return { fields: {}, problem: null, body }
    if (isMapping(value)) return { fields: value, problem: null, body }
    return { fields: null, problem: null, body: text }
  }
  const firstLine = yaml.split('\n').find((line) => line.trim() !== '') ?? ''
  if (!LOOKS_LIKE_KEY.test(firstLine)) return { fields: null, problem: null, body: text }
  const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
  return {
    fields: null,
    problem: {
      // YAML counts from the line after the opening fence.
      line: problemLine(yaml, error.linePos?.[0].line ?? 1, reason) + 1,
      message: reason.charAt(0).toLowerCase() + reason.slice(1),
    },
    body,
  }
}

/**
 * The YAML line to name. YAML reports an unclosed quote where it gave up (often the end);
 * the analyst needs the line where the quote was opened: the last one before with an odd
 * number of that quote mark.
 */
function problemLine(yaml: string, reported: number, reason: string): number {
  const quote = /^Missing closing (["'])quote/.exec(reason)?.[1]
  if (!quote) return reported
  const lines = yaml.split('\n')
  for (let index = Math.min(reported, lines.length) - 1; index >= 0; index -= 1) {
    if (((lines[index] ?? '').split(quote).length - 1) % 2 === 1) return index + 1
  }
  return reported
}

/** Field names as written, lower-cased without separators: "Published_At" → "publishedat". */
function keyOf(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '')
}

const TITLE = ['title', 'headline']
const AUTHORS = ['authors', 'author', 'creators', 'creator', 'byline', 'by']
const PUBLISHED = [
  'date',
  'published',
  'publishdate',
  'publishedat',
  'publishedon',
  'datepublished',
  'publicationdate',
  'pubdate',
  'issued',
  'created',
]
const URL_KEYS = ['url', 'sourceurl', 'canonicalurl', 'canonical', 'originalurl', 'link', 'source']
const OUTLET = [
  'outlet',
  'publisher',
  'publication',
  'sitename',
  'site',
  'newspaper',
  'journal',
  'website',
  'source',
]
const GENRE = ['genre', 'type', 'kind', 'category', 'categories', 'tags']
const LANGUAGE = ['lang', 'language', 'locale']

/** One piece of text from a scalar, a date, or an object's name or title. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return foldWhitespace(value) || null
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10)
  }
  if (isMapping(value)) return textOf(value['name'] ?? value['title'])
  return null
}

function firstText(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item)
      if (text) return text
    }
    return null
  }
  return textOf(value)
}

/**
 * Authors from a list, or from one string: split at semicolons, "and" and "&", and at
 * commas only when every part is a name of two words or more ("Saleem Shahid, Amna
 * Baloch"), never "Baloch, Amna".
 */
export function authorsFrom(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => authorsFrom(item))
  const text = textOf(value)
  if (!text) return []
  return text
    .split(/\s*;\s*|\s+(?:and|&)\s+/i)
    .flatMap((part) => {
      const byComma = part.split(/\s*,\s*/)
      return byComma.length > 1 && byComma.every((name) => name.split(' ').length >= 2)
        ? byComma
        : [part]
    })
    .map((name) => name.replace(/^by\s+/i, '').trim())
    .filter((name) => name.length > 0)
}

/** An absolute http or https address (shared code has no URL parser: checked by shape). */
const HTTP_URL = /^https?:\/\/[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?$/i

function httpUrl(text: string | null): string | null {
  return text && HTTP_URL.test(text) ? text : null
}

/**
 * Metadata hints from front matter fields, read under their common names in any case or
 * separator style: title (title, headline); authors (author, authors, creator, byline:
 * a list, a list of { name }, or one string); published (date, published, pubDate,
 * published_at, …: "2024-01-18", "18 January 2024", "January 2024", 2024); source URL
 * (url, source, link, canonical: http and https only); outlet (outlet, publisher, site,
 * site_name, publication, or a `source` that is not a URL); genre (genre, type, category,
 * else the first tag); language (lang, language, locale). A field that says nothing
 * usable is left empty, never an error.
 */
export function hintsFromFrontMatter(fields: Record<string, unknown>): MetadataHints {
  const byKey = new Map<string, unknown>()
  for (const [name, value] of Object.entries(fields)) {
    const key = keyOf(name)
    if (!byKey.has(key)) byKey.set(key, value)
  }
  const pick = <T>(keys: string[], read: (value: unknown) => T | null): T | null => {
    for (const key of keys) {
      const value = read(byKey.get(key))
      if (value !== null && value !== '') return value
    }
    return null
  }
  const publishedText = pick(PUBLISHED, firstText)
  const published: PartialDate | null = publishedText ? publishedDateFromText(publishedText) : null
  const sourceUrl = pick(URL_KEYS, (value) => httpUrl(firstText(value)))
  const outlet = pick(OUTLET, (value) => {
    const text = firstText(value)
    return text && !httpUrl(text) ? text : null
  })
  return {
    ...emptyHints(),
    title: pick(TITLE, firstText),
    authors:
      pick(AUTHORS, (value) => {
        const names = authorsFrom(value)
        return names.length > 0 ? names : null
      }) ?? [],
    outlet,
    published,
    publishedText,
    genre: pick(GENRE, firstText),
    sourceUrl,
    language: pick(LANGUAGE, (value) => (typeof value === 'string' ? textOf(value) : null)),
  }
}
