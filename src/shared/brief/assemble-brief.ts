/**
 * A brief's content resolved from the workspace: which claims, events and highlights it
 * holds, in reading order, each quote with the citation it needs. Nothing here knows about
 * Markdown; brief-mdast.ts lays the content out.
 */
import {
  CREDIBILITY_LABELS,
  formatGrade,
  isCredibility,
  isReliability,
  RELIABILITY_LABELS,
  type Credibility,
  type Reliability,
} from '../claims/admiralty'
import { EMPTY_SUMMARY, summarizeAllClaims } from '../claims/claim-summary'
import { claimIndependence, independenceNote } from '../claims/reuse-counting'
import { formatConfidence } from '../claims/confidence'
import {
  STANCES,
  stanceLabel,
  statusLabel,
  type EvidenceFact,
  type SourceIdentity,
  type Stance,
} from '../claims/types'
import type { DocumentMeta } from '../corpus/document-model'
import { formatPassageLocator, type PassageSpan } from '../corpus/passage-locator'
import { formatEventDate, formatOffset } from '../dates/format-event-date'
import { partialDateSortKey } from '../dates/partial-date'
import { buildTimelineItems, type TimelineItem } from '../timelines/timeline-items'
import { bibliographyEntry, sourceShortName, UNKNOWN_SOURCE } from './bibliography'
import type { BriefSpec } from './brief-spec'
import { formatCitation, citationAuthors } from './citation'
import type { BriefClaim, BriefPassage, BriefWorkspace } from './brief-workspace'
import { compareText } from '../sorting/text-order'
import { sourceShortLabel } from '../reuse/reuse-labels'
import type { TextSpan } from '../reuse/types'

/**
 * Where a quote comes from: the footnote it gets. Same docId and locator → same footnote,
 * so two paragraphs of one PDF page share "p. 7".
 */
export interface CitationRef {
  docId: string
  span: PassageSpan | null
  /** formatCitation of the source, or "Unknown source" when the document is missing. */
  text: string
}

export interface BriefQuote {
  highlightId: string
  /** The highlighted text exactly as stored. */
  text: string
  cite: CitationRef
}

export interface EvidenceEntry {
  evidenceId: string
  quote: BriefQuote
  note: string
  /** Admiralty grade of this piece ("B2", "–3"), "" when neither half is graded. */
  grade: string
  /** The grade in words: "source usually reliable; information probably true"; "" ungraded. */
  gradeWords: string
}

export interface StanceGroup {
  stance: Stance
  /** "Supports" */
  label: string
  entries: EvidenceEntry[]
}

export interface ClaimEntry {
  id: string
  statement: string
  /** "Contested" */
  status: string
  /** "Likely (55–80%)" or "Not assessed" */
  confidence: string
  /** Independent sources over all the claim's evidence, by the shared independence rules. */
  independentSources: number
  /**
   * Why passages merged when text reuse played a part: "3 passages; Tahir ¶9 repeats
   * Yousaf ¶15". Absent otherwise.
   */
  independenceNote?: string
  note: string
  /** Only the stances that have evidence, in the order Supports, Contradicts, Context. */
  stances: StanceGroup[]
}

/** What one source says the date of an event is. */
export interface StatedDate {
  date: string
  source: string
}

export interface EventEntry {
  id: string
  title: string
  note: string
  /** The date as the timeline shows it: "18 Jan 2024 (2 days after: Strikes)". */
  dateLabel: string
  /** Only the date it resolves to: "18 Jan 2024"; the problem when it does not resolve. */
  date: string
  /** How precise the date is: "day", "month", "year", "range", "approximate", "2 days after X". */
  precision: string[]
  /** What each source states when their dates cannot all be true; null without a conflict. */
  conflict: StatedDate[] | null
  quotes: BriefQuote[]
}

export interface TimelineEntry {
  id: string
  title: string
  description: string
  /** Chronological. */
  events: EventEntry[]
}

export interface HighlightEntry {
  quote: BriefQuote
  note: string
  tags: readonly string[]
  /** The analyst's name for the colour, or the colour id when it has none. */
  colorName: string
}

export interface HighlightSource {
  docId: string
  /** The source's title, or "Unknown source". */
  title: string
  /** In reading order: by first ¶, then by when they were made. */
  entries: HighlightEntry[]
}

export interface SourceEntry {
  docId: string
  meta: DocumentMeta
  /** "Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability', The Diplomatic Insight, c. Feb 2024 (inferred), analysis" */
  entry: string
}

export interface BriefContent {
  claims: ClaimEntry[]
  timelines: TimelineEntry[]
  highlights: HighlightSource[]
  /** Every known source an included quote cites, once each, by author then title. */
  sources: SourceEntry[]
}

/**
 * Sources in reading order for a brief: oldest first, by the earliest moment their
 * publication date can mean; undated and unknown sources last.
 */
function sourceRanks(documents: readonly DocumentMeta[]): Map<string, number> {
  const sorted = [...documents].sort(
    (a, b) =>
      (a.published ? partialDateSortKey(a.published) : Infinity) -
        (b.published ? partialDateSortKey(b.published) : Infinity) ||
      compareText(a.title, b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  return new Map(sorted.map((meta, rank) => [meta.id, rank]))
}

/** Compares passages by source, then position in the source, then age: reading order. */
function passageOrder(ranks: ReadonlyMap<string, number>) {
  const rankOf = (p: BriefPassage) => ranks.get(p.docId) ?? Number.MAX_SAFE_INTEGER
  return (a: BriefPassage, b: BriefPassage): number =>
    rankOf(a) - rankOf(b) ||
    (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0) ||
    (a.span?.first ?? Number.MAX_SAFE_INTEGER) - (b.span?.first ?? Number.MAX_SAFE_INTEGER) ||
    a.createdAt - b.createdAt ||
    (a.highlightId < b.highlightId ? -1 : a.highlightId > b.highlightId ? 1 : 0)
}

/**
 * One key per footnote: the source and how the citation locates the passage. For a source
 * without pages the locator names the ¶ span exactly, so footnotes are as they always were.
 */
export function citationKey(docId: string, span: PassageSpan | null): string {
  return `${docId}\u0000${formatPassageLocator(span)}`
}

class QuoteMaker {
  private readonly citations = new Map<string, string>()
  readonly cited = new Set<string>()

  constructor(private readonly documents: ReadonlyMap<string, DocumentMeta>) {}

  quote(passage: BriefPassage): BriefQuote {
    return { highlightId: passage.highlightId, text: passage.quote, cite: this.cite(passage) }
  }

  private cite(passage: BriefPassage): CitationRef {
    const { docId, span } = passage
    const meta = this.documents.get(docId)
    if (!meta) return { docId, span, text: UNKNOWN_SOURCE }
    this.cited.add(docId)
    const key = citationKey(docId, span)
    let text = this.citations.get(key)
    if (text === undefined) {
      text = formatCitation(meta, span)
      this.citations.set(key, text)
    }
    return { docId, span, text }
  }
}

function lowerSet(values: readonly string[]): Set<string> {
  return new Set(values.map((value) => value.toLocaleLowerCase()))
}

function hasAny(tags: readonly string[], wanted: ReadonlySet<string>): boolean {
  return wanted.size > 0 && tags.some((tag) => wanted.has(tag.toLocaleLowerCase()))
}

/**
 * The claims a selection picks: those picked by id in the order picked, then those with a
 * chosen tag or status by statement. Ids that no longer exist are skipped: a claim may be
 * deleted after the brief was saved.
 */
export function selectClaims(
  spec: BriefSpec['claims'],
  claims: readonly BriefClaim[],
): BriefClaim[] {
  const byId = new Map(claims.map((claim) => [claim.id, claim]))
  const picked: BriefClaim[] = []
  const taken = new Set<string>()
  for (const id of spec.ids) {
    const claim = byId.get(id)
    if (claim && !taken.has(id)) {
      picked.push(claim)
      taken.add(id)
    }
  }
  const tags = lowerSet(spec.tags)
  const statuses = new Set<string>(spec.statuses)
  const matched = claims
    .filter(
      (claim) => !taken.has(claim.id) && (statuses.has(claim.status) || hasAny(claim.tags, tags)),
    )
    .sort((a, b) => compareText(a.statement, b.statement) || (a.id < b.id ? -1 : 1))
  return [...picked, ...matched]
}

function assembleClaims(
  workspace: BriefWorkspace,
  spec: BriefSpec,
  passages: ReadonlyMap<string, BriefPassage>,
  order: (a: BriefPassage, b: BriefPassage) => number,
  quotes: QuoteMaker,
  identities: ReadonlyMap<string, SourceIdentity>,
): ClaimEntry[] {
  const selected = selectClaims(spec.claims, workspace.claims)
  const wanted = new Set(selected.map((claim) => claim.id))
  const evidence = workspace.evidence.filter((link) => wanted.has(link.claimId))
  const facts: EvidenceFact[] = evidence.map(({ id, claimId, highlightId, docId, stance }) => ({
    id,
    claimId,
    highlightId,
    docId,
    stance,
  }))
  const reuse = workspace.reuse ?? null
  const summaries = summarizeAllClaims(facts, identities, reuse)
  const factsOf = new Map<string, EvidenceFact[]>()
  for (const fact of facts) {
    const list = factsOf.get(fact.claimId)
    if (list) list.push(fact)
    else factsOf.set(fact.claimId, [fact])
  }
  const metas = new Map(workspace.documents.map((meta) => [meta.id, meta]))
  // "Tahir ¶9": the source as briefly as it can be named, and the passage's ¶.
  const label = (span: TextSpan): string => {
    const meta = metas.get(span.docId)
    const name = meta ? sourceShortLabel(meta) || `‘${meta.title}’` : UNKNOWN_SOURCE
    const highlightId = 'highlightId' in span ? (span.highlightId as string) : null
    const located = highlightId ? passages.get(highlightId)?.span : null
    return located ? `${name} ${formatPassageLocator(located)}` : name
  }
  const reliabilities = new Map(
    workspace.sourceGrades.map((grade) => [grade.docId, grade.reliability]),
  )
  const byClaim = new Map<string, typeof evidence>()
  for (const link of evidence) {
    const links = byClaim.get(link.claimId)
    if (links) links.push(link)
    else byClaim.set(link.claimId, [link])
  }
  const noteOf = (claimId: string): { independenceNote?: string } => {
    if (!reuse) return {}
    const note = independenceNote(
      claimIndependence(factsOf.get(claimId) ?? [], identities, reuse),
      label,
    )
    return note === null ? {} : { independenceNote: note }
  }
  return selected.map((claim): ClaimEntry => {
    const linked = (byClaim.get(claim.id) ?? []).flatMap((link) => {
      const passage = passages.get(link.highlightId)
      return passage ? [{ link, passage }] : []
    })
    linked.sort((a, b) => order(a.passage, b.passage))
    const stances = STANCES.map((stance): StanceGroup => ({
      stance,
      label: stanceLabel(stance),
      entries: linked
        .filter(({ link }) => link.stance === stance)
        .map(({ link, passage }) => {
          const stored = reliabilities.get(link.docId) ?? null
          const reliability = isReliability(stored) ? stored : null
          const credibility = isCredibility(link.credibility) ? link.credibility : null
          return {
            evidenceId: link.id,
            quote: quotes.quote(passage),
            note: link.note,
            grade: formatGrade(reliability, credibility),
            gradeWords: gradeWords(reliability, credibility),
          }
        }),
    })).filter((group) => group.entries.length > 0)
    return {
      id: claim.id,
      statement: claim.statement,
      status: statusLabel(claim.status) ?? String(claim.status),
      confidence: formatConfidence(claim.confidence),
      independentSources: (summaries.get(claim.id) ?? EMPTY_SUMMARY).independentSources,
      ...noteOf(claim.id),
      note: claim.note,
      stances,
    }
  })
}

/** Both halves of an Admiralty grade in words, the ungraded half said to be so. */
export function gradeWords(
  reliability: Reliability | null,
  credibility: Credibility | null,
): string {
  if (reliability === null && credibility === null) return ''
  const source = reliability ? RELIABILITY_LABELS[reliability].toLocaleLowerCase() : 'not graded'
  const information = credibility
    ? CREDIBILITY_LABELS[credibility].toLocaleLowerCase()
    : 'not graded'
  return `source ${source}; information ${information}`
}

function relativePhrase(item: TimelineItem, titleOf: (id: string) => string): string | null {
  if (item.date.kind !== 'relative') return null
  const { offset, eventId } = item.date
  const title = titleOf(eventId)
  if (offset.amount === 0) return `same ${offset.unit} as ${title}`
  return `${formatOffset(offset)} ${offset.amount < 0 ? 'before' : 'after'} ${title}`
}

/** "day", "month", "year", then "range", "approximate" and the relation, as they apply. */
function precisionWords(item: TimelineItem, titleOf: (id: string) => string): string[] {
  if (!item.resolution.ok) return ['undated']
  const words: string[] = [item.precision]
  if (item.isRange) words.push('range')
  if (item.approximate) words.push('approximate')
  const relative = relativePhrase(item, titleOf)
  if (relative) words.push(relative)
  return words
}

function assembleTimelines(
  workspace: BriefWorkspace,
  spec: BriefSpec,
  passages: ReadonlyMap<string, BriefPassage>,
  documents: ReadonlyMap<string, DocumentMeta>,
  quotes: QuoteMaker,
): TimelineEntry[] {
  const timelines = new Map(workspace.timelines.map((timeline) => [timeline.id, timeline]))
  const chosen = [...new Set(spec.timelineIds)].flatMap((id) => {
    const timeline = timelines.get(id)
    return timeline ? [timeline] : []
  })
  if (chosen.length === 0) return []
  const titles = new Map(workspace.events.map((event) => [event.id, event.title]))
  const titleOf = (id: string) => titles.get(id) ?? 'an event that no longer exists'
  const byTimeline = new Map<string, EventEntry[]>(chosen.map((timeline) => [timeline.id, []]))
  for (const item of buildTimelineItems(workspace.events)) {
    const entries = byTimeline.get(item.timelineId)
    if (!entries) continue
    entries.push({
      id: item.id,
      title: item.title,
      note: item.note,
      dateLabel: item.dateLabel,
      date: item.resolution.ok ? formatEventDate(item.resolution.date) : item.dateLabel,
      precision: precisionWords(item, titleOf),
      conflict: item.conflict
        ? item.sources.flatMap((source) =>
            source.stated
              ? [
                  {
                    date: formatEventDate(source.stated),
                    source: sourceShortName(documents.get(source.docId)),
                  },
                ]
              : [],
          )
        : null,
      quotes: item.sources.flatMap((source) => {
        const passage = passages.get(source.highlightId)
        return passage ? [quotes.quote(passage)] : []
      }),
    })
  }
  return chosen.map((timeline) => ({
    id: timeline.id,
    title: timeline.title,
    description: timeline.description,
    events: byTimeline.get(timeline.id) ?? [],
  }))
}

function assembleHighlights(
  workspace: BriefWorkspace,
  spec: BriefSpec,
  documents: ReadonlyMap<string, DocumentMeta>,
  order: (a: BriefPassage, b: BriefPassage) => number,
  quotes: QuoteMaker,
): HighlightSource[] {
  const tags = lowerSet(spec.highlights.tags)
  const colors = new Set(spec.highlights.colors)
  if (tags.size === 0 && colors.size === 0) return []
  const chosen = workspace.passages
    .filter((passage) => colors.has(passage.color) || hasAny(passage.tags, tags))
    .sort(order)
  const groups: HighlightSource[] = []
  for (const passage of chosen) {
    let group = groups.at(-1)
    if (!group || group.docId !== passage.docId) {
      group = {
        docId: passage.docId,
        title: documents.get(passage.docId)?.title ?? UNKNOWN_SOURCE,
        entries: [],
      }
      groups.push(group)
    }
    group.entries.push({
      quote: quotes.quote(passage),
      note: passage.note,
      tags: passage.tags,
      colorName: workspace.colorNames[passage.color] ?? passage.color,
    })
  }
  return groups
}

/**
 * Resolves a brief against the workspace. Only the sections in `spec.sections` are
 * assembled, so the sources are exactly those the included quotes cite. Missing claims,
 * timelines and highlights are skipped; a quote whose document is missing cites
 * "Unknown source" and adds nothing to the sources. Linear in the workspace's size apart
 * from sorting, so ten thousand cited passages take a few milliseconds.
 */
export function assembleBrief(spec: BriefSpec, workspace: BriefWorkspace): BriefContent {
  const sections = new Set(spec.sections)
  const documents = new Map(workspace.documents.map((meta) => [meta.id, meta]))
  const passages = new Map(workspace.passages.map((passage) => [passage.highlightId, passage]))
  const order = passageOrder(sourceRanks(workspace.documents))
  const identities = new Map(
    workspace.documents.map((meta): [string, SourceIdentity] => [
      meta.id,
      { docId: meta.id, authors: meta.authors, outlet: meta.outlet },
    ]),
  )
  const quotes = new QuoteMaker(documents)
  const claims = sections.has('claims')
    ? assembleClaims(workspace, spec, passages, order, quotes, identities)
    : []
  const timelines = sections.has('timelines')
    ? assembleTimelines(workspace, spec, passages, documents, quotes)
    : []
  const highlights = sections.has('highlights')
    ? assembleHighlights(workspace, spec, documents, order, quotes)
    : []
  const sources = [...quotes.cited]
    .map((docId): SourceEntry => {
      const meta = documents.get(docId)!
      return { docId, meta, entry: bibliographyEntry(meta) }
    })
    .sort(
      (a, b) =>
        compareText(citationAuthors(a.meta.authors), citationAuthors(b.meta.authors)) ||
        compareText(a.meta.title, b.meta.title) ||
        (a.docId < b.docId ? -1 : 1),
    )
  return { claims, timelines, highlights, sources }
}
