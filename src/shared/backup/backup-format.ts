/**
 * The backup file format, version 1: one JSON object holding every row of every table the
 * analyst's work lives in. The record schemas mirror the database records structurally
 * (src/renderer/src/db/records.ts) without importing them, and accept everything the app's
 * own repositories and migrations can write, nothing looser. Any change to a record's shape
 * bumps BACKUP_VERSION and adds a migration in migrate-backup.ts.
 */
import { z } from 'zod'
import { BRIEF_SECTION_KINDS } from '../brief/brief-spec'
import { isCredibility, isReliability } from '../claims/admiralty'
import { isConfidenceKey } from '../claims/confidence'
import { CLAIM_STATUSES, STANCES } from '../claims/types'
import { OFFSET_UNITS } from '../dates/event-date'
import { isHighlightColor } from '../highlights/colors'

/** The marker every Casefile backup carries in its `format` field. */
export const BACKUP_FORMAT = 'casefile-backup'

/** The backup format version this build writes and the newest it reads. */
export const BACKUP_VERSION = 1

export type {
  BackupProblem,
  BackupProblemKind,
  BackupRepair,
  BackupRepairKind,
} from './backup-problem'

/** Replace: the database becomes the backup. Merge: by key, the newer row wins. */
export type RestoreMode = 'replace' | 'merge'

/** Every table a backup carries, in the order they are written and restored. */
export const BACKUP_TABLES = [
  'documents',
  'highlights',
  'claims',
  'evidence',
  'timelines',
  'events',
  'settings',
  'sourceGrades',
  'briefs',
] as const

export type BackupTableName = (typeof BACKUP_TABLES)[number]

/** Each table's primary key property. */
export const BACKUP_TABLE_KEYS = {
  documents: 'id',
  highlights: 'id',
  claims: 'id',
  evidence: 'id',
  timelines: 'id',
  events: 'id',
  settings: 'key',
  sourceGrades: 'docId',
  briefs: 'id',
} as const satisfies Record<BackupTableName, string>

// Shared pieces. Ids are non-empty; references that a migration may have left empty (the
// document of a v1 evidence link or event source whose highlight was gone) may be ''.
const id = z.string().min(1, 'an id cannot be empty')
const text = z.string()
const time = z.number()
const stringList = z.array(text)
const wholeNumber = z.number().int()

const partialDate = z.strictObject({
  year: wholeNumber,
  month: wholeNumber.min(1).max(12).optional(),
  day: wholeNumber.min(1).max(31).optional(),
  approximate: z.boolean(),
})

const absoluteDate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('point'), date: partialDate }),
  z.strictObject({ kind: z.literal('range'), start: partialDate, end: partialDate }),
])

const eventDate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('point'), date: partialDate }),
  z.strictObject({ kind: z.literal('range'), start: partialDate, end: partialDate }),
  z.strictObject({
    kind: z.literal('relative'),
    eventId: id,
    offset: z.strictObject({ amount: wholeNumber, unit: z.enum(OFFSET_UNITS) }),
    approximate: z.boolean(),
  }),
])

const selectors = z.strictObject({
  quote: z.strictObject({ exact: text, prefix: text, suffix: text }),
  position: z.strictObject({ start: wholeNumber.min(0), end: wholeNumber.min(0) }),
})

const publishedDate = partialDate.extend({
  basis: z.enum(['stated', 'inferred']),
  note: text,
})

const documentModel = z.strictObject({
  meta: z.strictObject({
    id,
    title: text,
    authors: stringList,
    outlet: text.nullable(),
    published: publishedDate.nullable(),
    genre: text,
    raw: text,
    authorNote: text.nullable(),
    sourceUrl: text.nullable().optional(),
    imported: z
      .strictObject({
        format: z.enum(['text', 'markdown', 'html', 'pdf', 'docx']),
        encoding: text.nullable(),
        notices: stringList,
      })
      .optional(),
  }),
  blocks: z.array(
    z.strictObject({
      kind: z.enum(['heading', 'paragraph', 'listItem', 'blockQuote']),
      level: wholeNumber.min(0).max(6),
      text,
      start: wholeNumber.min(0),
      end: wholeNumber.min(0),
      para: wholeNumber.nullable(),
      marks: z.array(
        z.strictObject({
          kind: z.enum(['strong', 'emphasis']),
          start: wholeNumber.min(0),
          end: wholeNumber.min(0),
        }),
      ),
      page: wholeNumber.min(1).optional(),
    }),
  ),
  text,
  rev: text,
})

// Refinements through a lambda typed boolean, not a type guard, keep the type `string`
// (records.ts types colours and grades as strings) while refusing values no repository
// would write.
const color = text.refine(
  (value): boolean => isHighlightColor(value),
  'expected a highlight colour id (yellow, green, …)',
)
const confidence = text
  .refine(
    (value): boolean => isConfidenceKey(value),
    'expected a confidence level such as "likely"',
  )
  .nullable()
const credibility = z
  .number()
  .refine((value): boolean => isCredibility(value), 'expected a credibility grade from 1 to 6')
  .nullable()
const reliability = text
  .refine((value): boolean => isReliability(value), 'expected a reliability grade A to F')
  .nullable()

export const importedDocumentSchema = z.strictObject({
  id,
  addedAt: time,
  document: documentModel,
})

export const highlightSchema = z.strictObject({
  id,
  docId: id,
  docRev: text,
  selectors,
  color,
  note: text,
  tags: stringList,
  createdAt: time,
  updatedAt: time,
})

export const claimSchema = z.strictObject({
  id,
  statement: text,
  status: z.enum(CLAIM_STATUSES),
  confidence,
  note: text,
  tags: stringList,
  createdAt: time,
  updatedAt: time,
})

export const evidenceSchema = z.strictObject({
  id,
  claimId: id,
  highlightId: id,
  docId: text,
  stance: z.enum(STANCES),
  credibility,
  note: text,
  createdAt: time,
  updatedAt: time,
})

export const sourceGradeSchema = z.strictObject({
  docId: id,
  reliability,
  updatedAt: time,
})

export const timelineSchema = z.strictObject({
  id,
  title: text,
  description: text,
  createdAt: time,
  updatedAt: time,
})

export const eventSchema = z.strictObject({
  id,
  timelineId: id,
  title: text,
  note: text,
  tags: stringList,
  date: eventDate,
  sortKey: time,
  sources: z.array(
    z.strictObject({ highlightId: id, docId: text, stated: absoluteDate.nullable() }),
  ),
  highlightIds: z.array(id),
  createdAt: time,
  updatedAt: time,
})

export const settingSchema = z.strictObject({
  key: id,
  // Any JSON value: each setting's reader checks its own value and falls back when unusable.
  value: z.unknown(),
  updatedAt: time,
})

export const briefSchema = z.strictObject({
  id,
  title: text,
  author: text,
  summary: text,
  sections: z.array(z.enum(BRIEF_SECTION_KINDS)),
  // Selections, not references: a brief may keep the id of a claim deleted since.
  claims: z.strictObject({
    ids: stringList,
    tags: stringList,
    statuses: z.array(z.enum(CLAIM_STATUSES)),
  }),
  timelineIds: stringList,
  highlights: z.strictObject({ tags: stringList, colors: stringList }),
  createdAt: time,
  updatedAt: time,
})

export const backupTablesSchema = z.strictObject({
  documents: z.array(importedDocumentSchema),
  highlights: z.array(highlightSchema),
  claims: z.array(claimSchema),
  evidence: z.array(evidenceSchema),
  timelines: z.array(timelineSchema),
  events: z.array(eventSchema),
  settings: z.array(settingSchema),
  sourceGrades: z.array(sourceGradeSchema),
  briefs: z.array(briefSchema),
})

/** A whole version-1 backup file. */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** When the backup was made, ISO 8601. */
  createdAt: z.iso.datetime({ offset: true }),
  app: z.strictObject({ name: text, version: text }),
  /** The database schema version the rows were read at (informational). */
  schemaVersion: wholeNumber.min(1),
  tables: backupTablesSchema,
})

export type Backup = z.infer<typeof backupSchema>
export type BackupTables = Backup['tables']
/** A row of one table, as the backup holds it. */
export type BackupRow<T extends BackupTableName> = BackupTables[T][number]

export type BackupDocument = z.infer<typeof importedDocumentSchema>
export type BackupHighlight = z.infer<typeof highlightSchema>
export type BackupClaim = z.infer<typeof claimSchema>
export type BackupEvidence = z.infer<typeof evidenceSchema>
export type BackupTimeline = z.infer<typeof timelineSchema>
export type BackupEvent = z.infer<typeof eventSchema>
export type BackupSetting = z.infer<typeof settingSchema>
export type BackupSourceGrade = z.infer<typeof sourceGradeSchema>
export type BackupBrief = z.infer<typeof briefSchema>

/** The primary key of a row. */
export function rowKey<T extends BackupTableName>(table: T, row: BackupRow<T>): string {
  return (row as unknown as Record<string, string>)[BACKUP_TABLE_KEYS[table]] as string
}

/** Tables with no rows, to start a backup or a plan from. */
export function emptyBackupTables(): BackupTables {
  return {
    documents: [],
    highlights: [],
    claims: [],
    evidence: [],
    timelines: [],
    events: [],
    settings: [],
    sourceGrades: [],
    briefs: [],
  }
}
