/**
 * Writes an annotation import (see @shared/import/web-annotation-import): every planned
 * highlight in one transaction, returned with the one ChangeSet that undoes them all.
 */
import type { TextPosition } from '@shared/anchoring/selectors'
import type { AnnotationImportPlan, HighlightDraft } from '@shared/import/web-annotation-import'
import { recordChanges, type ChangeSet, type TableName } from './change-set'
import type { CasefileDatabase } from './database'
import { newHighlightRecord } from './highlights'
import type { HighlightRecord } from './records'

/** What {@link applyAnnotationImport} did. */
export interface AnnotationImportResult {
  /** The highlights written, in plan order. */
  added: HighlightRecord[]
  /** Drafts not written because their passage was highlighted between planning and writing. */
  skipped: HighlightDraft[]
  /** Drafts not written because their imported document was deleted meanwhile. */
  gone: HighlightDraft[]
  /** Undoes the whole import as one step; null when nothing was written. */
  changeSet: ChangeSet | null
}

const spanKey = (docId: string, docRev: string, { start, end }: TextPosition) =>
  `${docId}\u0000${docRev}\u0000${start}\u0000${end}`

/**
 * The workspace's highlights on these documents: what planAnnotationImport needs as
 * `existingHighlights` (highlights elsewhere cannot be duplicates).
 */
export function highlightsOfDocuments(
  db: CasefileDatabase,
  docIds: readonly string[],
): Promise<HighlightRecord[]> {
  return db.highlights
    .where('docId')
    .anyOf([...docIds])
    .toArray()
}

/**
 * Adds the plan's highlights in one transaction: all of them or, if any write fails,
 * none. Every draft is checked as a highlight made in the reader is (colour, note
 * length, a quote that is not blank) before anything is written, and an InputError
 * refuses the whole import. Each gets a fresh id; its creation time is the annotation's
 * when the file gave one (never later than now), its change time now. A draft whose
 * exact span on the same revision was highlighted since the plan was made (another tab,
 * a second click) is skipped rather than added twice. A draft on a document named in
 * `imported` that is no longer in the database (deleted since) is left out: a highlight
 * must not point at a document that is gone. `label` names the undo step ("Undo import
 * 12 highlights" by default).
 */
export async function applyAnnotationImport(
  db: CasefileDatabase,
  plan: Pick<AnnotationImportPlan, 'highlights'>,
  options: { imported?: ReadonlySet<string>; label?: string } = {},
): Promise<AnnotationImportResult> {
  const count = plan.highlights.length
  const label = options.label ?? `import ${count} ${count === 1 ? 'highlight' : 'highlights'}`
  const imported = options.imported ?? new Set<string>()
  const now = Date.now()
  const drafts = plan.highlights
  const records = drafts.map((draft) => {
    const record = newHighlightRecord({
      docId: draft.docId,
      docRev: draft.docRev,
      selectors: draft.selectors,
      color: draft.color,
      note: draft.note,
      tags: draft.tags,
    })
    const made =
      draft.createdAt !== null && Number.isFinite(draft.createdAt) ? draft.createdAt : now
    return { ...record, createdAt: Math.min(made, now), updatedAt: now }
  })
  const docIds = [...new Set(drafts.map((draft) => draft.docId))]
  const tables: TableName[] = ['highlights', 'documents']
  const { result, changeSet } = await recordChanges(db, tables, label, async (rec) => {
    const importedIds = docIds.filter((id) => imported.has(id))
    const rows = await db.documents.bulkGet(importedIds)
    const deleted = new Set(importedIds.filter((_, i) => !rows[i]))
    // Only highlights already stored count: the plan may hold one span twice on purpose
    // (two readers' different notes on one sentence).
    const taken = new Set(
      (await highlightsOfDocuments(db, docIds)).map((h) =>
        spanKey(h.docId, h.docRev, h.selectors.position),
      ),
    )
    const added: HighlightRecord[] = []
    const skipped: HighlightDraft[] = []
    const gone: HighlightDraft[] = []
    for (const [i, record] of records.entries()) {
      if (deleted.has(record.docId)) gone.push(drafts[i]!)
      else if (taken.has(spanKey(record.docId, record.docRev, record.selectors.position))) {
        skipped.push(drafts[i]!)
      } else {
        added.push(await rec.add('highlights', record))
      }
    }
    return { added, skipped, gone }
  })
  return { ...result, changeSet }
}
