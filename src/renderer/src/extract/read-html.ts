/**
 * Reads a saved web page in the import worker: decodes it, reads what it says about itself,
 * removes everything that could run or fetch and the page's furniture, finds the article
 * with Readability, and hands back the article as small attribute-free HTML chunks for the
 * UI thread to sanitise with DOMPurify (see sanitise-article.ts). linkedom parses the page:
 * it never runs a script or loads a resource.
 */
import { Readability } from '@mozilla/readability'
import { DOMParser } from 'linkedom'
import { emptyHints, ImportRefusal } from '@shared/import/extracted'
import type { MetadataHints } from '@shared/import/extracted'
import { foldWhitespace as fold } from '@shared/import/fold-whitespace'
import { MAX_HTML_CHUNK_CHARS, type HtmlArticle } from '@shared/import/html-article'
import {
  FURNITURE_ROLES,
  FURNITURE_TAGS,
  MEDIA_TAGS,
  UNSAFE_TAGS,
  holdsTooMuchToBeFurniture,
  isFurnitureHeading,
  isFurnitureLabel,
  isFurnitureName,
  isPullQuoteName,
} from '@shared/import/page-furniture'
import {
  cleanAuthor,
  genreFromSection,
  genreFromTypes,
  httpUrl,
  languageTag,
  namesFromByline,
  readJsonLd,
  trimTitleSuffix,
  uniqueNames,
  webDateFromText,
  type JsonLdArticle,
} from '@shared/import/web-metadata'
import { decodeHtml, encodingDisplayName } from './html-charset'
import { startReading, stopIfCancelled, type ReadOptions } from './read-options'

/** Why a page with no findable article is refused (after its file name). */
export const NO_ARTICLE_REASON =
  'has no article text Casefile can find: it may be an index page or need JavaScript to show its text.'

/** The fewest characters of text an article may have. */
const MIN_ARTICLE_CHARS = 200
/** Above this share of text in links, the "article" is a list of links: an index page. */
const MAX_LINK_DENSITY = 0.5

/**
 * Reads a saved web page into its article's HTML chunks and metadata hints. Refuses (with
 * an ImportRefusal naming the file) an empty or oversized file, a binary file, and a page
 * with no article. Rejects with an AbortError when `options.signal` is aborted.
 */
export async function readHtml(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<HtmlArticle> {
  await Promise.resolve()
  startReading(bytes, fileName, options)
  const decoded = decodeHtml(bytes)
  if (decoded.text.trim() === '') throw new ImportRefusal(fileName, 'is empty.')
  if (decoded.text.slice(0, 4096).includes('\u0000')) {
    throw new ImportRefusal(fileName, 'holds binary data, not a web page.')
  }
  const notices = decoded.notice === null ? [] : [decoded.notice]
  const doc = new DOMParser().parseFromString(decoded.text, 'text/html') as unknown as Document
  options.onProgress?.(1, 3)

  const hints = readHints(doc)
  stopIfCancelled(options.signal)
  notices.push(...clearPage(doc))
  options.onProgress?.(2, 3)

  const article = new Readability<Node>(doc, {
    serializer: (node) => node,
    disableJSONLD: true,
    keepClasses: false,
  }).parse()
  stopIfCancelled(options.signal)
  const content = article?.content
  if (!article || !content || !isArticle(content as Element)) {
    throw new ImportRefusal(fileName, NO_ARTICLE_REASON)
  }
  fillFromReadability(hints, article)
  const chunks = articleChunks(content as Element)
  options.onProgress?.(3, 3)
  const encoding = encodingDisplayName(decoded.encoding)
  return { format: 'html', fileName, chunks, hints, notices, encoding }
}

// ---- metadata hints -------------------------------------------------------------------

/** Every `<meta>` value by its name, property or itemprop, lower-cased; the first wins. */
function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>()
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content')
    if (content === null || fold(content) === '') continue
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase()
      if (key && !values.has(key)) values.set(key, fold(content))
    }
  }
  return values
}

function jsonLd(doc: Document): JsonLdArticle {
  const values: unknown[] = []
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue
    const source = (script.textContent ?? '')
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '')
    try {
      values.push(JSON.parse(source))
    } catch {
      // A page's broken JSON-LD says nothing; the other sources still may.
    }
  }
  return readJsonLd(values)
}

/** Reads the hints before anything is removed (the byline and `<time>` may be furniture). */
function readHints(doc: Document): MetadataHints {
  const meta = metaValues(doc)
  const ld = jsonLd(doc)
  const get = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key)
      if (value !== undefined) return value
    }
    return null
  }
  const hints = emptyHints()
  hints.outlet = get('og:site_name') ?? ld.publisher ?? get('application-name')
  const title =
    get('og:title', 'twitter:title') ?? ld.headline ?? nonEmpty(doc.title) ?? firstText(doc, 'h1')
  hints.title = title === null ? null : trimTitleSuffix(title, hints.outlet)
  hints.authors = readAuthors(doc, ld, get('author'), get('article:author'))
  const publishedText =
    get('article:published_time') ??
    ld.datePublished ??
    get(
      'date',
      'dc.date',
      'dc.date.issued',
      'dcterms.date',
      'dcterms.created',
      'pubdate',
      'publishdate',
      'publish-date',
      'parsely-pub-date',
      'sailthru.date',
      'datepublished',
    ) ??
    timeInHeader(doc)
  hints.publishedText = publishedText
  hints.published = publishedText === null ? null : webDateFromText(publishedText)
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null
  hints.sourceUrl = httpUrl(canonical) ?? httpUrl(get('og:url')) ?? httpUrl(ld.url)
  hints.language =
    languageTag(doc.documentElement.getAttribute('lang')) ??
    languageTag(get('content-language')) ??
    languageTag(get('og:locale')) ??
    languageTag(ld.language)
  const ogType = get('og:type')
  hints.genre =
    genreFromTypes(ld.types) ??
    genreFromSection(get('article:section')) ??
    genreFromSection(pathOf(hints.sourceUrl)) ??
    (ogType === null ? null : genreFromTypes([ogType]))
  return hints
}

function pathOf(url: string | null): string | null {
  if (url === null) return null
  try {
    return new URL(url).pathname
  } catch {
    return null
  }
}

function nonEmpty(text: string | null | undefined): string | null {
  const folded = fold(text ?? '')
  return folded === '' ? null : folded
}

function firstText(root: ParentNode, selector: string): string | null {
  return nonEmpty(root.querySelector(selector)?.textContent)
}

function readAuthors(
  doc: Document,
  ld: JsonLdArticle,
  metaAuthor: string | null,
  articleAuthor: string | null,
): string[] {
  if (ld.authors.length > 0) return ld.authors
  for (const value of [metaAuthor, articleAuthor]) {
    if (value === null) continue
    const names = value.includes(',') ? namesFromByline(value) : [cleanAuthor(value)]
    const kept = names.filter((name): name is string => name !== null)
    if (kept.length > 0) return uniqueNames(kept)
  }
  const named = Array.from(
    doc.querySelectorAll('a[rel~="author"], [itemprop~="author"] [itemprop~="name"]'),
  )
    .map((el) => cleanAuthor(el.textContent ?? ''))
    .filter((name): name is string => name !== null && name.length <= 80)
  if (named.length > 0) return uniqueNames(named)
  for (const el of Array.from(
    doc.querySelectorAll('[itemprop~="author"], .byline, [class*="byline"], .author'),
  )) {
    const names = namesFromByline(el.textContent ?? '')
    if (names.length > 0) return names
  }
  return []
}

function timeInHeader(doc: Document): string | null {
  const time = doc.querySelector(
    '[itemprop~="datePublished"], time[pubdate], article header time[datetime], header time[datetime], article time[datetime]',
  )
  if (!time) return null
  return nonEmpty(time.getAttribute('datetime') ?? time.getAttribute('content') ?? time.textContent)
}

function fillFromReadability(
  hints: MetadataHints,
  article: { title?: string | null; byline?: string | null; siteName?: string | null },
): void {
  if (hints.title === null && article.title) hints.title = trimTitleSuffix(article.title)
  if (hints.outlet === null && article.siteName) hints.outlet = nonEmpty(article.siteName)
  if (hints.authors.length === 0 && article.byline) {
    hints.authors = namesFromByline(article.byline)
  }
}

// ---- clearing the page ----------------------------------------------------------------

/** Removes what could run or fetch, page furniture and pull quotes; returns notices. */
function clearPage(doc: Document): string[] {
  for (const el of Array.from(doc.querySelectorAll(UNSAFE_TAGS.join(',')))) el.remove()
  for (const el of Array.from(doc.querySelectorAll('meta'))) el.remove()
  keepCaptions(doc)
  const body = doc.body ?? doc.documentElement
  const bodyText = textLength(body)
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    if (holdsTooMuchToBeFurniture(textLength(form), bodyText)) unwrap(form)
    else form.remove()
  }
  let pullQuotes = 0
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    if (el.isConnected && isPullQuoteName(el.getAttribute('class'))) {
      el.remove()
      pullQuotes += 1
    }
  }
  let furniture = 0
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!el.isConnected || !isFurniture(el)) continue
    if (holdsTooMuchToBeFurniture(textLength(el), bodyText)) continue
    el.remove()
    furniture += 1
  }
  furniture += removeFurnitureHeadings(body, bodyText)
  const notices: string[] = []
  if (furniture > 0) {
    notices.push(
      `Left out ${plural(furniture, 'part')} of the page that ${furniture === 1 ? 'is' : 'are'} not the article (menus, banners, share buttons, related links).`,
    )
  }
  if (pullQuotes > 0) {
    notices.push(`Left out ${plural(pullQuotes, 'pull quote')} repeating the article’s own words.`)
  }
  return notices
}

/**
 * Turns each figure caption into a paragraph where its figure was. Captions are evidence
 * (who is pictured, where, when); Readability keeps a lead figure beside the article body
 * only rarely, but a paragraph of prose beside it usually.
 */
function keepCaptions(doc: Document): void {
  for (const caption of Array.from(doc.querySelectorAll('figcaption'))) {
    const p = doc.createElement('p')
    while (caption.firstChild) p.appendChild(caption.firstChild)
    caption.replaceWith(p)
  }
  for (const figure of Array.from(doc.querySelectorAll('figure'))) unwrap(figure)
}

const KEPT_ELEMENTS = new Set(['html', 'head', 'body', 'main', 'article', 'h1'])

function isFurniture(el: Element): boolean {
  const tag = el.tagName.toLowerCase()
  if (KEPT_ELEMENTS.has(tag)) return false
  if (FURNITURE_TAGS.includes(tag)) return true
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true
  const role = el.getAttribute('role')?.trim().toLowerCase()
  if (role !== undefined && FURNITURE_ROLES.has(role)) return true
  if (isFurnitureLabel(el.getAttribute('aria-label'))) return true
  if (tag === 'aside' && !el.querySelector('p')) return true
  return isFurnitureName(el.getAttribute('class')) || isFurnitureName(el.getAttribute('id'))
}

/** Removes "Related articles"-style headings with the list or block that follows them. */
function removeFurnitureHeadings(body: Element, bodyText: number): number {
  let removed = 0
  for (const heading of Array.from(body.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (!heading.isConnected || !isFurnitureHeading(heading.textContent ?? '')) continue
    const next = heading.nextElementSibling
    if (next && !/^H[1-6]$/.test(next.tagName.toUpperCase())) {
      if (!holdsTooMuchToBeFurniture(textLength(next), bodyText)) next.remove()
    }
    heading.remove()
    removed += 1
  }
  return removed
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length
}

function unwrap(el: Element): void {
  const parent = el.parentNode
  if (!parent) return
  while (el.firstChild) parent.insertBefore(el.firstChild, el)
  el.remove()
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

// ---- the article ----------------------------------------------------------------------

/** Readability returns its best guess even for an index page; this checks the guess. */
function isArticle(content: Element): boolean {
  const text = textLength(content)
  if (text < MIN_ARTICLE_CHARS) return false
  const linked = Array.from(content.querySelectorAll('a')).reduce((n, a) => n + textLength(a), 0)
  return linked / text <= MAX_LINK_DENSITY
}

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'figcaption',
  'table',
  'pre',
  'address',
])
const WRAPPER_TAGS = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'figure',
  'aside',
  'details',
  'center',
  'hgroup',
  'body',
  'html',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
])
const BLOCK_SELECTOR = [...BLOCK_TAGS, ...WRAPPER_TAGS].join(',')
const SPLITTABLE_TAGS = new Set(['ul', 'ol', 'blockquote', 'dl'])
/** Blocks whose own block children are their structure (items, quoted paragraphs, rows). */
const CONTAINER_TAGS = new Set(['ul', 'ol', 'dl', 'blockquote', 'table'])

/**
 * The article's block elements, attributes stripped, serialised and packed in order into
 * chunks of at most MAX_HTML_CHUNK_CHARS; a list, block quote or table longer than that is
 * split between its items or rows.
 */
function articleChunks(content: Element): string[] {
  for (const el of Array.from(content.querySelectorAll(MEDIA_TAGS.join(',')))) el.remove()
  for (const el of Array.from(content.querySelectorAll('*'))) stripAttributes(el)
  stripAttributes(content)
  const pieces: string[] = []
  const blocks = blockElements(content).filter(
    (block, index) => !isLinkList(block) && !(index < 3 && isDateLine(block)),
  )
  for (const block of blocks) pieces.push(...serialise(block))
  const chunks: string[] = []
  let current = ''
  for (const piece of pieces) {
    if (current !== '' && current.length + piece.length > MAX_HTML_CHUNK_CHARS) {
      chunks.push(current)
      current = ''
    }
    current += piece
  }
  if (current !== '') chunks.push(current)
  return chunks
}

/** A block whose text is (almost) all links: a menu or a list of other pages. */
function isLinkList(block: Element): boolean {
  if (/^H[1-6]$/.test(block.tagName.toUpperCase())) return false
  const text = textLength(block)
  const links = Array.from(block.querySelectorAll('a')).reduce((n, a) => n + textLength(a), 0)
  return links > 0 && links >= 0.9 * text
}

/** A short line near the top that is only a date ("Tue 5 Mar 2024 07.30 GMT"): a dateline. */
function isDateLine(block: Element): boolean {
  const text = fold(block.textContent ?? '').replace(
    /^(?:posted|published|updated)\s+(?:on\s+)?/i,
    '',
  )
  return text.length <= 40 && webDateFromText(text) !== null
}

function stripAttributes(el: Element): void {
  for (const name of el.getAttributeNames()) el.removeAttribute(name)
}

/** Top-level blocks; loose text and inline elements between blocks become paragraphs. */
function blockElements(root: Element): Element[] {
  const doc = root.ownerDocument
  const out: Element[] = []
  let run: Node[] = []
  const flush = (): void => {
    if (run.some((node) => fold(node.textContent ?? '') !== '')) {
      const p = doc.createElement('p')
      for (const node of run) p.appendChild(node)
      out.push(p)
    }
    run = []
  }
  for (const node of Array.from(root.childNodes)) {
    const tag = node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : null
    const wraps =
      tag !== null &&
      (WRAPPER_TAGS.has(tag) ||
        (!CONTAINER_TAGS.has(tag) && (node as Element).querySelector(BLOCK_SELECTOR) !== null))
    if (wraps) {
      flush()
      out.push(...blockElements(node as Element))
    } else if (tag !== null && BLOCK_TAGS.has(tag)) {
      flush()
      out.push(node as Element)
    } else if (tag === 'hr') {
      flush()
    } else if (node.nodeType === 1 || node.nodeType === 3) {
      run.push(node)
    }
  }
  flush()
  return out
}

function serialise(block: Element): string[] {
  const html = block.outerHTML
  if (html.length <= MAX_HTML_CHUNK_CHARS) return [html]
  const tag = block.tagName.toLowerCase()
  const parts =
    tag === 'table'
      ? Array.from(block.querySelectorAll('tr'))
      : SPLITTABLE_TAGS.has(tag)
        ? Array.from(block.children)
        : []
  if (parts.length < 2) return [html]
  const groups: string[] = []
  let group = ''
  for (const part of parts) {
    const partHtml = part.outerHTML
    if (group !== '' && group.length + partHtml.length > MAX_HTML_CHUNK_CHARS - 20) {
      groups.push(group)
      group = ''
    }
    group += partHtml
  }
  if (group !== '') groups.push(group)
  return groups.map((inner) => `<${tag}>${inner}</${tag}>`)
}
