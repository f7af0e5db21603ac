/**
 * Turns read annotations into what an import would do to the library: the highlights to
 * add (placed with Casefile's own anchoring on each document's current text, selectors
 * built as for a highlight made in the reader), the annotations skipped because the same
 * passage is highlighted already, and the orphans, each with the reason in plain words.
 * Nothing is written here; db/annotation-import.ts writes the plan.
 */
import { captureSelection } from '../anchoring/describe'
import { reanchorAll, type Placement, type StoredAnchor } from '../anchoring/reanchor'
import type { Selectors, TextPosition, TextQuote } from '../anchoring/selectors'
import type { HighlightColorId } from '../highlights/colors'
import { quotedLabel, type ParsedAnnotation, type ParsedTarget } from './web-annotation-read'
import {
  casefileRevision,
  createSourceMatcher,
  type SourceMatcher,
  type SourceMeta,
} from './web-annotation-sources'

/** A library document as the import needs it: DocumentModel satisfies it. */
export interface DocumentForImport {
  meta: SourceMeta
  rev: string
  text: string
}

/** A highlight already in the workspace, for spotting duplicates (HighlightRecord satisfies it). */
export interface ExistingHighlight {
  id: string
  docId: string
  docRev: string
  selectors: Selectors
}

/** A highlight to add: what NewHighlight takes, plus where it came from. */
export interface HighlightDraft {
  docId: string
  docRev: string
  selectors: Selectors
  color: HighlightColorId
  note: string
  tags: string[]
  /** When the annotation was made (epoch ms), kept as the highlight's creation time; else null. */
  createdAt: number | null
  /** The annotation's place in the file and its label, to say what was added. */
  index: number
  label: string
}

/** An annotation (or one target of it) the import leaves out, and why. */
export interface SkippedAnnotation {
  index: number
  label: string
  why: string
}

/** An annotation left out because its passage is highlighted already. */
export interface DuplicateAnnotation extends SkippedAnnotation {
  /** The highlight already there; null when it is another annotation of the same file. */
  highlightId: string | null
}

/** A source the file names that no document matched: the analyst may say which it is. */
export interface UnmatchedSource {
  source: string | null
  title: string | null
  /** How many annotations name it. */
  annotations: number
}

/** What importing the file would do. Each list is in file order. */
export interface AnnotationImportPlan {
  highlights: HighlightDraft[]
  duplicates: DuplicateAnnotation[]
  orphans: SkippedAnnotation[]
  unmatchedSources: UnmatchedSource[]
}

export interface PlanOptions {
  /** The colour of highlights whose annotation names none (the analyst's new-highlight colour). */
  defaultColor?: HighlightColorId
  /** Source (as the file names it) to document id, as the analyst chose; see createSourceMatcher. */
  sources?: Readonly<Record<string, string>>
  /** Confidence needed to place a quote; reanchor's default when absent. */
  threshold?: number
}

/**
 * A converter from code point offsets in `text` to UTF-16 offsets: the offset plus the
 * surrogate pairs that start before it. Kept for the last text, since a file's many
 * annotations on one document are converted one after another.
 */
let lastConverter: { text: string; toUtf16: (points: number) => number } | null = null

function codePointsToUtf16(text: string): (points: number) => number {
  if (lastConverter?.text === text) return lastConverter.toUtf16
  // Each pair's offset in code points: its UTF-16 offset less the pairs before it.
  const pairs: number[] = []
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      pairs.push(i - pairs.length)
      i++
    }
  }
  const toUtf16 = (points: number) => {
    let low = 0
    let high = pairs.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (pairs[mid]! < points) low = mid + 1
      else high = mid
    }
    return points + low
  }
  lastConverter = { text, toUtf16 }
  return toUtf16
}

/**
 * A position in code points (as the Web Annotation model counts, and Casefile's export
 * writes when it has the text) as UTF-16 offsets, when that reading puts `exact` there;
 * else the position as given (an export made without the text wrote UTF-16 offsets).
 */
function utf16Position(text: string, position: TextPosition, exact: string | null): TextPosition {
  const toUtf16 = codePointsToUtf16(text)
  const converted = { start: toUtf16(position.start), end: toUtf16(position.end) }
  const fits = (p: TextPosition) => exact !== null && text.slice(p.start, p.end) === exact
  return fits(converted) || !fits(position) ? converted : position
}

interface Job {
  slot: number
  annotation: ParsedAnnotation
  label: string
  doc: DocumentForImport
  anchor: StoredAnchor
}

type Outcome =
  | { kind: 'highlight'; draft: HighlightDraft }
  | { kind: 'duplicate'; duplicate: DuplicateAnnotation }
  | { kind: 'orphan'; orphan: SkippedAnnotation }

function targetLabel(annotation: ParsedAnnotation, target: ParsedTarget): string {
  const exact = target.quote?.exact
  return annotation.targets.length > 1 && exact?.trim() ? quotedLabel(exact) : annotation.label
}

/**
 * What is stored for `target` on `doc`, as a highlight's selectors and rev, or why it
 * cannot be placed. A position counts only where Casefile's export says it was made on
 * this very revision; elsewhere it counts in another copy of the text, and is a hint.
 */
function anchorFor(target: ParsedTarget, doc: DocumentForImport): StoredAnchor | string {
  const revision = casefileRevision(target.state)
  const rev = revision?.docId === doc.meta.id ? revision.rev : ''
  const sameText = rev === doc.rev
  let position = target.position
  if (position && sameText)
    position = utf16Position(doc.text, position, target.quote?.exact ?? null)
  let quote: TextQuote | null = target.quote
  if (quote === null) {
    if (!sameText || position === null || position.end > doc.text.length) {
      return `only a character position, which cannot be checked against ‘${doc.meta.title}’ (no TextQuoteSelector)`
    }
    quote = { exact: doc.text.slice(position.start, position.end), prefix: '', suffix: '' }
  }
  if (quote.exact.trim() === '') return 'the quoted text is empty'
  return { selectors: { quote, position: position ?? { start: 0, end: 0 } }, rev }
}

const spanKey = (docId: string, start: number, end: number) => `${docId}\u0000${start}\u0000${end}`

/** Where the workspace's highlights of `doc` sit on its current text, by span, to their ids. */
function existingSpans(
  doc: DocumentForImport,
  existing: readonly ExistingHighlight[],
  into: Map<string, string>,
): void {
  const placements = reanchorAll(
    doc.text,
    doc.rev,
    existing.map((h) => ({ selectors: h.selectors, rev: h.docRev })),
  )
  placements.forEach((placement, i) => {
    const highlight = existing[i]
    if (highlight && placement.status !== 'orphan') {
      into.set(spanKey(doc.meta.id, placement.start, placement.end), highlight.id)
    }
  })
}

function excerpt(text: string, start: number, end: number): string {
  return quotedLabel(text.slice(start, end))
}

function orphanWhy(placement: Exclude<Placement, { status: 'placed' }>, doc: DocumentForImport) {
  if (placement.status === 'orphan') return `the quoted text is not in ‘${doc.meta.title}’`
  return `the quoted text is not in ‘${doc.meta.title}’ as written; the closest passage, ${excerpt(doc.text, placement.start, placement.end)}, differs too much to be sure`
}

const sameContent = (a: HighlightDraft, b: HighlightDraft) =>
  a.note === b.note && a.color === b.color && a.tags.join('\u0000') === b.tags.join('\u0000')

/** Matches every placeable target to a document, in file order, counting unmatched sources. */
function matchTargets(
  annotations: readonly ParsedAnnotation[],
  matcher: SourceMatcher,
  docs: ReadonlyMap<string, DocumentForImport>,
  outcomes: Outcome[],
  unmatched: Map<string, UnmatchedSource>,
): Job[] {
  const jobs: Job[] = []
  const orphan = (index: number, label: string, why: string) =>
    outcomes.push({ kind: 'orphan', orphan: { index, label, why } })
  for (const annotation of annotations) {
    if (annotation.problem !== null) {
      orphan(annotation.index, annotation.label, annotation.problem)
      continue
    }
    for (const target of annotation.targets) {
      const label = targetLabel(annotation, target)
      const match = matcher.match(target)
      if (match.docId === null) {
        const key = `${target.source ?? ''}\u0000${target.title ?? ''}`
        const seen = unmatched.get(key)
        if (seen) seen.annotations++
        else unmatched.set(key, { source: target.source, title: target.title, annotations: 1 })
        orphan(annotation.index, label, match.why)
        continue
      }
      // The matcher knows only these documents' ids.
      const doc = docs.get(match.docId)!
      const anchor = anchorFor(target, doc)
      if (typeof anchor === 'string') {
        orphan(annotation.index, label, anchor)
        continue
      }
      jobs.push({ slot: outcomes.length, annotation, label, doc, anchor })
      // A placeholder, replaced once the document's targets are placed together.
      orphan(annotation.index, label, '')
    }
  }
  return jobs
}

/**
 * The plan for importing `annotations` (from readAnnotationFile) into a library of
 * `documents`, where `existing` are the workspace's highlights (those of other documents
 * are ignored). A target is matched to a document (see createSourceMatcher), placed on its
 * current text with reanchorAll (the stored position first where Casefile's export made it
 * on this revision; else the quote, exactly then approximately, its position only a
 * hint), trimmed and described as a new highlight is. A placement below the confidence
 * threshold is an orphan, never a guess. A target whose span a workspace highlight already
 * covers is a duplicate, as is one repeating an earlier annotation of the file (same span,
 * note, tags and colour). An annotation with several text targets gives one highlight each.
 */
export function planAnnotationImport(
  annotations: readonly ParsedAnnotation[],
  documents: readonly DocumentForImport[],
  existing: readonly ExistingHighlight[],
  options: PlanOptions = {},
): AnnotationImportPlan {
  const docs = new Map(documents.map((doc) => [doc.meta.id, doc]))
  const matcher = createSourceMatcher(
    documents.map((doc) => doc.meta),
    options.sources,
  )
  const outcomes: Outcome[] = []
  const unmatched = new Map<string, UnmatchedSource>()
  const jobs = matchTargets(annotations, matcher, docs, outcomes, unmatched)

  const byDoc = new Map<string, Job[]>()
  for (const job of jobs) {
    const docJobs = byDoc.get(job.doc.meta.id)
    if (docJobs) docJobs.push(job)
    else byDoc.set(job.doc.meta.id, [job])
  }
  const taken = new Map<string, string>()
  const planned = new Map<string, HighlightDraft[]>()
  for (const [docId, docJobs] of byDoc) {
    const doc = docs.get(docId)!
    existingSpans(
      doc,
      existing.filter((h) => h.docId === docId),
      taken,
    )
    const placements = reanchorAll(
      doc.text,
      doc.rev,
      docJobs.map((job) => job.anchor),
      options.threshold === undefined ? {} : { threshold: options.threshold },
    )
    docJobs.forEach((job, i) => {
      outcomes[job.slot] = placeJob(job, placements[i]!, options, taken, planned)
    })
  }

  const plan: AnnotationImportPlan = {
    highlights: [],
    duplicates: [],
    orphans: [],
    unmatchedSources: [...unmatched.values()],
  }
  for (const outcome of outcomes) {
    if (outcome.kind === 'highlight') plan.highlights.push(outcome.draft)
    else if (outcome.kind === 'duplicate') plan.duplicates.push(outcome.duplicate)
    else plan.orphans.push(outcome.orphan)
  }
  return plan
}

function placeJob(
  job: Job,
  placement: Placement,
  options: PlanOptions,
  taken: ReadonlyMap<string, string>,
  planned: Map<string, HighlightDraft[]>,
): Outcome {
  const { annotation, label, doc } = job
  const { index } = annotation
  if (placement.status !== 'placed') {
    return { kind: 'orphan', orphan: { index, label, why: orphanWhy(placement, doc) } }
  }
  const captured = captureSelection(doc.text, placement.start, placement.end)
  if (!captured.ok) return { kind: 'orphan', orphan: { index, label, why: captured.problem } }
  const key = spanKey(doc.meta.id, captured.start, captured.end)
  const existingId = taken.get(key)
  if (existingId !== undefined) {
    const why = `this passage of ‘${doc.meta.title}’ is highlighted already`
    return { kind: 'duplicate', duplicate: { index, label, why, highlightId: existingId } }
  }
  const draft: HighlightDraft = {
    docId: doc.meta.id,
    docRev: doc.rev,
    selectors: captured.selectors,
    color: annotation.color ?? options.defaultColor ?? 'yellow',
    note: annotation.note,
    tags: annotation.tags,
    createdAt: annotation.created,
    index,
    label,
  }
  const same = planned.get(key) ?? []
  if (same.some((earlier) => sameContent(earlier, draft))) {
    const why = 'it repeats an annotation earlier in this file'
    return { kind: 'duplicate', duplicate: { index, label, why, highlightId: null } }
  }
  planned.set(key, [...same, draft])
  return { kind: 'highlight', draft }
}

/**
 * The ids of the documents `annotations` name, so a caller loads only those texts before
 * calling {@link planAnnotationImport}; `metas` is every document of the library.
 */
export function documentsToLoad(
  annotations: readonly ParsedAnnotation[],
  metas: readonly SourceMeta[],
  options: Pick<PlanOptions, 'sources'> = {},
): string[] {
  const matcher = createSourceMatcher(metas, options.sources)
  const ids = new Set<string>()
  for (const annotation of annotations) {
    if (annotation.problem !== null) continue
    for (const target of annotation.targets) {
      const match = matcher.match(target)
      if (match.docId !== null) ids.add(match.docId)
    }
  }
  return [...ids]
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`

/** One sentence for the plan: "3 highlights to add, 1 already highlighted, 2 could not be placed." */
export function summarizeAnnotationImport(plan: AnnotationImportPlan): string {
  const parts = [count(plan.highlights.length, 'highlight to add', 'highlights to add')]
  if (plan.duplicates.length > 0)
    parts.push(`${plan.duplicates.length.toLocaleString('en')} already highlighted`)
  if (plan.orphans.length > 0)
    parts.push(`${plan.orphans.length.toLocaleString('en')} could not be placed`)
  return `${parts.join(', ')}.`
}

/**
 * The documents of `plan` that are not among `bundledIds`: imported documents, which can
 * be deleted between planning and writing (the bundled corpus cannot), or ones already
 * gone. The write checks these are still stored before adding highlights to them.
 */
export function documentsThatMayGo(
  plan: Pick<AnnotationImportPlan, 'highlights'>,
  bundledIds: ReadonlySet<string>,
): Set<string> {
  return new Set(plan.highlights.map((h) => h.docId).filter((id) => !bundledIds.has(id)))
}
