/**
 * The claim repository: claims, their evidence links (a highlight with a stance) and the
 * reliability grades of sources. Every write is one transaction and returns the ChangeSet
 * that undoes it; a claim's `updatedAt` moves whenever its evidence changes, so "last
 * updated" in the claims table means the claim or what backs it.
 */
import { isCredibility, isReliability } from '@shared/claims/admiralty'
import { isConfidenceKey } from '@shared/claims/confidence'
import { isClaimStatus, isStance } from '@shared/claims/types'
import type { PassageChoice } from '@shared/highlights/passage'
import { addTag } from '@shared/highlights/tags'
import { recordChanges, type ChangeRecorder, type ChangeSet } from './change-set'
import type { CasefileDatabase } from './database'
import { InputError } from './input-error'
import { newHighlightRecord, type NewHighlight } from './highlights'
import type {
  ClaimRecord,
  ClaimStatus,
  EvidenceRecord,
  HighlightRecord,
  SourceGradeRecord,
  Stance,
} from './records'

/** The longest statement kept: a claim is a sentence or two, not an essay. */
export const MAX_STATEMENT_LENGTH = 2_000
/** The longest claim note kept (as for highlight notes, only against runaway pastes). */
export const MAX_CLAIM_NOTE_LENGTH = 1_000_000

export interface NewClaim {
  statement: string
  status?: ClaimStatus
  confidence?: string | null
  note?: string
  tags?: string[]
}

export type ClaimPatch = Partial<
  Pick<ClaimRecord, 'statement' | 'status' | 'confidence' | 'note' | 'tags'>
>

function cleanStatement(statement: string): string {
  const clean = statement.replace(/\s+/g, ' ').trim()
  if (clean === '') throw new InputError('A claim needs a statement.')
  if (clean.length > MAX_STATEMENT_LENGTH) {
    throw new InputError(
      `This statement is ${clean.length.toLocaleString('en')} characters; a claim is limited to ${MAX_STATEMENT_LENGTH.toLocaleString('en')}. Nothing was saved.`,
    )
  }
  return clean
}

function checkClaimPatch(patch: ClaimPatch): ClaimPatch {
  const next: ClaimPatch = { ...patch }
  if (patch.statement !== undefined) next.statement = cleanStatement(patch.statement)
  if (patch.status !== undefined && !isClaimStatus(patch.status)) {
    throw new InputError(`“${String(patch.status)}” is not a claim status.`)
  }
  if (patch.confidence !== undefined && patch.confidence !== null) {
    if (!isConfidenceKey(patch.confidence)) {
      throw new InputError(`“${String(patch.confidence)}” is not a confidence level.`)
    }
  }
  if (patch.note !== undefined && patch.note.length > MAX_CLAIM_NOTE_LENGTH) {
    throw new InputError(
      `This note is ${patch.note.length.toLocaleString('en')} characters; notes are limited to ${MAX_CLAIM_NOTE_LENGTH.toLocaleString('en')}. Nothing was saved.`,
    )
  }
  if (patch.tags !== undefined) next.tags = patch.tags.reduce<string[]>(addTag, [])
  return next
}

function checkStance(stance: Stance): void {
  if (!isStance(stance)) throw new InputError(`“${String(stance)}” is not a stance.`)
}

/** Checks a new claim and makes its record (a fresh id, times now). */
export function newClaimRecord(input: NewClaim): ClaimRecord {
  const clean = checkClaimPatch({ ...input, statement: input.statement })
  const now = Date.now()
  return {
    id: crypto.randomUUID(),
    statement: clean.statement!,
    status: clean.status ?? 'unverified',
    confidence: clean.confidence ?? null,
    note: clean.note ?? '',
    tags: clean.tags ?? [],
    createdAt: now,
    updatedAt: now,
  }
}

/** Marks a claim as changed now (its evidence moved), inside the caller's transaction. */
async function touchClaim(db: CasefileDatabase, rec: ChangeRecorder, claimId: string) {
  const claim = await db.claims.get(claimId)
  if (claim) await rec.put('claims', { ...claim, updatedAt: Date.now() })
}

/** Creates a claim; returns it and the ChangeSet that removes it. */
export async function createClaim(
  db: CasefileDatabase,
  input: NewClaim,
): Promise<{ claim: ClaimRecord; changeSet: ChangeSet }> {
  const claim = newClaimRecord(input)
  const { changeSet } = await recordChanges(db, ['claims'], 'new claim', (rec) =>
    rec.add('claims', claim),
  )
  return { claim, changeSet: changeSet! }
}

/** Changes a claim's statement, status, confidence, note or tags; null if nothing changed. */
export async function updateClaim(
  db: CasefileDatabase,
  id: string,
  patch: ClaimPatch,
  label = 'edit claim',
): Promise<ChangeSet | null> {
  const clean = checkClaimPatch(patch)
  const { changeSet } = await recordChanges(db, ['claims'], label, async (rec) => {
    const current = await db.claims.get(id)
    if (!current) return
    const next: ClaimRecord = { ...current, ...clean }
    if (JSON.stringify({ ...next, updatedAt: 0 }) === JSON.stringify({ ...current, updatedAt: 0 }))
      return
    await rec.put('claims', { ...next, updatedAt: Date.now() })
  })
  return changeSet
}

/** Deletes a claim and its evidence links in one transaction (the highlights stay). */
export async function deleteClaim(db: CasefileDatabase, id: string): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(
    db,
    ['claims', 'evidence'],
    'delete claim',
    async (rec) => {
      const links = await db.evidence.where('claimId').equals(id).primaryKeys()
      for (const key of links) await rec.remove('evidence', key)
      await rec.remove('claims', id)
    },
  )
  return changeSet
}

/**
 * Links a highlight to a claim with a stance, or changes the stance of the existing link:
 * a passage serves a claim once (it can serve other claims with other stances).
 */
async function putLink(
  db: CasefileDatabase,
  rec: ChangeRecorder,
  claimId: string,
  highlight: Pick<HighlightRecord, 'id' | 'docId'>,
  stance: Stance,
): Promise<EvidenceRecord> {
  const existing = await db.evidence
    .where('[claimId+highlightId]')
    .equals([claimId, highlight.id])
    .first()
  const now = Date.now()
  const link: EvidenceRecord = existing
    ? { ...existing, stance, updatedAt: now }
    : {
        id: crypto.randomUUID(),
        claimId,
        highlightId: highlight.id,
        docId: highlight.docId,
        stance,
        credibility: null,
        note: '',
        createdAt: now,
        updatedAt: now,
      }
  if (!existing || existing.stance !== stance) {
    await rec.put('evidence', link)
    await touchClaim(db, rec, claimId)
  }
  return link
}

/** Which claim to tag: an existing one by id, or a new one from a statement. */
export type ClaimChoice = { claimId: string } | { statement: string }

/**
 * "Tag to claim": makes the highlight and the claim if they are new and links them with
 * the stance, all in one transaction and one undo step.
 */
export async function tagToClaim(
  db: CasefileDatabase,
  passage: PassageChoice<NewHighlight>,
  claim: ClaimChoice,
  stance: Stance,
): Promise<{
  claim: ClaimRecord
  highlight: HighlightRecord
  evidence: EvidenceRecord
  changeSet: ChangeSet | null
}> {
  checkStance(stance)
  const freshHighlight = 'newHighlight' in passage ? newHighlightRecord(passage.newHighlight) : null
  const freshClaim = 'statement' in claim ? newClaimRecord({ statement: claim.statement }) : null
  const { result, changeSet } = await recordChanges(
    db,
    ['highlights', 'claims', 'evidence'],
    'tag to claim',
    async (rec) => {
      const highlight =
        freshHighlight ??
        (await db.highlights.get((passage as { highlightId: string }).highlightId))
      if (!highlight) throw new InputError('That highlight no longer exists.')
      if (freshHighlight) await rec.add('highlights', freshHighlight)
      const target = freshClaim ?? (await db.claims.get((claim as { claimId: string }).claimId))
      if (!target) throw new InputError('That claim no longer exists.')
      if (freshClaim) await rec.add('claims', freshClaim)
      const evidence = await putLink(db, rec, target.id, highlight, stance)
      return { claim: (await db.claims.get(target.id)) ?? target, highlight, evidence }
    },
  )
  return { ...result, changeSet }
}

/**
 * Sets the stance of a highlight on a claim (the evidence matrix's cell): links it, changes
 * the stance, or with null removes the link.
 */
export async function setStance(
  db: CasefileDatabase,
  claimId: string,
  highlightId: string,
  stance: Stance | null,
): Promise<ChangeSet | null> {
  if (stance !== null) checkStance(stance)
  const { changeSet } = await recordChanges(
    db,
    ['claims', 'evidence', 'highlights'],
    stance ? 'set stance' : 'remove evidence',
    async (rec) => {
      if (stance === null) {
        const existing = await db.evidence
          .where('[claimId+highlightId]')
          .equals([claimId, highlightId])
          .first()
        if (!existing) return
        await rec.remove('evidence', existing.id)
        await touchClaim(db, rec, claimId)
        return
      }
      const highlight = await db.highlights.get(highlightId)
      if (!highlight) throw new InputError('That highlight no longer exists.')
      if (!(await db.claims.get(claimId))) throw new InputError('That claim no longer exists.')
      await putLink(db, rec, claimId, highlight, stance)
    },
  )
  return changeSet
}

/** Removes one evidence link. */
export async function unlinkEvidence(
  db: CasefileDatabase,
  evidenceId: string,
): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(
    db,
    ['claims', 'evidence'],
    'remove evidence',
    async (rec) => {
      const removed = (await rec.remove('evidence', evidenceId)) as EvidenceRecord | null
      if (removed) await touchClaim(db, rec, removed.claimId)
    },
  )
  return changeSet
}

/** Grades a piece of evidence's credibility (Admiralty 1-6), or clears it with null. */
export async function gradeEvidence(
  db: CasefileDatabase,
  evidenceId: string,
  credibility: number | null,
): Promise<ChangeSet | null> {
  if (credibility !== null && !isCredibility(credibility)) {
    throw new InputError(`${String(credibility)} is not a credibility grade (1–6).`)
  }
  const { changeSet } = await recordChanges(
    db,
    ['claims', 'evidence'],
    'grade evidence',
    async (rec) => {
      const current = await db.evidence.get(evidenceId)
      if (!current || current.credibility === credibility) return
      await rec.put('evidence', { ...current, credibility, updatedAt: Date.now() })
      await touchClaim(db, rec, current.claimId)
    },
  )
  return changeSet
}

/** Grades a source's reliability (Admiralty A-F), or clears it with null. */
export async function gradeSource(
  db: CasefileDatabase,
  docId: string,
  reliability: string | null,
): Promise<ChangeSet | null> {
  if (reliability !== null && !isReliability(reliability)) {
    throw new InputError(`“${reliability}” is not a reliability grade (A–F).`)
  }
  const { changeSet } = await recordChanges(db, ['sourceGrades'], 'grade source', async (rec) => {
    const current = await db.sourceGrades.get(docId)
    if ((current?.reliability ?? null) === reliability) return
    if (reliability === null) await rec.remove('sourceGrades', docId)
    else {
      const grade: SourceGradeRecord = { docId, reliability, updatedAt: Date.now() }
      await rec.put('sourceGrades', grade)
    }
  })
  return changeSet
}

/** Every claim. */
export function allClaims(db: CasefileDatabase): Promise<ClaimRecord[]> {
  return db.claims.toArray()
}

/** Every evidence link. */
export function allEvidence(db: CasefileDatabase): Promise<EvidenceRecord[]> {
  return db.evidence.toArray()
}

/** One claim, or undefined. */
export function claimById(db: CasefileDatabase, id: string): Promise<ClaimRecord | undefined> {
  return db.claims.get(id)
}

/** The claims with these ids that still exist. */
export async function claimsByIds(
  db: CasefileDatabase,
  ids: readonly string[],
): Promise<ClaimRecord[]> {
  const found = await db.claims.bulkGet([...new Set(ids)])
  return found.filter((c): c is ClaimRecord => c !== undefined)
}

/** A claim's evidence links. */
export function evidenceForClaim(db: CasefileDatabase, claimId: string): Promise<EvidenceRecord[]> {
  return db.evidence.where('claimId').equals(claimId).toArray()
}

/** The evidence links of one document's highlights (for the reader). */
export function evidenceForDocument(
  db: CasefileDatabase,
  docId: string,
): Promise<EvidenceRecord[]> {
  return db.evidence.where('docId').equals(docId).toArray()
}

/** The highlights with these ids that still exist, by id. */
export async function highlightsByIds(
  db: CasefileDatabase,
  ids: readonly string[],
): Promise<Map<string, HighlightRecord>> {
  const found = await db.highlights.bulkGet([...new Set(ids)])
  return new Map(found.filter((h): h is HighlightRecord => !!h).map((h) => [h.id, h]))
}

/** The sources' reliability grades, by document id. */
export async function allSourceGrades(db: CasefileDatabase): Promise<Map<string, string>> {
  const grades = await db.sourceGrades.toArray()
  return new Map(
    grades.filter((g) => g.reliability !== null).map((g) => [g.docId, g.reliability as string]),
  )
}

/** Every tag in use on any claim, alphabetical. */
export async function allClaimTags(db: CasefileDatabase): Promise<string[]> {
  const keys = await db.claims.orderBy('tags').uniqueKeys()
  return keys.map(String).sort((a, b) => a.localeCompare(b))
}
