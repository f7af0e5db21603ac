/**
 * The highlight repository: every read and write of highlights goes through here, and
 * every write returns the ChangeSet that undoes it.
 */
import type { Selectors } from '@shared/anchoring/selectors'
import { isHighlightColor, type HighlightColorId } from '@shared/highlights/colors'
import { addTag } from '@shared/highlights/tags'
import { recordChanges, type ChangeSet } from './change-set'
import type { CasefileDatabase } from './database'
import { InputError } from './input-error'
import type { EventRecord, HighlightRecord } from './records'

/** The longest note kept. Far beyond any real note; it only stops runaway pastes. */
export const MAX_NOTE_LENGTH = 1_000_000

export interface NewHighlight {
  docId: string
  docRev: string
  selectors: Selectors
  color: HighlightColorId
  note?: string
  tags?: string[]
}

export type HighlightPatch = Partial<
  Pick<HighlightRecord, 'color' | 'note' | 'tags' | 'selectors' | 'docRev'>
>

function cleanTags(tags: readonly string[]): string[] {
  return tags.reduce<string[]>((list, tag) => addTag(list, tag), [])
}

function checkPatch(patch: HighlightPatch): void {
  if (patch.color !== undefined && !isHighlightColor(patch.color)) {
    throw new InputError(`“${String(patch.color)}” is not a highlight colour.`)
  }
  if (patch.note !== undefined && patch.note.length > MAX_NOTE_LENGTH) {
    throw new InputError(
      `This note is ${patch.note.length.toLocaleString('en')} characters; notes are limited to ${MAX_NOTE_LENGTH.toLocaleString('en')}. Nothing was saved.`,
    )
  }
  if (patch.selectors && patch.selectors.quote.exact.trim() === '') {
    throw new InputError('Select some text, not just spaces.')
  }
}

/** Checks a new highlight and makes its record (a fresh id, times now); throws InputError. */
export function newHighlightRecord(input: NewHighlight): HighlightRecord {
  checkPatch(input)
  const now = Date.now()
  return {
    id: crypto.randomUUID(),
    docId: input.docId,
    docRev: input.docRev,
    selectors: input.selectors,
    color: input.color,
    note: input.note ?? '',
    tags: cleanTags(input.tags ?? []),
    createdAt: now,
    updatedAt: now,
  }
}

/**
 * Creates a highlight in one transaction; returns it and the ChangeSet that removes it.
 * `onCommitted` is called with it as soon as the transaction has committed.
 */
export async function addHighlight(
  db: CasefileDatabase,
  input: NewHighlight,
  onCommitted?: (highlight: HighlightRecord) => void,
): Promise<{ highlight: HighlightRecord; changeSet: ChangeSet }> {
  const highlight = newHighlightRecord(input)
  const { changeSet } = await recordChanges(
    db,
    ['highlights'],
    'highlight',
    (rec) => rec.add('highlights', highlight),
    onCommitted && (() => onCommitted(highlight)),
  )
  return { highlight, changeSet: changeSet! }
}

/**
 * Changes a highlight's colour, note, tags or anchoring. Returns null when the highlight
 * no longer exists or nothing changed.
 */
export async function updateHighlight(
  db: CasefileDatabase,
  id: string,
  patch: HighlightPatch,
  label = 'edit highlight',
): Promise<ChangeSet | null> {
  checkPatch(patch)
  const { changeSet } = await recordChanges(db, ['highlights'], label, async (rec) => {
    const current = await db.highlights.get(id)
    if (!current) return
    const next: HighlightRecord = {
      ...current,
      ...patch,
      tags: patch.tags ? cleanTags(patch.tags) : current.tags,
    }
    if (JSON.stringify({ ...next, updatedAt: 0 }) === JSON.stringify({ ...current, updatedAt: 0 }))
      return
    await rec.put('highlights', { ...next, updatedAt: Date.now() })
  })
  return changeSet
}

/**
 * Deletes a highlight and, in the same transaction, everything that refers to it: its
 * evidence links and its place in timeline events. Nothing is left dangling, and the
 * ChangeSet restores all of it.
 */
export async function deleteHighlight(db: CasefileDatabase, id: string): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(
    db,
    ['highlights', 'evidence', 'claims', 'events'],
    'delete highlight',
    async (rec) => {
      const links = await db.evidence.where('highlightId').equals(id).toArray()
      const now = Date.now()
      for (const link of links) {
        await rec.remove('evidence', link.id)
        // The claim lost a piece of evidence: that is a change to the claim.
        const claim = await db.claims.get(link.claimId)
        if (claim) await rec.put('claims', { ...claim, updatedAt: now })
      }
      const events = await db.events.where('highlightIds').equals(id).toArray()
      for (const event of events) {
        const next: EventRecord = {
          ...event,
          sources: event.sources.filter((source) => source.highlightId !== id),
          highlightIds: event.highlightIds.filter((h) => h !== id),
          updatedAt: Date.now(),
        }
        await rec.put('events', next)
      }
      await rec.remove('highlights', id)
    },
  )
  return changeSet
}

/** A document's highlights in creation order (the reader sorts them by placement). */
export function highlightsForDocument(
  db: CasefileDatabase,
  docId: string,
): Promise<HighlightRecord[]> {
  return db.highlights.where('docId').equals(docId).sortBy('createdAt')
}

/** Every highlight in the workspace, for corpus-wide views such as the notebook. */
export function allHighlights(db: CasefileDatabase): Promise<HighlightRecord[]> {
  return db.highlights.toArray()
}

/** Every tag in use on any highlight, alphabetical, for type-ahead. */
export async function allHighlightTags(db: CasefileDatabase): Promise<string[]> {
  const keys = await db.highlights.orderBy('tags').uniqueKeys()
  return keys.map(String).sort((a, b) => a.localeCompare(b))
}
