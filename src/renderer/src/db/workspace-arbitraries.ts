/**
 * fast-check generators of whole, consistent workspaces for property tests: every
 * reference the app keeps (evidence to claim and highlight, event to timeline, sources and
 * base event) points at a generated row, relative dates only point at earlier events (so
 * never loop), and free text is hostile (any code unit, lone surrogates included).
 */
import fc from 'fast-check'
import { BRIEF_SECTION_KINDS } from '@shared/brief/brief-spec'
import { CONFIDENCE_KEYS } from '@shared/claims/confidence'
import { CLAIM_STATUSES, STANCES } from '@shared/claims/types'
import { absoluteDateArb, partialDateArb } from '@shared/dates/date-arbitraries'
import { OFFSET_UNITS, type EventDate } from '@shared/dates/event-date'
import { sortKey } from '@shared/dates/interval'
import { resolveAll } from '@shared/dates/resolve'
import { HIGHLIGHT_COLOR_IDS } from '@shared/highlights/colors'
import type { DocumentModel } from '@shared/corpus/document-model'
import { BLOCK_SEPARATOR } from '@shared/corpus/parse-document'
import type {
  BriefRecord,
  ClaimRecord,
  EventRecord,
  EvidenceRecord,
  HighlightRecord,
  SettingRecord,
  TableRecords,
} from './records'

/** Every table's rows, as the database holds them. */
export type WorkspaceRows = { [T in keyof TableRecords]: TableRecords[T][] }

const text = fc.string({ unit: 'binary', maxLength: 24 })
const tags = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 })
// Change times up to early 2026: no row can have changed after the backup the property
// tests make of it (backup.test.ts dates them 3 Feb 2026), and a restore mends one that did.
const time = fc.integer({ min: 1_600_000_000_000, max: 1_770_000_000_000 })
const nat = fc.nat({ max: 10_000 })
/** An id unique within its table: `prefix` and the row's index, then random characters. */
const idOf = (prefix: string, index: number, salt: string) => `${prefix}${index}-${salt}`
const salt = fc.string({ minLength: 1, maxLength: 6 })

const documentModelArb = (id: string): fc.Arbitrary<DocumentModel> =>
  fc
    .record({
      meta: fc.record({
        id: fc.constant(id),
        title: text,
        authors: fc.array(text, { maxLength: 2 }),
        outlet: fc.option(text),
        published: fc.option(
          fc
            .record({
              date: partialDateArb(),
              basis: fc.constantFrom('stated' as const, 'inferred' as const),
              note: text,
            })
            .map(({ date, basis, note }) => ({ ...date, basis, note })),
        ),
        genre: text,
        raw: text,
        authorNote: fc.option(text),
      }),
      blocks: fc.array(
        fc.record({
          kind: fc.constantFrom('heading' as const, 'paragraph' as const, 'listItem' as const),
          level: fc.integer({ min: 0, max: 6 }),
          text,
          start: nat,
          end: nat,
          para: fc.option(nat),
          marks: fc.array(
            fc.record({
              kind: fc.constantFrom('strong' as const, 'emphasis' as const),
              start: nat,
              end: nat,
            }),
            { maxLength: 2 },
          ),
        }),
        { maxLength: 3 },
      ),
      rev: fc.string({ minLength: 16, maxLength: 16 }),
    })
    // A document's text is its blocks' texts joined, as every importer makes it and as the
    // database rebuilds it from the stored blocks.
    .map((doc) => ({ ...doc, text: doc.blocks.map((block) => block.text).join(BLOCK_SEPARATOR) }))

const stamps = fc
  .tuple(time, time)
  .map(([a, b]) => ({ createdAt: Math.min(a, b), updatedAt: Math.max(a, b) }))

function highlightArb(id: string, docIds: readonly string[]): fc.Arbitrary<HighlightRecord> {
  return fc
    .record({
      docId: fc.constantFrom(...docIds),
      docRev: fc.string({ maxLength: 16 }),
      exact: text,
      prefix: text,
      suffix: text,
      start: nat,
      length: nat,
      color: fc.constantFrom(...HIGHLIGHT_COLOR_IDS),
      note: text,
      tags,
      stamps,
    })
    .map(({ docId, docRev, exact, prefix, suffix, start, length, color, note, tags, stamps }) => ({
      id,
      docId,
      docRev,
      selectors: { quote: { exact, prefix, suffix }, position: { start, end: start + length } },
      color,
      note,
      tags,
      ...stamps,
    }))
}

const claimArb = (id: string): fc.Arbitrary<ClaimRecord> =>
  fc
    .record({
      id: fc.constant(id),
      statement: text,
      status: fc.constantFrom(...CLAIM_STATUSES),
      confidence: fc.option(fc.constantFrom(...CONFIDENCE_KEYS)),
      note: text,
      tags,
    })
    .chain((claim) => stamps.map((s) => ({ ...claim, ...s })))

const dateArb = (earlierEvents: readonly string[]): fc.Arbitrary<EventDate> => {
  const absolute = absoluteDateArb()
  if (earlierEvents.length === 0) return absolute
  const relative = fc.record({
    kind: fc.constant('relative' as const),
    eventId: fc.constantFrom(...earlierEvents),
    offset: fc.record({
      amount: fc.integer({ min: -30, max: 30 }),
      unit: fc.constantFrom(...OFFSET_UNITS),
    }),
    approximate: fc.boolean(),
  })
  return fc.oneof(absolute, relative)
}

function eventsArb(
  timelineIds: readonly string[],
  highlights: readonly HighlightRecord[],
  count: number,
  salted: string,
): fc.Arbitrary<EventRecord[]> {
  const ids = Array.from({ length: count }, (_, i) => idOf('e', i, salted))
  return fc
    .tuple(
      ...ids.map((id, index) =>
        fc
          .record({
            timelineId: fc.constantFrom(...timelineIds),
            title: text,
            note: text,
            tags,
            date: dateArb(ids.slice(0, index)),
            sources: fc.subarray([...highlights], { maxLength: Math.min(3, highlights.length) }),
            stated: fc.option(absoluteDateArb()),
            stamps,
          })
          .map(({ sources, stated, stamps, ...event }): EventRecord => {
            const cited = sources.map((h) => ({ highlightId: h.id, docId: h.docId, stated }))
            return {
              id,
              ...event,
              sortKey: 0,
              sources: cited,
              highlightIds: cited.map((s) => s.highlightId),
              ...stamps,
            }
          }),
      ),
    )
    .map(withSortKeys)
}

/** Order keys as the timeline repository stores them (unresolvable dates last). */
function withSortKeys(events: EventRecord[]): EventRecord[] {
  const resolutions = resolveAll(events)
  return events.map((event) => {
    const resolution = resolutions.get(event.id)
    return {
      ...event,
      sortKey: resolution?.ok ? sortKey(resolution.date) : Number.MAX_SAFE_INTEGER,
    }
  })
}

function evidenceArb(
  claims: readonly ClaimRecord[],
  highlights: readonly HighlightRecord[],
  salted: string,
): fc.Arbitrary<EvidenceRecord[]> {
  if (claims.length === 0 || highlights.length === 0) return fc.constant<EvidenceRecord[]>([])
  const pair = fc.tuple(fc.nat(claims.length - 1), fc.nat(highlights.length - 1))
  return fc.uniqueArray(pair, { maxLength: 8, selector: ([c, h]) => `${c}:${h}` }).chain((pairs) =>
    fc.tuple(
      ...pairs.map(([c, h], index) => {
        const highlight = highlights[h] as HighlightRecord
        return fc
          .record({
            stance: fc.constantFrom(...STANCES),
            credibility: fc.option(fc.integer({ min: 1, max: 6 })),
            note: text,
            stamps,
          })
          .map(({ stamps, ...link }): EvidenceRecord => ({
            id: idOf('ev', index, salted),
            claimId: (claims[c] as ClaimRecord).id,
            highlightId: highlight.id,
            docId: highlight.docId,
            ...link,
            ...stamps,
          }))
      }),
    ),
  )
}

const briefArb = (id: string): fc.Arbitrary<BriefRecord> =>
  fc
    .record({
      id: fc.constant(id),
      title: text,
      author: text,
      summary: text,
      sections: fc.subarray([...BRIEF_SECTION_KINDS]),
      // Selections may name claims and timelines that no longer exist.
      claims: fc.record({
        ids: fc.array(text, { maxLength: 2 }),
        tags,
        statuses: fc.subarray([...CLAIM_STATUSES]),
      }),
      timelineIds: fc.array(text, { maxLength: 2 }),
      highlights: fc.record({ tags, colors: fc.subarray([...HIGHLIGHT_COLOR_IDS]) }),
    })
    .chain((brief) => stamps.map((s) => ({ ...brief, ...s })))

/**
 * A setting's value as JSON carries it. fc.jsonValue also yields -0, which JSON (and so
 * any backup file) writes as 0; the app stores no value where that sign could matter.
 */
const settingValue = fc
  .jsonValue({ maxDepth: 2 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)

const settingArb = (key: string): fc.Arbitrary<SettingRecord> =>
  fc.record({ key: fc.constant(key), value: settingValue, updatedAt: time })

/**
 * A random consistent workspace. `salt` in every id keeps two generated workspaces apart
 * (or, given the same salt, makes their ids collide on purpose).
 */
export function workspaceArb(options: { salt?: string } = {}): fc.Arbitrary<WorkspaceRows> {
  const saltArb = options.salt === undefined ? salt : fc.constant(options.salt)
  return fc
    .record({
      salted: saltArb,
      documentCount: fc.nat(2),
      highlightCount: fc.nat(10),
      claimCount: fc.nat(5),
      timelineCount: fc.nat(3),
      eventCount: fc.nat(8),
      settingCount: fc.nat(3),
      briefCount: fc.nat(2),
    })
    .chain((n) => {
      const documentIds = Array.from({ length: n.documentCount }, (_, i) => idOf('d', i, n.salted))
      const docIds = ['bundled-source-a', 'bundled-source-b', ...documentIds]
      const ids = (prefix: string, count: number) =>
        Array.from({ length: count }, (_, i) => idOf(prefix, i, n.salted))
      return fc
        .record({
          documents: fc.tuple(
            ...documentIds.map((id) =>
              fc
                .tuple(time, documentModelArb(id))
                .map(([addedAt, document]) => ({ id, addedAt, document })),
            ),
          ),
          highlights: fc.tuple(...ids('h', n.highlightCount).map((id) => highlightArb(id, docIds))),
          claims: fc.tuple(...ids('c', n.claimCount).map(claimArb)),
          timelines: fc.tuple(
            ...ids('t', n.timelineCount).map((id) =>
              fc
                .record({ id: fc.constant(id), title: text, description: text })
                .chain((t) => stamps.map((s) => ({ ...t, ...s }))),
            ),
          ),
          settings: fc.tuple(...ids('s', n.settingCount).map(settingArb)),
          sourceGrades: fc.subarray(docIds).chain((graded) =>
            fc.tuple(
              ...graded.map((docId) =>
                fc.record({
                  docId: fc.constant(docId),
                  reliability: fc.option(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F')),
                  updatedAt: time,
                }),
              ),
            ),
          ),
          briefs: fc.tuple(...ids('b', n.briefCount).map(briefArb)),
        })
        .chain((rows) =>
          fc
            .record({
              evidence: evidenceArb(rows.claims, rows.highlights, n.salted),
              events:
                rows.timelines.length === 0
                  ? fc.constant<EventRecord[]>([])
                  : eventsArb(
                      rows.timelines.map((t) => t.id),
                      rows.highlights,
                      n.eventCount,
                      n.salted,
                    ),
            })
            .map(({ evidence, events }) => ({ ...rows, evidence, events })),
        )
    })
}
