/**
 * What the analyst's data looks like to full-text search: each source of records (a
 * document, a highlight, a claim, an event, a brief) turned into the {@link SearchRecord}s
 * the index holds, with what a result needs to be shown and opened, and a fingerprint
 * that changes whenever those records would, so a rebuild can skip what has not.
 */
import type { DocumentMeta, DocumentModel } from '../corpus/document-model'
import { partialDateSortKey } from '../dates/partial-date'
import type { SearchKind, SearchRecord } from './search-index'

/**
 * A record as the search cache stores it: the searched fields, and what a result shows
 * (`label`) and opens (`blockStart`, `para`). `label` is never searched.
 */
export interface IndexedRecord extends SearchRecord {
  /** The title a result shows: the source's for passages and highlights, else the item's. */
  label: string
  /** A passage's block: where it starts in the document's canonical text. */
  blockStart?: number
  /** A passage's paragraph number (¶), null for a heading. */
  para?: number | null
  /** An event's timeline, which opening it shows. */
  timelineId?: string
}

/** What a source of records is: an imported or bundled document, or one of the analyst's rows. */
export type SourceKind = 'document' | 'bundled' | 'highlight' | 'claim' | 'event' | 'brief'

/** A source's records and the fingerprint they were made from. */
export interface SourceRecords {
  /** `${kind}:${id}`: unique across kinds (see {@link sourceKey}). */
  key: string
  fingerprint: string
  records: IndexedRecord[]
}

/** The key a source is kept under: its kind and its own id. */
export function sourceKey(kind: SourceKind, id: string): string {
  return `${kind}:${id}`
}

/** What names a record: its id, its kind and (passages, highlights) its source. */
export interface RecordAddress {
  id: string
  kind: SearchKind
  docId?: string
}

/**
 * The keys of the sources a record may come from: a passage's document (imported or
 * bundled: one of the two), the item itself otherwise.
 */
export function sourceKeysOfRecord({ id, kind, docId }: RecordAddress): string[] {
  if (kind === 'passage') {
    return docId === undefined ? [] : [sourceKey('document', docId), sourceKey('bundled', docId)]
  }
  return [sourceKey(kind, id)]
}

/** What a document's records take from its details: how it is named and dated. */
export interface SourceDetails {
  title: string
  /** Epoch ms of the earliest instant of its publication date; undefined when not known. */
  date?: number
}

/** A document's title and publication date (its earliest instant), from its details. */
export function sourceDetails(meta: Pick<DocumentMeta, 'title' | 'published'>): SourceDetails {
  return {
    title: meta.title,
    date: meta.published ? partialDateSortKey(meta.published) : undefined,
  }
}

/** The part of a fingerprint that changes when a document is renamed or re-dated. */
function detailsStamp(details: SourceDetails | undefined): string {
  return details ? `${details.date ?? ''}|${details.title}` : '?'
}

/**
 * A document's fingerprint: its text's rev and the details its records carry, so a new
 * title or date re-indexes it as a new text does.
 */
export function documentFingerprint(rev: string, details: SourceDetails): string {
  return `${rev}|${detailsStamp(details)}`
}

/** The id of a document's passage record for block `index`. */
export function passageId(docId: string, index: number): string {
  return `${docId}#${index}`
}

/** A document's passages: one record per block, in order, ids by block index. */
export function passageRecords(
  document: Pick<DocumentModel, 'meta' | 'blocks'>,
  details: SourceDetails = sourceDetails(document.meta),
): IndexedRecord[] {
  const docId = document.meta.id
  return document.blocks.map((block, index) => ({
    id: passageId(docId, index),
    kind: 'passage' as const,
    docId,
    text: block.text,
    date: details.date,
    label: details.title,
    blockStart: block.start,
    para: block.para,
  }))
}

/** The fields of a highlight that search reads. */
export interface HighlightSource {
  id: string
  docId: string
  selectors: { quote: { exact: string } }
  note: string
  tags: readonly string[]
  updatedAt: number
}

/** The fields of a claim that search reads. */
export interface ClaimSource {
  id: string
  statement: string
  note: string
  tags: readonly string[]
  updatedAt: number
}

/** The fields of a timeline event that search reads. */
export interface EventSource {
  id: string
  timelineId: string
  title: string
  note: string
  tags: readonly string[]
  sortKey: number
  updatedAt: number
}

/** The fields of a brief that search reads. */
export interface BriefSource {
  id: string
  title: string
  summary: string
  updatedAt: number
}

/** Two fields as one searched text, a blank line between them when both are there. */
function joined(first: string, second: string): string {
  return second.trim() === '' ? first : first.trim() === '' ? second : `${first}\n\n${second}`
}

/** Tags as a record keeps them: none when empty, so untagged records carry no array. */
function tagsOf(tags: readonly string[]): readonly string[] | undefined {
  return tags.length > 0 ? [...tags] : undefined
}

/**
 * A highlight's record: its quote and note, its tags, and its source's title and date
 * (`details` undefined while the source is not known: no label, no date). Its fingerprint
 * follows the source's details too, since the record carries them.
 */
export function highlightRecords(
  highlight: HighlightSource,
  details: SourceDetails | undefined,
): SourceRecords {
  return {
    key: sourceKey('highlight', highlight.id),
    fingerprint: `${highlight.updatedAt}|${detailsStamp(details)}`,
    records: [
      {
        id: highlight.id,
        kind: 'highlight',
        docId: highlight.docId,
        text: joined(highlight.selectors.quote.exact, highlight.note),
        tags: tagsOf(highlight.tags),
        date: details?.date,
        label: details?.title ?? '',
      },
    ],
  }
}

/** A claim's record: statement and note, tags, dated when last changed. */
export function claimRecords(claim: ClaimSource): SourceRecords {
  return {
    key: sourceKey('claim', claim.id),
    fingerprint: String(claim.updatedAt),
    records: [
      {
        id: claim.id,
        kind: 'claim',
        text: joined(claim.statement, claim.note),
        tags: tagsOf(claim.tags),
        date: claim.updatedAt,
        label: claim.statement,
      },
    ],
  }
}

/**
 * An event's record: title and note, tags, dated by its sort key (an event whose date
 * cannot be resolved sorts last with a key no calendar reaches, and is left undated).
 */
export function eventRecords(event: EventSource): SourceRecords {
  const dated = Number.isFinite(event.sortKey) && Math.abs(event.sortKey) <= 8.64e15
  return {
    key: sourceKey('event', event.id),
    fingerprint: `${event.updatedAt}|${event.sortKey}`,
    records: [
      {
        id: event.id,
        kind: 'event',
        text: joined(event.title, event.note),
        tags: tagsOf(event.tags),
        date: dated ? event.sortKey : undefined,
        label: event.title,
        timelineId: event.timelineId,
      },
    ],
  }
}

/** A brief's record: title and summary, dated when last changed. */
export function briefRecords(brief: BriefSource): SourceRecords {
  return {
    key: sourceKey('brief', brief.id),
    fingerprint: String(brief.updatedAt),
    records: [
      {
        id: brief.id,
        kind: 'brief',
        text: joined(brief.title, brief.summary),
        date: brief.updatedAt,
        label: brief.title,
      },
    ],
  }
}

/** A document's records under its source key (`bundled` for the host's own corpus). */
export function documentRecords(
  document: Pick<DocumentModel, 'meta' | 'blocks' | 'rev'>,
  kind: 'document' | 'bundled',
): SourceRecords {
  const details = sourceDetails(document.meta)
  return {
    key: sourceKey(kind, document.meta.id),
    fingerprint: documentFingerprint(document.rev, details),
    records: passageRecords(document, details),
  }
}

/** The kinds in the order results are grouped. */
export const SEARCH_KINDS: readonly SearchKind[] = [
  'passage',
  'highlight',
  'claim',
  'event',
  'brief',
]
