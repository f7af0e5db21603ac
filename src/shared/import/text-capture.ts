/**
 * What a plain-text capture of a web page says about itself, and what of it is the
 * site's furniture. Copying an article out of a browser (or a clipper that saves text)
 * keeps the byline as a line ("By Jane Doe", "written by Saddam Tahir | February 3,
 * 2024", "F.M. Shakil, The Cradle, July 26, 2023 —"), may fuse the breadcrumbs onto the
 * title ("HomeDiplomacyPakistan-Iran Relations: Seeking Stability" above the title
 * alone), and ends with the page's footer ("Leave a Reply", "Your email address will not
 * be published.", "Follow us", "Most Popular"). Used for .txt files and for Markdown
 * without front matter.
 */
import type { PartialDate } from '../dates/partial-date'
import { publishedDateFromText } from './date-hint'
import { foldWhitespace } from './fold-whitespace'
import { isFurnitureHeading } from './page-furniture'
import { looksLikeName, namesFromByline } from './web-metadata'

/** What the opening lines say; each field null or empty when they say nothing. */
export interface OpeningHints {
  /** The title without breadcrumbs fused onto it, when that is what the first line is. */
  title: string | null
  authors: string[]
  outlet: string | null
  published: PartialDate | null
  publishedText: string | null
}

const TITLE_MAX_CHARS = 120
const TITLE_MAX_WORDS = 20

/** Whether a line ends as a sentence or a clause does (a title or a byline does not). */
export function endsLikeSentence(line: string): boolean {
  return /[.,;:!?]["'”’)\]]*$/.test(line.trimEnd())
}

/** Whether a line standing alone reads as a title: short, with letters, not a sentence. */
export function readsAsTitle(line: string): boolean {
  const text = foldWhitespace(line)
  return (
    text.length > 0 &&
    text.length <= TITLE_MAX_CHARS &&
    text.split(' ').length <= TITLE_MAX_WORDS &&
    /\p{L}/u.test(text) &&
    !endsLikeSentence(text)
  )
}

/** How many blocks from the top a byline may be. */
const BYLINE_REACH = 4
const BYLINE_MAX_CHARS = 160
const BY_PREFIX = /^(?:written\s+|posted\s+|words\s+|reported\s+)?by[:\s]\s*(.+)$/i
const SEPARATOR = /\s*[|•·]\s*|\s+[–—]\s+|\s+-\s+/

function dated(part: string): { published: PartialDate; publishedText: string } | null {
  const text = part.replace(/[\s—–-]+$/, '').trim()
  const published = publishedDateFromText(text)
  return published ? { published, publishedText: text } : null
}

/**
 * "By Jane Doe and Omar Said | 3 Feb 2024" and the like; null when the line is not one.
 * A line that ends as a sentence does ("By Monday, Iran had withdrawn its envoy.") is prose.
 */
function byPrefixLine(line: string): Omit<OpeningHints, 'title'> | null {
  const rest = endsLikeSentence(line) ? undefined : BY_PREFIX.exec(line)?.[1]
  if (!rest) return null
  const [names = '', ...others] = rest.split(SEPARATOR)
  const authors = namesFromByline(names)
  if (authors.length === 0) return null
  const date = others.map(dated).find((found) => found !== null) ?? null
  return {
    authors,
    outlet: null,
    published: date?.published ?? null,
    publishedText: date?.publishedText ?? null,
  }
}

/** "F.M. Shakil, The Cradle, July 26, 2023 —": a name, an outlet, then a date. */
function commaLine(line: string): Omit<OpeningHints, 'title'> | null {
  const match = /^([^,]{3,60}),\s*([^,]{2,60}),\s*(.+)$/.exec(line)
  if (!match) return null
  const [, name = '', outlet = '', rest = ''] = match
  const date = dated(rest)
  // A dateline ("Islamabad, Pakistan, July 26, 2023 —") names a place, not a person.
  if (!date || !looksLikeName(name)) return null
  return { authors: [name.trim()], outlet: outlet.trim(), ...date }
}

/**
 * Reads the opening blocks: a byline within the first few (authors, and an outlet and a
 * date when it gives them), and a first line that is the second one with breadcrumbs
 * fused in front. Never guesses: a line that is not plainly a byline gives nothing.
 */
export function openingHints(blocks: readonly { text: string }[]): OpeningHints {
  const hints: OpeningHints = {
    title: null,
    authors: [],
    outlet: null,
    published: null,
    publishedText: null,
  }
  const [first, second] = blocks
  if (
    first &&
    second &&
    first.text.length > second.text.length &&
    first.text.endsWith(second.text) &&
    readsAsTitle(second.text)
  ) {
    hints.title = second.text
  }
  for (const block of blocks.slice(0, BYLINE_REACH)) {
    if (block.text.length > BYLINE_MAX_CHARS) continue
    const byline = byPrefixLine(block.text) ?? commaLine(block.text)
    if (byline) return { ...hints, ...byline }
  }
  return hints
}

const TRAILING_FURNITURE: readonly RegExp[] = [
  /^leave a (?:reply|comment)(?: cancel reply)?$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$/i,
  /^(?:follow|like) us(?: on .{1,40})?$/i,
  /^share(?: this(?: article| story| post)?)?(?: on .{1,40})?$/i,
  /^like this$/i,
  /^post navigation$/i,
  /^(?:previous|next) (?:post|article|story)\b.{0,120}$/i,
  /^(?:advertisement|sponsored)$/i,
  /^(?:subscribe|sign up)\b.{0,80}$/i,
  /^(?:copyright|©)\s.{0,100}$/i,
]

/** The comment form's own sentences, the only footer lines that end as sentences do. */
const FOOTER_SENTENCES =
  /^(?:your email address will not be published|required fields are marked)\b/i

/**
 * Whether one block is a line of the page's furniture, as the end of a capture has it. A
 * line that ends as a sentence is the article's ("More in the coming weeks.", "Copyright
 * holders have until March to respond."), unless it is the comment form's own.
 */
export function isTrailingFurniture(text: string): boolean {
  const folded = foldWhitespace(text)
    .replace(/[:*]+$/, '')
    .trim()
  if (folded.length > 160) return false
  if (/[.!?]["'”’)\]]*$/.test(folded)) return FOOTER_SENTENCES.test(folded)
  return isFurnitureHeading(folded) || TRAILING_FURNITURE.some((pattern) => pattern.test(folded))
}

/**
 * Splits off the furniture at the end of a capture: the run of trailing blocks that are
 * all furniture lines. Only the end, and only whole lines: a sentence in the article that
 * mentions a newsletter stays.
 */
export function withoutTrailingFurniture<T extends { text: string }>(
  blocks: readonly T[],
): { kept: T[]; dropped: T[] } {
  let end = blocks.length
  while (end > 1 && isTrailingFurniture(blocks[end - 1]!.text)) end--
  return { kept: blocks.slice(0, end), dropped: blocks.slice(end) }
}

/** The notice for what `withoutTrailingFurniture` dropped, quoting the first line. */
export function trailingFurnitureNotice(dropped: readonly { text: string }[]): string | null {
  if (dropped.length === 0) return null
  const first = foldWhitespace(dropped[0]!.text)
  const quoted = first.length > 40 ? `${first.slice(0, 39)}…` : first
  const lines = dropped.length === 1 ? 'line' : `${dropped.length} lines`
  return `Left out the site’s ${lines} at the end (“${quoted}”${dropped.length > 1 ? ' and after' : ''}).`
}
