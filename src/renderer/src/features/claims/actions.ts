/**
 * What the analyst can do to claims, as the UI calls it: each action writes through the
 * claim repository, records the undo step and says what happened in plain words.
 */
import { describeSelection } from '@shared/anchoring'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import { stanceLabel } from '@shared/claims/types'
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
import { usablePassage, type Passage } from '../highlights/actions'
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

/** What to tag: a selection in a document (highlighted in `color`) or an existing highlight. */
export type TagSource =
  | { kind: 'selection'; doc: DocumentModel; passage: Passage; color: HighlightColorId }
  | { kind: 'highlight'; highlightId: string }

/** "Tag to claim"; resolves to the claim's id, or null if refused or failed. */
export async function tagPassageToClaim(
  source: TagSource,
  claim: ClaimChoice,
  stance: Stance,
): Promise<string | null> {
  let passage: Parameters<typeof tagToClaim>[1]
  if (source.kind === 'selection') {
    const usable = usablePassage(source.doc, source.passage)
    if (!usable) return null
    passage = {
      newHighlight: {
        docId: source.doc.meta.id,
        docRev: source.doc.rev,
        selectors: describeSelection(source.doc.text, usable.start, usable.end),
        color: source.color,
      },
    }
  } else {
    passage = { highlightId: source.highlightId }
  }
  try {
    const result = await tagToClaim(db, passage, claim, stance)
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
