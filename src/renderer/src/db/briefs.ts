/**
 * The brief repository: what the analyst chose and wrote for each brief. Every write is
 * one transaction with its undo step; a brief holds selections (ids, tags, statuses),
 * not copies, so what it exports is always the current workspace.
 */
import {
  emptyBriefSpec,
  isBriefSectionKind,
  type BriefSectionKind,
  type BriefSpec,
} from '@shared/brief/brief-spec'
import { recordChanges, type ChangeSet } from './change-set'
import type { CasefileDatabase } from './database'
import { InputError } from './input-error'
import type { BriefRecord } from './records'

const MAX_TITLE = 300
const MAX_SUMMARY = 200_000

function cleanTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim()
  if (!clean) throw new InputError('A brief needs a title.')
  if (clean.length > MAX_TITLE) {
    throw new InputError(`This title is too long (${MAX_TITLE} characters at most).`)
  }
  return clean
}

/** Each section once, known kinds only, in the order given. */
function cleanSections(sections: readonly BriefSectionKind[]): BriefSectionKind[] {
  return [...new Set(sections.filter(isBriefSectionKind))]
}

function checked(spec: BriefSpec): BriefSpec {
  if (spec.summary.length > MAX_SUMMARY) {
    throw new InputError(
      `The summary is too long (${MAX_SUMMARY.toLocaleString('en')} characters at most).`,
    )
  }
  return {
    ...spec,
    title: cleanTitle(spec.title),
    author: spec.author.replace(/\s+/g, ' ').trim(),
    sections: cleanSections(spec.sections),
  }
}

/** Creates a brief (every section, nothing chosen unless `spec` says). */
export async function createBrief(
  db: CasefileDatabase,
  spec: Partial<BriefSpec> = {},
): Promise<{ brief: BriefRecord; changeSet: ChangeSet }> {
  const now = Date.now()
  const brief: BriefRecord = {
    ...checked({ ...emptyBriefSpec(), ...spec }),
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  }
  const { changeSet } = await recordChanges(db, ['briefs'], 'new brief', (rec) =>
    rec.add('briefs', brief),
  )
  return { brief, changeSet: changeSet! }
}

/**
 * Changes a brief. A title left empty while typing is refused rather than stored, so the
 * list never shows a nameless brief. Nothing is written when nothing changed.
 */
export async function updateBrief(
  db: CasefileDatabase,
  id: string,
  patch: Partial<BriefSpec>,
): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(db, ['briefs'], 'edit brief', async (rec) => {
    const current = await db.briefs.get(id)
    if (!current) return
    const next: BriefRecord = { ...current, ...checked({ ...current, ...patch }) }
    if (
      JSON.stringify({ ...next, updatedAt: 0 }) === JSON.stringify({ ...current, updatedAt: 0 })
    ) {
      return
    }
    await rec.put('briefs', { ...next, updatedAt: Date.now() })
  })
  return changeSet
}

/** A copy named "<title> (copy)", with the same choices and words. */
export async function duplicateBrief(
  db: CasefileDatabase,
  id: string,
): Promise<{ brief: BriefRecord; changeSet: ChangeSet } | null> {
  const source = await db.briefs.get(id)
  if (!source) return null
  const spec: BriefSpec = {
    title: `${source.title} (copy)`.slice(0, MAX_TITLE),
    author: source.author,
    summary: source.summary,
    sections: source.sections,
    claims: source.claims,
    timelineIds: source.timelineIds,
    highlights: source.highlights,
  }
  return createBrief(db, structuredClone(spec))
}

export async function deleteBrief(db: CasefileDatabase, id: string): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(db, ['briefs'], 'delete brief', async (rec) => {
    if (await db.briefs.get(id)) await rec.remove('briefs', id)
  })
  return changeSet
}

/** Every brief, most recently changed first. */
export async function allBriefs(db: CasefileDatabase): Promise<BriefRecord[]> {
  return db.briefs.orderBy('updatedAt').reverse().toArray()
}
