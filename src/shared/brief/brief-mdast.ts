/**
 * A brief's content laid out as an mdast tree: front matter, title, the chosen sections in
 * their order, and a numbered footnote per distinct citation. Every analyst or source
 * string goes into a text node (or the YAML node), so the serialiser escapes whatever
 * Markdown it would otherwise mean.
 */
import type {
  BlockContent,
  Blockquote,
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast'
import { stringify } from 'yaml'
import { formatPartialDate } from '../dates/partial-date'
import {
  citationKey,
  type BriefContent,
  type BriefQuote,
  type CitationRef,
  type ClaimEntry,
  type EventEntry,
  type HighlightSource,
  type StatedDate,
  type TimelineEntry,
} from './assemble-brief'
import { HeadingNames } from './brief-headings'
import { sectionLabel, isoDay, type BriefSectionKind, type BriefSpec } from './brief-spec'
import { cleanText, singleLine, textParagraphs } from './brief-text'
import type { BriefExportMeta } from './brief-workspace'
import { wrapProse } from './brief-wrap'
import { fitSummaryHeadings, summaryNodes } from './summary-markdown'

/** What a chosen section says when nothing in the workspace matches it. */
export const EMPTY_SECTION_TEXT: Readonly<Record<BriefSectionKind, string>> = {
  summary: 'No summary written.',
  claims: "No claims match this brief's selection.",
  timelines: "No timelines match this brief's selection.",
  highlights: "No highlights match this brief's selection.",
  sources: 'No sources are cited.',
}

const SEPARATOR = ' · '

function text(value: string): Text {
  return { type: 'text', value }
}

function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(singleLine(value))] }
}

/**
 * A heading of analyst or source text, named so markdownlint accepts it (see
 * HeadingNames); a heading that had to be cut is followed by the whole text.
 */
function namedHeading(
  blocks: BlockContent[],
  names: HeadingNames,
  depth: Heading['depth'],
  value: string,
  fallback: string,
): void {
  const name = names.name(depth, value, fallback)
  blocks.push(heading(depth, name.text))
  if (name.cut) blocks.push(paragraph(text(singleLine(value))))
}

function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children }
}

function emphasised(value: string): Paragraph {
  return paragraph({ type: 'emphasis', children: [text(singleLine(value))] })
}

/** Adds free text (notes, descriptions) to `blocks` as paragraphs; nothing for blank text. */
function addProse(blocks: BlockContent[], value: string): void {
  if (value === '') return
  for (const part of textParagraphs(value)) blocks.push(paragraph(text(part)))
}

/**
 * Appends `items` to `target` one by one: a brief has tens of thousands of blocks, more
 * than spreading into `push` takes as arguments.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

/** "a", "a and b", "a, b and c" */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** Numbers citations 1..n in order of first use; one footnote per source and locator. */
class Footnotes {
  private readonly numbers = new Map<string, string>()
  readonly definitions: FootnoteDefinition[] = []

  reference(cite: CitationRef): FootnoteReference {
    const key = citationKey(cite.docId, cite.span)
    let identifier = this.numbers.get(key)
    if (identifier === undefined) {
      identifier = String(this.numbers.size + 1)
      this.numbers.set(key, identifier)
      this.definitions.push({
        type: 'footnoteDefinition',
        identifier,
        label: identifier,
        children: [paragraph(text(singleLine(cite.text)))],
      })
    }
    return { type: 'footnoteReference', identifier, label: identifier }
  }
}

/**
 * Quotes one after another, each an item of a list: two block quotes with only a blank
 * line between them read as one to some tools (markdownlint's MD028).
 */
function quoteList(items: ListItem[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: items.some((item) => item.spread),
    children: items,
  }
}

/**
 * A quote as one block quote: a paragraph per paragraph of the source (see
 * textParagraphs), the last ending in its footnote.
 */
function quoteBlock(quote: BriefQuote, footnotes: Footnotes): Blockquote {
  const parts = textParagraphs(quote.text)
  const children: Paragraph[] = parts.map((part) => paragraph(text(part)))
  const reference = footnotes.reference(quote.cite)
  const last = children.at(-1)
  if (last) last.children.push(reference)
  else children.push(paragraph(reference))
  return { type: 'blockquote', children }
}

function labelled(label: string, value: string): PhrasingContent[] {
  return [{ type: 'strong', children: [text(`${label}:`)] }, text(` ${singleLine(value)}`)]
}

function addClaimBlocks(
  blocks: BlockContent[],
  claim: ClaimEntry,
  footnotes: Footnotes,
  names: HeadingNames,
): void {
  const facts = [
    labelled('Status', claim.status),
    labelled('Confidence', claim.confidence),
    labelled(
      'Independent sources',
      claim.independenceNote
        ? `${claim.independentSources} (${claim.independenceNote})`
        : String(claim.independentSources),
    ),
  ].flatMap((part, i) => (i === 0 ? part : [text(SEPARATOR), ...part]))
  namedHeading(blocks, names, 3, claim.statement, 'Untitled claim')
  blocks.push(paragraph(...facts))
  addProse(blocks, claim.note)
  if (claim.stances.length === 0) blocks.push(emphasised('No evidence linked.'))
  for (const group of claim.stances) {
    // A label, not a heading: every claim has its "Supports (1)", and headings must differ
    // (MD024). Its colon keeps markdownlint from taking it for a heading (MD036).
    blocks.push(
      paragraph({ type: 'strong', children: [text(`${group.label} (${group.entries.length}):`)] }),
    )
    const items = group.entries.map((entry): ListItem => {
      const children: BlockContent[] = [quoteBlock(entry.quote, footnotes)]
      // Plain text, not emphasis: a brief has thousands of these and emphasis costs the
      // serialiser several times as much.
      if (entry.grade) children.push(paragraph(text(`Grade ${entry.grade}: ${entry.gradeWords}.`)))
      addProse(children, entry.note)
      return { type: 'listItem', spread: children.length > 1, children }
    })
    blocks.push(quoteList(items))
  }
}

function conflictLine(stated: readonly StatedDate[]): Paragraph {
  const claims = listInWords(stated.map((s) => `${s.date} (${singleLine(s.source)})`))
  return paragraph(
    text(claims ? `⚠ Date conflict: sources state ${claims}` : '⚠ Date conflict between sources'),
  )
}

function eventItem(event: EventEntry, footnotes: Footnotes): ListItem {
  const children: BlockContent[] = [
    paragraph(
      { type: 'strong', children: [text(singleLine(event.date))] },
      text(` (${event.precision.map(singleLine).join(', ')}): ${singleLine(event.title)}`),
    ),
  ]
  if (event.conflict) children.push(conflictLine(event.conflict))
  addProse(children, event.note)
  if (event.quotes.length > 0) {
    const quotes = event.quotes.map((quote): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [quoteBlock(quote, footnotes)],
    }))
    children.push(quoteList(quotes))
  }
  return { type: 'listItem', spread: true, children }
}

function addTimelineBlocks(
  blocks: BlockContent[],
  timeline: TimelineEntry,
  footnotes: Footnotes,
  names: HeadingNames,
): void {
  namedHeading(blocks, names, 3, timeline.title, 'Untitled timeline')
  addProse(blocks, timeline.description)
  if (timeline.events.length === 0) {
    blocks.push(emphasised('No events on this timeline.'))
    return
  }
  const list: List = {
    type: 'list',
    ordered: false,
    spread: true,
    children: timeline.events.map((event) => eventItem(event, footnotes)),
  }
  blocks.push(list)
}

function addHighlightBlocks(
  blocks: BlockContent[],
  source: HighlightSource,
  footnotes: Footnotes,
  names: HeadingNames,
): void {
  namedHeading(blocks, names, 3, source.title, 'Untitled source')
  for (const entry of source.entries) {
    blocks.push(quoteBlock(entry.quote, footnotes))
    const facts = [`Colour: ${singleLine(entry.colorName)}`]
    if (entry.tags.length > 0) facts.push(`Tags: ${entry.tags.map(singleLine).join(', ')}`)
    blocks.push(paragraph(text(facts.join(SEPARATOR))))
    addProse(blocks, entry.note)
  }
}

function sourcesList(content: BriefContent): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: content.sources.map((source): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(text(singleLine(source.entry)))],
    })),
  }
}

function sectionBody(
  kind: BriefSectionKind,
  content: BriefContent,
  spec: BriefSpec,
  footnotes: Footnotes,
  names: HeadingNames,
): RootContent[] {
  const blocks: BlockContent[] = []
  switch (kind) {
    case 'summary':
      return fitSummaryHeadings(summaryNodes(spec.summary), names, 2)
    case 'claims':
      for (const claim of content.claims) addClaimBlocks(blocks, claim, footnotes, names)
      return blocks
    case 'timelines':
      for (const timeline of content.timelines)
        addTimelineBlocks(blocks, timeline, footnotes, names)
      return blocks
    case 'highlights':
      for (const source of content.highlights) addHighlightBlocks(blocks, source, footnotes, names)
      return blocks
    case 'sources':
      return content.sources.length > 0 ? [sourcesList(content)] : []
  }
}

/** "24 Nov 2026", in UTC like the file name and the front matter date. */
function exportDay(at: Date): string {
  return formatPartialDate({
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    approximate: false,
  })
}

/**
 * Front matter as YAML: title, author, date (ISO day of export), tool ("Casefile 0.1.0":
 * one key, name then version, as a reader would write it) and sources (the Sources list's
 * entries, in its order).
 */
function frontMatter(content: BriefContent, spec: BriefSpec, meta: BriefExportMeta): string {
  const data = {
    title: singleLine(spec.title) || 'Untitled brief',
    author: singleLine(spec.author),
    date: isoDay(meta.exportedAt),
    tool: singleLine(`${meta.toolName} ${meta.toolVersion}`),
    sources: content.sources.map((source) => singleLine(source.entry)),
  }
  return stringify(data, { lineWidth: 0, singleQuote: true }).trimEnd()
}

/** "By J. Analyst · exported 24 Nov 2026 from Casefile 0.1.0": who, when and with what. */
function byline(spec: BriefSpec, meta: BriefExportMeta): Paragraph {
  const author = singleLine(spec.author)
  const tool = singleLine(`${meta.toolName} ${meta.toolVersion}`)
  const exported = `${exportDay(meta.exportedAt)} from ${tool}`
  return paragraph(
    text(author ? `By ${author}${SEPARATOR}exported ${exported}` : `Exported ${exported}`),
  )
}

/**
 * The brief as an mdast tree: front matter (its `title` is the brief's title: there is no
 * `# title` as well, which markdownlint's MD025 counts as a second one and which Pandoc
 * or a static site would print twice), a byline, each section of `spec.sections` in
 * order under `## label` (a chosen section with nothing in it says so in a line of
 * emphasis), then the footnote definitions, numbered 1..n in order of first use. Only the
 * summary is parsed as Markdown; everything else is text. Prose is wrapped at 80 columns
 * and headings are named so the file passes markdownlint's default rules.
 */
export function briefTree(content: BriefContent, spec: BriefSpec, meta: BriefExportMeta): Root {
  const footnotes = new Footnotes()
  const names = new HeadingNames()
  const sections = [...new Set(spec.sections)]
  names.reserve(sections.map(sectionLabel))
  const children: RootContent[] = [
    { type: 'yaml', value: cleanText(frontMatter(content, spec, meta)) },
    byline(spec, meta),
  ]
  for (const kind of sections) {
    children.push(heading(2, sectionLabel(kind)))
    const body = sectionBody(kind, content, spec, footnotes, names)
    append(children, body.length > 0 ? body : [emphasised(EMPTY_SECTION_TEXT[kind])])
  }
  append(children, footnotes.definitions)
  return wrapProse({ type: 'root', children })
}
