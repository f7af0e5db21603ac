/**
 * What the analyst can do to briefs, as the UI calls it: each action writes through the
 * repository, records the undo step and says what happened in plain words (see run-write
 * for the two return conventions).
 */
import type { BriefSpec } from '@shared/brief/brief-spec'
import { db } from '../../db'
import { createBrief, deleteBrief, duplicateBrief, updateBrief } from '../../db/briefs'
import type { BriefRecord } from '../../db/records'
import { runChange, runMaking } from '../run-write'

export async function newBrief(spec: Partial<BriefSpec> = {}): Promise<BriefRecord | null> {
  const made = await runMaking(() => createBrief(db, spec), {
    done: ({ brief }) => `Brief “${brief.title}” created.`,
    failed: 'The brief could not be created.',
  })
  return made?.brief ?? null
}

export const editBrief = (id: string, patch: Partial<BriefSpec>) =>
  runChange(() => updateBrief(db, id, patch), { failed: 'The brief could not be saved.' })

/** Duplicates a brief; resolves to the copy, or null if the brief is gone or it failed. */
export async function copyBrief(id: string): Promise<BriefRecord | null> {
  const made = await runMaking(() => duplicateBrief(db, id), {
    done: ({ brief }) => `Duplicated as “${brief.title}”.`,
    failed: 'The brief could not be duplicated.',
  })
  return made?.brief ?? null
}

export const removeBrief = (brief: BriefRecord) =>
  runChange(() => deleteBrief(db, brief.id), {
    done: `Brief “${brief.title}” deleted. Undo brings it back.`,
    failed: 'The brief could not be deleted.',
  })
