/**
 * What the analyst can do to claims, as the UI calls it: each action writes through the
 * claim repository, records the undo step and says what happened in plain words (see
 * run-write for the two return conventions).
 */
import { stanceLabel } from '@shared/claims/types'
import type { PassageSource } from '@shared/highlights/passage'
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
import { runChange, runMaking, usablePassage } from '../run-write'

/** Creates a claim; resolves to it, or null if refused. */
export async function newClaim(statement: string): Promise<ClaimRecord | null> {
  const made = await runMaking(() => createClaim(db, { statement }), {
    done: 'Claim created.',
    failed: 'The claim could not be created.',
  })
  return made?.claim ?? null
}

/** Saves changes to a claim; resolves false if the save failed. */
export const editClaim = (id: string, patch: ClaimPatch, label?: string) =>
  runChange(() => updateClaim(db, id, patch, label), { failed: 'The change could not be saved.' })

/** Deletes a claim and its links (the passages stay highlighted); undoable. */
export const removeClaim = (id: string) =>
  runChange(() => deleteClaim(db, id), {
    done: 'Claim deleted with its evidence links. Undo with Ctrl+Z.',
    failed: 'The claim could not be deleted.',
  })

/** “Stance: “statement…”.”, the statement cut to fit the status strip. */
function taggedMessage(stance: Stance, statement: string): string {
  const short = statement.length > 60 ? `${statement.slice(0, 59)}…` : statement
  return `${stanceLabel(stance)}: “${short}”.`
}

/**
 * "Tag to claim" (a new selection is highlighted green unless it names a colour); resolves
 * to the claim's id, or null if refused or failed.
 */
export async function tagPassageToClaim(
  source: PassageSource,
  claim: ClaimChoice,
  stance: Stance,
): Promise<string | null> {
  const passage = usablePassage(source, 'green')
  if (!passage) return null
  const made = await runMaking(() => tagToClaim(db, passage, claim, stance), {
    done: (tagged) => taggedMessage(stance, tagged.claim.statement),
    failed: 'The passage could not be tagged to the claim.',
  })
  return made?.claim.id ?? null
}

/** Sets or clears the stance of a passage on a claim (a matrix cell, the claim page). */
export const changeStance = (claimId: string, highlightId: string, stance: Stance | null) =>
  runChange(() => setStance(db, claimId, highlightId, stance), {
    failed: 'The stance could not be saved.',
  })

/** Removes one piece of evidence from its claim; undoable. */
export const removeEvidence = (evidenceId: string) =>
  runChange(() => unlinkEvidence(db, evidenceId), {
    done: 'Evidence removed from the claim. Undo with Ctrl+Z.',
    failed: 'The evidence could not be removed.',
  })

/** Grades a piece of evidence (Admiralty credibility 1-6, or null). */
export const setCredibility = (evidenceId: string, credibility: number | null) =>
  runChange(() => gradeEvidence(db, evidenceId, credibility), {
    failed: 'The grade could not be saved.',
  })

/** Grades a source (Admiralty reliability A-F, or null). */
export const setReliability = (docId: string, reliability: string | null) =>
  runChange(() => gradeSource(db, docId, reliability), { failed: 'The grade could not be saved.' })
