/**
 * Highlights as a W3C Web Annotation collection (JSON-LD), so Hypothesis-style tools and
 * triple stores can read the analyst's passages, notes and tags.
 *
 * Choices the model leaves open:
 * - Every annotation's motivation is "highlighting": that is what the analyst did. What
 *   each body is for is said by its purpose: the note "commenting", each tag "tagging",
 *   and the colour (by the analyst's name for it) "classifying".
 * - The target's source is the document, `urn:casefile:source:<doc id>`, described as
 *   Text with its title as `label` (the anno context has no `title`). The selectors count
 *   in the document's canonical text at one revision, so the target's `state` is an IRI
 *   naming that revision: `urn:casefile:source:<doc id>:rev:<rev>`.
 * - The model counts TextPositionSelector offsets in Unicode code points; Casefile stores
 *   UTF-16 code units. Given a document's text at the highlight's revision, offsets are
 *   converted; without it they are written as stored, which differs only when characters
 *   outside the Basic Multilingual Plane (emoji, rare CJK) come before the passage.
 */

import type { TextPosition, TextQuote } from '../anchoring/selectors'
import type { DocumentMeta } from '../corpus/document-model'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** A highlight as the export needs it; HighlightRecord satisfies it. */
export interface HighlightForExport {
  id: string
  docId: string
  docRev: string
  selectors: { quote: TextQuote; position: TextPosition }
  color: string
  note: string
  tags: readonly string[]
  createdAt: number
  updatedAt: number
}

/** A document's canonical text at a revision (DocumentModel satisfies it). */
export interface TextAtRevision {
  rev: string
  text: string
}

export interface WebAnnotationInput {
  highlights: readonly HighlightForExport[]
  /** Metadata of the highlights' documents; a missing one only loses the title. */
  documents: readonly Pick<DocumentMeta, 'id' | 'title'>[]
  /** The analyst's colour names by colour id (resolveColorNames). */
  colorNames: Readonly<Record<string, string>>
  generatedAt: Date
  generator: { name: string; version: string }
  /** Canonical texts by document id, for offsets in code points (see the module note). */
  texts?: ReadonlyMap<string, TextAtRevision>
  /** The collection's IRI; defaults to one made from `generatedAt`. */
  id?: string
  /** The collection's name; defaults to "Casefile highlights". */
  label?: string
}

export type Motivation = 'highlighting' | 'commenting' | 'tagging' | 'classifying'

export interface TextualBody {
  id?: string
  type: 'TextualBody'
  value: string
  format?: 'text/plain'
  purpose: Motivation
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix?: string
  suffix?: string
}

export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export interface AnnotationTarget {
  type: 'SpecificResource'
  source: { id: string; type: 'Text'; format: 'text/plain'; label?: string }
  state: string
  selector: [TextQuoteSelector, TextPositionSelector]
}

export interface SoftwareAgent {
  type: 'Software'
  name: string
}

export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: Motivation
  created: string
  modified: string
  generated: string
  generator: SoftwareAgent
  body: TextualBody[]
  target: AnnotationTarget
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: {
    id: string
    type: 'AnnotationPage'
    startIndex: 0
    items: WebAnnotation[]
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A string as one IRI segment. encodeURIComponent throws on a lone surrogate: it becomes U+FFFD. */
function iriSegment(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'))
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** `urn:uuid:<id>` for a UUID (every id the app makes); a Casefile URN for anything else. */
export function highlightIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:casefile:highlight:${iriSegment(id)}`
}

/** The IRI of a source document, the same in every export. */
export function sourceIri(docId: string): string {
  return `urn:casefile:source:${iriSegment(docId)}`
}

/** The IRI of a document's canonical text at one revision: what the selectors count in. */
export function revisionIri(docId: string, rev: string): string {
  return `${sourceIri(docId)}:rev:${iriSegment(rev)}`
}

/**
 * A converter from UTF-16 offsets in `text` to code point offsets: the offset less the
 * surrogate pairs that end before it. Pair positions are found once per document, and
 * each offset by binary search, since one document may carry thousands of highlights.
 */
export function codePointCounter(text: string): (utf16Offset: number) => number {
  const pairStarts: number[] = []
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      pairStarts.push(i)
      i++
    }
  }
  return (offset) => {
    let low = 0
    let high = pairStarts.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (pairStarts[mid]! + 2 <= offset) low = mid + 1
      else high = mid
    }
    return offset - low
  }
}

function bodiesOf(highlight: HighlightForExport, colorName: string): TextualBody[] {
  const bodies: TextualBody[] = []
  if (highlight.note.trim()) {
    bodies.push({
      type: 'TextualBody',
      value: highlight.note,
      format: 'text/plain',
      purpose: 'commenting',
    })
  }
  for (const tag of highlight.tags)
    bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' })
  bodies.push({
    id: `urn:casefile:colour:${iriSegment(highlight.color)}`,
    type: 'TextualBody',
    value: colorName,
    purpose: 'classifying',
  })
  return bodies
}

function quoteSelector(quote: TextQuote): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: quote.exact,
    ...(quote.prefix ? { prefix: quote.prefix } : {}),
    ...(quote.suffix ? { suffix: quote.suffix } : {}),
  }
}

/**
 * The highlights, in the order given, as one AnnotationCollection with every
 * annotation on its first (and only) page. Each highlight appears exactly once.
 * Deterministic: the same input gives the same output.
 */
export function toWebAnnotations(input: WebAnnotationInput): AnnotationCollection {
  const titles = new Map(input.documents.map((doc) => [doc.id, doc.title]))
  const counters = new Map<string, ((offset: number) => number) | null>()
  const counterFor = (highlight: HighlightForExport) => {
    const key = `${highlight.docId}\u0000${highlight.docRev}`
    let counter = counters.get(key)
    if (counter === undefined) {
      const text = input.texts?.get(highlight.docId)
      counter = text && text.rev === highlight.docRev ? codePointCounter(text.text) : null
      counters.set(key, counter)
    }
    return counter
  }
  const generated = input.generatedAt.toISOString()
  const generator: SoftwareAgent = {
    type: 'Software',
    name: `${input.generator.name} ${input.generator.version}`,
  }
  const items = input.highlights.map((highlight): WebAnnotation => {
    const title = titles.get(highlight.docId)
    const { start, end } = highlight.selectors.position
    const count = counterFor(highlight)
    return {
      id: highlightIri(highlight.id),
      type: 'Annotation',
      motivation: 'highlighting',
      created: new Date(highlight.createdAt).toISOString(),
      modified: new Date(highlight.updatedAt).toISOString(),
      generated,
      generator,
      body: bodiesOf(highlight, input.colorNames[highlight.color] ?? highlight.color),
      target: {
        type: 'SpecificResource',
        source: {
          id: sourceIri(highlight.docId),
          type: 'Text',
          format: 'text/plain',
          ...(title !== undefined ? { label: title } : {}),
        },
        state: revisionIri(highlight.docId, highlight.docRev),
        selector: [
          quoteSelector(highlight.selectors.quote),
          {
            type: 'TextPositionSelector',
            start: count ? count(start) : start,
            end: count ? count(end) : end,
          },
        ],
      },
    }
  })
  const id = input.id ?? `urn:casefile:highlights:${input.generatedAt.getTime()}`
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: input.label ?? 'Casefile highlights',
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  }
}
