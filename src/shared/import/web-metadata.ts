/**
 * What a saved web page says about itself, read from the strings its `<meta>` tags,
 * JSON-LD and bylines hold: titles without the site's suffix, authors, dates as partial
 * dates, genres. Pure: the HTML reader finds the strings, these functions judge them.
 */
import type { PartialDate } from '../dates/partial-date'
import { publishedDateFromText } from './date-hint'
import { foldWhitespace } from './fold-whitespace'

const TITLE_SEPARATOR = /\s+[|–—·•-]\s+/

/**
 * Removes a trailing " | Site", " - Site" or " — Site" from a page title: always when the
 * tail is the outlet's name, otherwise when the tail is short (at most four words and 40
 * characters, no digits: "March 1998" says something) and the rest is at least three words. "Home" alone, or a title that is all
 * suffix, comes back unchanged. Whitespace is folded.
 */
export function trimTitleSuffix(title: string, outlet: string | null = null): string {
  const folded = foldWhitespace(title)
  const parts = folded.split(TITLE_SEPARATOR)
  if (parts.length < 2) return folded
  const separators = folded.match(new RegExp(TITLE_SEPARATOR, 'g')) ?? []
  const tail = parts[parts.length - 1] ?? ''
  const headParts = parts.slice(0, -1)
  const head = headParts
    .map((part, index) => (index === 0 ? part : `${separators[index - 1] ?? ' '}${part}`))
    .join('')
  if (outlet !== null && sameName(tail, outlet)) return head
  if (outlet !== null && sameName(parts[0] ?? '', outlet) && parts.length === 2) return tail
  const tailWords = tail.split(' ').length
  const headWords = head.split(' ').length
  if (tailWords <= 4 && tail.length <= 40 && headWords >= 3 && !/\d/.test(tail)) return head
  return folded
}

function sameName(a: string, b: string): boolean {
  const key = (s: string): string => foldWhitespace(s).toLowerCase().replace(/^the /, '')
  return key(a) === key(b)
}

const GENRE_BY_TYPE: ReadonlyMap<string, string> = new Map([
  ['newsarticle', 'news'],
  ['reportagenewsarticle', 'news'],
  ['backgroundnewsarticle', 'news'],
  ['article', 'news'],
  ['analysisnewsarticle', 'analysis'],
  ['opinionnewsarticle', 'opinion'],
  ['reviewnewsarticle', 'opinion'],
  ['report', 'report'],
  ['blogposting', 'blog'],
  ['liveblogposting', 'blog'],
  ['blog', 'blog'],
  ['scholarlyarticle', 'academic article'],
])

/**
 * The genre a schema.org `@type` or an `og:type` names: NewsArticle -> news,
 * OpinionNewsArticle -> opinion, Report -> report, BlogPosting -> blog,
 * AnalysisNewsArticle -> analysis, ScholarlyArticle -> academic article. The most
 * specific type wins when several are given ("Article" is news only when nothing more
 * specific is). Null for types that say nothing about genre (WebPage, website).
 */
export function genreFromTypes(types: readonly string[]): string | null {
  const known = types
    .map((type) => type.replace(/^.*[/:]/, '').toLowerCase())
    .filter((type) => GENRE_BY_TYPE.has(type))
  const specific = known.find((type) => type !== 'article') ?? known[0]
  return specific === undefined ? null : (GENRE_BY_TYPE.get(specific) ?? null)
}

const OPINION_SECTION =
  /\b(?:opinion|opinions|comment|commentisfree|editorials?|op-?eds?|columns?)\b/i

/** "opinion" when a section name or URL path names an opinion section, else null. */
export function genreFromSection(section: string | null): string | null {
  return section !== null && OPINION_SECTION.test(section) ? 'opinion' : null
}

/** What a page's JSON-LD says about the article, each field null or empty when silent. */
export interface JsonLdArticle {
  headline: string | null
  authors: string[]
  publisher: string | null
  datePublished: string | null
  types: string[]
  url: string | null
  language: string | null
}

type JsonObject = Record<string, unknown>

const ARTICLE_TYPE = /(?:article|posting|report|blog)$/i

/**
 * Reads the article node of a page's JSON-LD: `values` are the parsed contents of each
 * `<script type="application/ld+json">` (objects, arrays, `@graph` containers, in any
 * nesting). The first node whose `@type` ends in Article, Posting, Report or Blog is the
 * article; `author` and `publisher` may be strings, objects with `name`, arrays of
 * either, or `@id` references resolved within the same JSON-LD. Malformed values are
 * skipped, never thrown on.
 */
export function readJsonLd(values: readonly unknown[]): JsonLdArticle {
  const nodes: JsonObject[] = []
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8) return
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1)
    } else if (isObject(value)) {
      nodes.push(value)
      if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1)
    }
  }
  visit(values, 0)
  const byId = new Map<string, JsonObject>()
  for (const node of nodes) {
    const id = node['@id']
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node)
  }
  const resolve = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && value['name'] === undefined) {
      return byId.get(value['@id']) ?? value
    }
    return value
  }
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)))
  if (article === undefined) {
    return {
      headline: null,
      authors: [],
      publisher: null,
      datePublished: null,
      types: [],
      url: null,
      language: null,
    }
  }
  const authors = asList(article['author'])
    .map(resolve)
    .map((author) => nameOf(author))
    .filter((name): name is string => name !== null)
  return {
    headline: text(article['headline']) ?? text(article['name']),
    authors: uniqueNames(authors.flatMap((name) => cleanAuthor(name) ?? [])),
    publisher: nameOf(resolve(asList(article['publisher'])[0])),
    datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
    types: typesOf(article),
    url: text(article['url']) ?? urlOf(resolve(article['mainEntityOfPage'])),
    language: text(article['inLanguage']),
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

function typesOf(node: JsonObject): string[] {
  return asList(node['@type']).filter((type): type is string => typeof type === 'string')
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const folded = foldWhitespace(value)
  return folded === '' ? null : folded
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return text(value)
  if (!isObject(value)) return null
  const name = value['name']
  if (typeof name === 'string') return text(name)
  if (Array.isArray(name)) return text(name.find((item) => typeof item === 'string'))
  const parts = [value['givenName'], value['familyName']].filter((p) => typeof p === 'string')
  return parts.length > 0 ? text(parts.join(' ')) : null
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return text(value)
  return isObject(value) ? (text(value['@id']) ?? text(value['url'])) : null
}

const URL_LIKE = /^(?:https?:\/\/|www\.)|^\S+\.(?:com|org|net)\//i

/**
 * An author as written, cleaned: "By " and surrounding punctuation removed, whitespace
 * folded. Null for what is not a name: empty text, a URL (article:author is often a
 * profile link), an e-mail address.
 */
export function cleanAuthor(raw: string): string | null {
  const name = foldWhitespace(raw)
    .replace(/^by\s+/i, '')
    .replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '')
  if (name === '' || URL_LIKE.test(name) || /@/.test(name)) return null
  return name
}

/** Names without repeats (compared ignoring case and spacing), in first-seen order. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>()
  return names.filter((name) => {
    const key = foldWhitespace(name).toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const NAME_PARTICLE = /^(?:de|da|del|der|van|von|bin|bint|al|el|la|le|du|dos|di|ter|den|y)$/
const ROLE_WORD =
  /\b(?:correspondent|editor|reporter|writer|staff|columnist|contributor|producer|analyst|chief|bureau|in|at|for|updated|published|and|with)\b/i

/**
 * Whether a piece of a byline reads as a person's name: two to five words, each
 * capitalised (or a particle such as "van", "de", "al"), and no role words ("Security
 * Correspondent", "in Kyiv").
 */
export function looksLikeName(text: string): boolean {
  const words = foldWhitespace(text).split(' ')
  if (words.length < 2 || words.length > 5) return false
  if (ROLE_WORD.test(text)) return false
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLE.test(word.toLowerCase()))
}

/**
 * Reads names from a byline's text: "By Jane Doe and John Roe, Security Correspondents"
 * -> ["Jane Doe", "John Roe"]. Splits on commas, "and", "&" and "|", keeps the pieces
 * that look like names and drops roles, places and dates. Empty when none look like one.
 */
export function namesFromByline(byline: string): string[] {
  const pieces = foldWhitespace(byline)
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b)\s*/i)
    .map((piece) => cleanAuthor(piece.replace(/^by\s+/i, '')))
    .filter((piece): piece is string => piece !== null)
  return uniqueNames(pieces.filter(looksLikeName))
}

const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?'
const DATE_IN_TEXT = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`,
  'i',
)

/**
 * A web page's publication date as a partial date, from what a `<meta>`, JSON-LD or
 * `<time>` holds: everything `publishedDateFromText` (date-hint.ts) reads, plus the
 * compact "20240305" some meta tags use, plus the first date inside other words
 * ("Posted on 12 March 1998 by the secretary"). Null when nothing reads as a date.
 */
export function webDateFromText(raw: string): PartialDate | null {
  const value = foldWhitespace(raw)
  const compact = COMPACT_DATE.exec(value)
  const direct = publishedDateFromText(
    compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : value,
  )
  if (direct !== null) return direct
  const inside = DATE_IN_TEXT.exec(value)?.[0]
  return inside === undefined ? null : publishedDateFromText(inside)
}

/**
 * A BCP 47 tag from what a page states: `<html lang>`, `og:locale` ("en_GB" -> "en-GB")
 * or Content-Language ("en-GB, fr" -> "en-GB"). Null for empty or malformed values.
 */
export function languageTag(raw: string | null): string | null {
  if (raw === null) return null
  const first =
    foldWhitespace(raw)
      .split(/[,;\s]/)[0]
      ?.replace(/_/g, '-') ?? ''
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first) ? first : null
}

/** An absolute http(s) URL, or null: relative, script and data URLs are not sources. */
export function httpUrl(raw: string | null): string | null {
  if (raw === null) return null
  const value = raw.trim()
  return /^https?:\/\/[^\s/]+/i.test(value) && !/[\s<>"]/.test(value) ? value : null
}
