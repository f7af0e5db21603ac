/**
 * Reads a file of W3C Web Annotations (JSON-LD) into plain records, whichever of the
 * shapes in use it comes in: an AnnotationCollection or AnnotationPage (items inline or on
 * embedded pages), a bare list, one Annotation, a JSON-LD `@graph`, or Hypothesis's own
 * JSON export (its API's annotations, which carry the same selectors). Nothing here knows
 * the library: which document a target names is decided by web-annotation-plan.ts.
 */
import type { TextPosition, TextQuote } from '../anchoring/selectors'
import { jsonFaultOffset, locationOf } from '../backup/json-syntax'
import { MAX_FILE_BYTES, megabytes, textOverCap, utf8ByteLength } from '../file-size'
import { isHighlightColor, type HighlightColorId } from '../highlights/colors'
import { addTag } from '../highlights/tags'
import { isHtmlFormat, plainTextOfHtml } from '../text/html-text'

/** Where an annotation points: a source, and the passage in it if it is a text target. */
export interface ParsedTarget {
  /** The annotated resource's IRI or URL, as the file gives it; null when it gives none. */
  source: string | null
  /** The source's title when the file says it (Casefile's `label`, Hypothesis's document title). */
  title: string | null
  /** The revision IRI (`state`) Casefile's own export gives, else null. */
  state: string | null
  /** The TextQuoteSelector, context '' where the file has none. */
  quote: TextQuote | null
  /** The TextPositionSelector on the whole source (one refining another selector is relative, so unused). */
  position: TextPosition | null
}

/** One item of the file, read; `problem` says why it can never become a highlight. */
export interface ParsedAnnotation {
  /** Its place in the file, from 0: a stable key for lists. */
  index: number
  id: string | null
  /** A short name for lists: the start of its quote, else of its note, else its id. */
  label: string
  /** "a reply, not an annotation", "not a text annotation (…)", or null when it may be placed. */
  problem: string | null
  /** Its text targets (targets without a text selector are left out). */
  targets: ParsedTarget[]
  /** Its comments (commenting / describing bodies, Hypothesis `text`), blank-line joined. */
  note: string
  /** Its tags, cleaned as the app cleans typed tags, first spelling kept. */
  tags: string[]
  /** The highlight colour Casefile's export names in a classifying body, else null. */
  color: HighlightColorId | null
  /** When it was made, epoch ms, or null when the file does not say. */
  created: number | null
}

/** What made the file: Casefile's own export, Hypothesis's JSON export, or anything else. */
export type AnnotationFileFormat = 'casefile' | 'hypothesis' | 'web-annotation'

/** The outcome of {@link readAnnotationFile}: the annotations, or why there are none. */
export type AnnotationFileReading =
  | { ok: true; fileName: string; format: AnnotationFileFormat; annotations: ParsedAnnotation[] }
  | { ok: false; fileName: string; problem: string }

/** Why a reply is not imported: it answers an annotation, it marks no passage. */
export const REPLY = 'a reply, not an annotation'
/** Why an annotation on a whole page, an image region or the like is not imported. */
export const NOT_TEXT = 'not a text annotation (no TextQuoteSelector or TextPositionSelector)'
/** Casefile's colour body id prefix (see exports/web-annotation.ts). */
const COLOUR_IRI = 'urn:casefile:colour:'
const CASEFILE_SOURCE = 'urn:casefile:source:'
const LABEL_LENGTH = 60
// Deeper `refinedBy` chains than this are not written by any tool; the cap only stops a
// hostile file from recursing forever.
const MAX_REFINEMENT_DEPTH = 8

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** The JSON-LD types of a node (`type` or `@type`, one or several), without an `oa:` prefix. */
function typesOf(node: Json): string[] {
  return listOf(node.type ?? node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^oa:/, ''))
}

const idOf = (node: Json): string | null => text(node.id) ?? text(node['@id'])

/** A passage or note as a list label: its start, on one line, in quotation marks. */
export function quotedLabel(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return `“${flat.length > LABEL_LENGTH ? `${flat.slice(0, LABEL_LENGTH - 1)}…` : flat}”`
}

function fileProblem(fileName: string, why: string): AnnotationFileReading {
  return { ok: false, fileName, problem: `“${fileName}” ${why}` }
}

function syntaxProblem(fileName: string, source: string): AnnotationFileReading {
  const offset = jsonFaultOffset(source)
  const end = source.trimEnd().length
  if (offset === null) return fileProblem(fileName, 'could not be read as JSON.')
  const where = locationOf(source, Math.min(offset, end))
  const at = `line ${where.line.toLocaleString('en')}, column ${where.column.toLocaleString('en')}`
  return offset >= end
    ? fileProblem(
        fileName,
        `is not valid JSON: it stops in the middle, at ${at}. The file may have been cut short; export it again.`,
      )
    : fileProblem(
        fileName,
        `is not valid JSON (something unexpected at ${at}), so it holds no annotations Casefile can read.`,
      )
}

// ---------------------------------------------------------------------------------------
// Selectors and targets

interface TextSelectors {
  quote: TextQuote | null
  position: TextPosition | null
}

function quoteOf(node: Json): TextQuote | null {
  const exact = text(node.exact)
  if (exact === null) return null
  return { exact, prefix: text(node.prefix) ?? '', suffix: text(node.suffix) ?? '' }
}

function positionOf(node: Json): TextPosition | null {
  const { start, end } = node
  const offset = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0
  return offset(start) && offset(end) && start <= end ? { start, end } : null
}

/**
 * The text selectors among `selectors`, which the model says select the same passage.
 * A TextQuoteSelector is used wherever it is, also refining another selector (a quote is
 * found in the whole text anyway); a TextPositionSelector only at the top, since one that
 * refines a selector counts from where that selector starts (Hypothesis's XPath ones).
 */
function textSelectors(selectors: unknown[]): TextSelectors {
  let quote: TextQuote | null = null
  let refinedQuote: TextQuote | null = null
  let position: TextPosition | null = null
  const visit = (node: unknown, depth: number) => {
    if (!isObject(node) || depth > MAX_REFINEMENT_DEPTH) return
    const types = typesOf(node)
    if (types.includes('TextQuoteSelector')) {
      const found = quoteOf(node)
      if (depth === 0) quote ??= found
      else refinedQuote ??= found
    } else if (types.includes('TextPositionSelector') && depth === 0) {
      position ??= positionOf(node)
    }
    for (const refinement of listOf(node.refinedBy)) visit(refinement, depth + 1)
  }
  for (const selector of selectors) visit(selector, 0)
  return { quote: quote ?? refinedQuote, position }
}

function sourceOf(value: unknown): { source: string | null; title: string | null } {
  if (typeof value === 'string') return { source: value, title: null }
  if (isObject(value)) {
    return { source: idOf(value), title: text(value.label) ?? text(value.title) }
  }
  return { source: null, title: null }
}

/** One W3C target: an IRI (a whole resource), a SpecificResource, or a bare source. */
function readTarget(target: unknown, fallbackSource: string | null): ParsedTarget | null {
  if (!isObject(target)) return null
  const { source, title } =
    target.source !== undefined ? sourceOf(target.source) : { source: idOf(target), title: null }
  const { quote, position } = textSelectors(listOf(target.selector))
  if (quote === null && position === null) return null
  return {
    source: source ?? fallbackSource,
    title: title ?? text(target.label),
    state:
      listOf(target.state)
        .map(text)
        .find((s) => s !== null) ?? null,
    quote,
    position,
  }
}

// ---------------------------------------------------------------------------------------
// Bodies

interface BodyParts {
  notes: string[]
  tags: string[]
  color: HighlightColorId | null
}

function colourOf(body: Json): HighlightColorId | null {
  const id = idOf(body)
  if (id === null || !id.startsWith(COLOUR_IRI)) return null
  let colour: string
  try {
    colour = decodeURIComponent(id.slice(COLOUR_IRI.length))
  } catch {
    return null
  }
  return isHighlightColor(colour) ? colour : null
}

/**
 * Notes, tags and colour from the bodies. A TextualBody with no purpose is a comment
 * (Hypothesis writes its comment so), or a tag when the annotation's motivation is
 * tagging; bodies of other purposes (Recogito's identifying and transcribing, say) and
 * bodies that are links to other resources carry nothing a highlight keeps. An HTML body
 * gives its text.
 */
function readBodies(annotation: Json): BodyParts {
  const parts: BodyParts = { notes: [], tags: [], color: null }
  const motivations = listOf(annotation.motivation)
  const bodyValue = text(annotation.bodyValue)
  if (bodyValue?.trim()) parts.notes.push(bodyValue)
  for (const body of listOf(annotation.body)) {
    if (!isObject(body)) continue
    const purposes = listOf(body.purpose)
    const raw = text(body.value) ?? text(body.chars)
    // An HTML comment (format text/html) is kept as the text it shows, not its markup.
    const value = raw !== null && isHtmlFormat(body.format) ? plainTextOfHtml(raw) : raw
    if (purposes.includes('classifying')) {
      parts.color ??= colourOf(body)
      continue
    }
    if (value === null || value.trim() === '') continue
    if (purposes.includes('tagging')) parts.tags.push(value)
    else if (purposes.includes('commenting') || purposes.includes('describing'))
      parts.notes.push(value)
    else if (purposes.length === 0 && typesOf(body).includes('TextualBody')) {
      if (motivations.includes('tagging')) parts.tags.push(value)
      else parts.notes.push(value)
    }
  }
  return parts
}

// ---------------------------------------------------------------------------------------
// Annotations

function createdOf(value: unknown): number | null {
  const at = typeof value === 'string' ? Date.parse(value) : NaN
  return Number.isFinite(at) ? at : null
}

function cleanTags(raw: readonly string[]): string[] {
  return raw.reduce<string[]>((tags, tag) => addTag(tags, tag), [])
}

function labelOf(targets: ParsedTarget[], note: string, id: string | null, index: number) {
  const quote = targets.find((t) => t.quote?.exact.trim())?.quote?.exact
  if (quote) return quotedLabel(quote)
  if (note.trim()) return quotedLabel(note)
  return id ?? `annotation ${index + 1}`
}

function finish(
  index: number,
  id: string | null,
  targets: ParsedTarget[],
  parts: BodyParts,
  created: number | null,
  reply: boolean,
): ParsedAnnotation {
  const note = parts.notes.join('\n\n')
  return {
    index,
    id,
    label: labelOf(targets, note, id, index),
    problem: reply ? REPLY : targets.length === 0 ? NOT_TEXT : null,
    targets,
    note,
    tags: cleanTags(parts.tags),
    color: parts.color,
    created,
  }
}

/** An annotation as the Hypothesis API (and so its JSON export) writes it. */
function isHypothesisAnnotation(node: Json): boolean {
  return Array.isArray(node.target) && (typeof node.uri === 'string' || 'references' in node)
}

function readHypothesis(node: Json, index: number): ParsedAnnotation {
  // The API's document title is a list (the page's several title metadata).
  const document = isObject(node.document) ? node.document : {}
  const title =
    listOf(document.title)
      .map(text)
      .find((t) => t !== null) ?? null
  const uri = text(node.uri)
  const targets = listOf(node.target)
    .map((target) => readTarget(target, uri))
    .filter((target): target is ParsedTarget => target !== null)
    .map((target) => ({ ...target, title: target.title ?? title }))
  const textValue = text(node.text)
  const parts: BodyParts = {
    notes: textValue?.trim() ? [textValue] : [],
    tags: listOf(node.tags).filter((tag): tag is string => typeof tag === 'string'),
    color: null,
  }
  const reply = listOf(node.references).length > 0
  return finish(index, idOf(node), targets, parts, createdOf(node.created), reply)
}

function readW3c(node: Json, index: number): ParsedAnnotation {
  // A target that is only an IRI is a whole resource: readTarget gives it no passage.
  const targets = listOf(node.target)
    .map((target) => readTarget(target, null))
    .filter((target): target is ParsedTarget => target !== null)
  // A reply's motivation says so; its target is the annotation it answers.
  const reply = listOf(node.motivation).includes('replying')
  return finish(index, idOf(node), targets, readBodies(node), createdOf(node.created), reply)
}

function looksLikeAnnotation(node: Json): boolean {
  return typesOf(node).includes('Annotation') || node.target !== undefined
}

function readItem(item: unknown, index: number): ParsedAnnotation {
  if (!isObject(item) || !looksLikeAnnotation(item)) {
    const what = isObject(item)
      ? `not an annotation (it has no target${typesOf(item).length ? `; its type is ${typesOf(item).join(', ')}` : ''})`
      : `not an annotation (a ${Array.isArray(item) ? 'list' : item === null ? 'null' : typeof item} where an annotation should be)`
    return {
      index,
      id: isObject(item) ? idOf(item) : null,
      label: `item ${index + 1}`,
      problem: what,
      targets: [],
      note: '',
      tags: [],
      color: null,
      created: null,
    }
  }
  return isHypothesisAnnotation(item) ? readHypothesis(item, index) : readW3c(item, index)
}

// ---------------------------------------------------------------------------------------
// Containers

type Items = { items: unknown[] } | { problem: string }

/** Items of a page and of the pages embedded after it (`next` as an object, not an IRI). */
function pageItems(page: Json): Items {
  const items: unknown[] = []
  const seen = new Set<Json>()
  for (let current: unknown = page; isObject(current) && !seen.has(current);) {
    seen.add(current)
    items.push(...listOf(current.items))
    current = current.next
  }
  return { items }
}

function containerItems(root: unknown): Items | null {
  if (Array.isArray(root)) return { items: root }
  if (!isObject(root)) return null
  const types = typesOf(root)
  if (types.includes('AnnotationCollection')) {
    if (Array.isArray(root.items)) return { items: root.items }
    if (typeof root.first === 'string') {
      return {
        problem: `lists only the address of its first page of annotations (${root.first}), not the annotations themselves. Export them with the pages included.`,
      }
    }
    if (isObject(root.first)) return pageItems(root.first)
    return { items: [] }
  }
  if (types.includes('AnnotationPage')) return pageItems(root)
  if (looksLikeAnnotation(root)) return { items: [root] }
  // Hypothesis: the client's JSON export, and an API search response.
  if (Array.isArray(root.annotations)) return { items: root.annotations }
  if (Array.isArray(root.rows)) return { items: [...root.rows, ...listOf(root.replies)] }
  if (Array.isArray(root['@graph'])) return { items: root['@graph'] }
  return null
}

function formatOf(root: unknown, annotations: readonly ParsedAnnotation[]): AnnotationFileFormat {
  if (isObject(root) && (Array.isArray(root.annotations) || Array.isArray(root.rows))) {
    return 'hypothesis'
  }
  const sources = annotations.flatMap((a) => a.targets.map((t) => t.source))
  return sources.length > 0 && sources.every((s) => s?.startsWith(CASEFILE_SOURCE))
    ? 'casefile'
    : 'web-annotation'
}

export interface ReadAnnotationOptions {
  /** Largest file read, in UTF-8 bytes; defaults to the app's one cap, {@link MAX_FILE_BYTES}. */
  maxBytes?: number
}

/**
 * Reads the text of the file `fileName` as Web Annotations. Refuses, with a sentence
 * naming the file, a file over the size cap, an empty one, one that is not JSON (saying
 * where it breaks, and whether it was cut short), a Casefile backup, JSON that holds no
 * annotations, and a collection whose pages are only linked. Otherwise every item of the
 * file comes back in file order; an item that can never be a highlight (a reply, a
 * comment on a whole page or an image region, something that is not an annotation) comes
 * back with its `problem`, so the caller lists it instead of silently dropping it.
 */
export function readAnnotationFile(
  fileName: string,
  source: string,
  options: ReadAnnotationOptions = {},
): AnnotationFileReading {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES
  if (textOverCap(source, maxBytes)) {
    return fileProblem(
      fileName,
      `is ${megabytes(utf8ByteLength(source))}, more than the ${megabytes(maxBytes)} Casefile reads at once. Export fewer annotations per file.`,
    )
  }
  if (source.trim() === '')
    return fileProblem(fileName, 'is empty: there are no annotations in it.')
  let root: unknown
  try {
    // A byte order mark is not JSON, but editors on Windows add one.
    root = JSON.parse(source.replace(/^\uFEFF/, ''))
  } catch {
    return syntaxProblem(fileName, source.replace(/^\uFEFF/, ''))
  }
  if (isObject(root) && root.format === 'casefile-backup') {
    return fileProblem(
      fileName,
      'is a Casefile backup, not a file of annotations. Restore it from Backup instead.',
    )
  }
  const found = containerItems(root)
  const notAnnotations =
    'is JSON, but holds no web annotations: Casefile reads an AnnotationCollection, an AnnotationPage, a list of annotations or a Hypothesis export.'
  if (found === null) return fileProblem(fileName, notAnnotations)
  if ('problem' in found) return fileProblem(fileName, found.problem)
  if (found.items.length === 0)
    return fileProblem(fileName, 'holds no annotations: its list is empty.')
  const annotations = found.items.map(readItem)
  if (!found.items.some((item) => isObject(item) && looksLikeAnnotation(item)))
    return fileProblem(fileName, notAnnotations)
  return { ok: true, fileName, format: formatOf(root, annotations), annotations }
}
