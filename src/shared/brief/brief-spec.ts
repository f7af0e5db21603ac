/**
 * What an analyst chooses for a brief: its words (title, author line, Markdown summary),
 * what goes in (claims, timelines, highlights) and the order of its sections. Stored as
 * is in the `briefs` table; the content itself is read from the workspace at export time
 * so a brief never goes stale.
 */
import type { ClaimStatus } from '../claims/types'

export type BriefSectionKind = 'summary' | 'claims' | 'timelines' | 'highlights' | 'sources'

/** Every section in the default order. */
export const BRIEF_SECTION_KINDS: readonly BriefSectionKind[] = [
  'summary',
  'claims',
  'timelines',
  'highlights',
  'sources',
]

const SECTION_LABELS: Readonly<Record<BriefSectionKind, string>> = {
  summary: 'Summary',
  claims: 'Claims',
  timelines: 'Timelines',
  highlights: 'Highlights',
  sources: 'Sources',
}

export function sectionLabel(kind: BriefSectionKind): string {
  return SECTION_LABELS[kind]
}

export function isBriefSectionKind(value: unknown): value is BriefSectionKind {
  return typeof value === 'string' && (BRIEF_SECTION_KINDS as readonly string[]).includes(value)
}

/** Claims in a brief: the union of those picked by id and all with any listed tag or status. */
export interface ClaimSelection {
  ids: string[]
  tags: string[]
  statuses: ClaimStatus[]
}

/** Highlights in a brief: every highlight with any listed tag or any listed colour id. */
export interface HighlightSelection {
  tags: string[]
  colors: string[]
}

export interface BriefSpec {
  title: string
  /** The author line as the analyst writes it ("J. Analyst, South Asia desk"). */
  author: string
  /** Markdown written by the analyst. */
  summary: string
  /** The sections included, in the order they appear. */
  sections: BriefSectionKind[]
  claims: ClaimSelection
  timelineIds: string[]
  highlights: HighlightSelection
}

/** A new brief: every section, nothing chosen yet. */
export function emptyBriefSpec(title = 'Untitled brief'): BriefSpec {
  return {
    title,
    author: '',
    summary: '',
    sections: [...BRIEF_SECTION_KINDS],
    claims: { ids: [], tags: [], statuses: [] },
    timelineIds: [],
    highlights: { tags: [], colors: [] },
  }
}

/** ISO calendar date (YYYY-MM-DD) of a moment, in UTC so a file name does not depend on the zone. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10)
}

/**
 * "Border security, Jan 2024" → "border-security-jan-2024": for file names. Letters of any
 * script are kept; characters no file system accepts are dropped; "" when nothing is left.
 */
export function fileSlug(text: string, max = 80): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')
}

/** "Border security, Jan 2024" exported on 24 Nov 2026 → "border-security-jan-2024-2026-11-24.md". */
export function briefFileName(title: string, at: Date, extension = 'md'): string {
  return `${fileSlug(title) || 'brief'}-${isoDay(at)}.${extension}`
}

/** A section as the composer lists it: included ones in their order, then the rest. */
export interface SectionRow {
  kind: BriefSectionKind
  included: boolean
}

/** Included sections in their order, then the left-out ones in the default order. */
export function sectionRows(sections: readonly BriefSectionKind[]): SectionRow[] {
  const included = new Set(sections)
  return [
    ...sections.map((kind) => ({ kind, included: true })),
    ...BRIEF_SECTION_KINDS.filter((k) => !included.has(k)).map((kind) => ({
      kind,
      included: false,
    })),
  ]
}

/** Includes a section (after the others) or leaves it out. */
export function includeSection(
  sections: readonly BriefSectionKind[],
  kind: BriefSectionKind,
  included: boolean,
): BriefSectionKind[] {
  const rest = sections.filter((k) => k !== kind)
  return included ? [...rest, kind] : rest
}

/**
 * Moves an included section one place up (-1) or down (1) among the included ones; only
 * they have an order, so anything else leaves the sections as they are.
 */
export function moveSection(
  sections: readonly BriefSectionKind[],
  kind: BriefSectionKind,
  by: -1 | 1,
): BriefSectionKind[] {
  const index = sections.indexOf(kind)
  const target = index + by
  if (index < 0 || target < 0 || target >= sections.length) return [...sections]
  const next = [...sections]
  ;[next[index], next[target]] = [next[target]!, next[index]!]
  return next
}
