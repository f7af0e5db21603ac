/**
 * What the analyst can do to briefs, as the UI calls it: each action writes through the
 * repository, records the undo step and says what happened in plain words.
 */
import type { BriefSpec } from '@shared/brief/brief-spec'
import { db } from '../../db'
import { createBrief, deleteBrief, duplicateBrief, updateBrief } from '../../db/briefs'
import type { BriefRecord } from '../../db/records'
import { recordUndo } from '../../db/undo-history'
import { announce, announceError } from '../../ui/status'
import { runWrite } from '../run-write'

export async function newBrief(spec: Partial<BriefSpec> = {}): Promise<BriefRecord | null> {
  try {
    const { brief, changeSet } = await createBrief(db, spec)
    recordUndo(changeSet)
    announce(`Brief “${brief.title}” created.`)
    return brief
  } catch (error) {
    announceError(error, 'The brief could not be created.')
    return null
  }
}

export async function editBrief(id: string, patch: Partial<BriefSpec>): Promise<boolean> {
  return (
    (await runWrite(() => updateBrief(db, id, patch), null, 'The brief could not be saved.')) !==
    undefined
  )
}

export async function copyBrief(id: string): Promise<BriefRecord | null> {
  try {
    const made = await duplicateBrief(db, id)
    if (!made) return null
    recordUndo(made.changeSet)
    announce(`Duplicated as “${made.brief.title}”.`)
    return made.brief
  } catch (error) {
    announceError(error, 'The brief could not be duplicated.')
    return null
  }
}

export async function removeBrief(brief: BriefRecord): Promise<boolean> {
  return (
    (await runWrite(
      () => deleteBrief(db, brief.id),
      `Brief “${brief.title}” deleted. Undo brings it back.`,
      'The brief could not be deleted.',
    )) !== undefined
  )
}
