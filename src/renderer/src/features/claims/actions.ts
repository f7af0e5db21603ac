/**
 * What the analyst can do to claims, as the UI calls it: each action writes through the
 * claim repository, records the undo step and says what happened in plain words.
 */
import { stanceLabel } from '@shared/claims/types'
import { resolvePassage, type PassageSource } from '@shared/highlights/passage'
import { db } from '../../db'
import {
  createClaim,
  deleteClaim,
  gradeEvidence,
  gradeSource,
  setStance,
  tagToClaim,
  unlinkEvidence,
  updateClaim,
  type ClaimChoice,
  type ClaimPatch,
} from '../../db/claims'
import type { ClaimRecord, Stance } from '../../db/records'
import { recordUndo } from '../../db/undo-history'
import { announce, announceError } from '../../ui/status'
import { runWrite } from '../run-write'

/** Creates a claim; resolves to it, or null if refused. */
export async function newClaim(statement: string): Promise<ClaimRecord | null> {
  try {
    const { claim, changeSet } = await createClaim(db, { statement })
    recordUndo(changeSet)
    announce('Claim created.')
    return claim
  } catch (error) {
    announceError(error, 'The claim could not be created.')
    return null
  }
}

/** Saves changes to a claim; resolves false if the save failed. */
export async function editClaim(id: string, patch: ClaimPatch, label?: string): Promise<boolean> {
  const result = await runWrite(
    () => updateClaim(db, id, patch, label),
    null,
    'The change could not be saved.',
  )
  return result !== undefined
}

/** Deletes a claim and its links (the passages stay highlighted); undoable. */
export async function removeClaim(id: string): Promise<boolean> {
  const result = await runWrite(
    () => deleteClaim(db, id),
    'Claim deleted with its evidence links. Undo with Ctrl+Z.',
    'The claim could not be deleted.',
  )
  return result !== undefined
}

/** What to tag; kept for callers not yet on PassageSource. */
export type TagSource = PassageSource

/**
 * "Tag to claim" (a new selection is highlighted green unless it names a colour); resolves
 * to the claim's id, or null if refused or failed.
 */
export async function tagPassageToClaim(
  source: PassageSource,
  claim: ClaimChoice,
  stance: Stance,
): Promise<string | null> {
  const passage = resolvePassage(source, 'green')
  if (!passage.ok) {
    announce(passage.problem, 'error')
    return null
  }
  try {
    const result = await tagToClaim(db, passage.choice, claim, stance)
    recordUndo(result.changeSet)
    const statement = result.claim.statement
    const short = statement.length > 60 ? `${statement.slice(0, 59)}…` : statement
    announce(`${stanceLabel(stance)}: “${short}”.`)
    return result.claim.id
  } catch (error) {
    announceError(error, 'The passage could not be tagged to the claim.')
    return null
  }
}

/** Sets or clears the stance of a passage on a claim (a matrix cell, the claim page). */
export async function changeStance(
  claimId: string,
  highlightId: string,
  stance: Stance | null,
): Promise<void> {
  await runWrite(
    () => setStance(db, claimId, highlightId, stance),
    null,
    'The stance could not be saved.',
  )
}

/** Removes one piece of evidence from its claim; undoable. */
export async function removeEvidence(evidenceId: string): Promise<void> {
  await runWrite(
    () => unlinkEvidence(db, evidenceId),
    'Evidence removed from the claim. Undo with Ctrl+Z.',
    'The evidence could not be removed.',
  )
}

/** Grades a piece of evidence (Admiralty credibility 1-6, or null). */
export async function setCredibility(
  evidenceId: string,
  credibility: number | null,
): Promise<void> {
  await runWrite(
    () => gradeEvidence(db, evidenceId, credibility),
    null,
    'The grade could not be saved.',
  )
}

/** Grades a source (Admiralty reliability A-F, or null). */
export async function setReliability(docId: string, reliability: string | null): Promise<void> {
  await runWrite(() => gradeSource(db, docId, reliability), null, 'The grade could not be saved.')
}
