import { describe, expect, it } from 'vitest'
import { applyChangeSet } from './change-set'
import {
  allSourceGrades,
  createClaim,
  deleteClaim,
  evidenceForClaim,
  evidenceForDocument,
  gradeEvidence,
  gradeSource,
  setStance,
  tagToClaim,
  unlinkEvidence,
  updateClaim,
} from './claims'
import { addHighlight, deleteHighlight, type NewHighlight } from './highlights'
import type { CasefileDatabase } from './database'
import { createTestDatabase } from './test-db'
import { passageIn } from './testing/rows'
import { InputError } from './input-error'

function passage(docId: string, exact = 'about 900 km'): NewHighlight {
  return passageIn(docId, exact, 'rev1', 'green')
}

const BORDER = 'The Iran-Pakistan border is about 900 km long'

/** A new passage of doc-a tagged, as supporting, to a new claim stating BORDER. */
function tagBorder(db: CasefileDatabase) {
  return tagToClaim(db, { newHighlight: passage('doc-a') }, { statement: BORDER }, 'supports')
}

describe('createClaim and updateClaim', () => {
  it('stores a cleaned statement, unverified and unassessed, and undoes it', async () => {
    const db = createTestDatabase()
    const { claim, changeSet } = await createClaim(db, { statement: `  ${BORDER}\n` })
    expect(claim).toMatchObject({ statement: BORDER, status: 'unverified', confidence: null })
    expect(await db.claims.get(claim.id)).toEqual(claim)
    await applyChangeSet(db, changeSet, 'undo')
    expect(await db.claims.count()).toBe(0)
  })

  it('refuses a blank statement, an unknown status or confidence, writing nothing', async () => {
    const db = createTestDatabase()
    await expect(createClaim(db, { statement: '   ' })).rejects.toThrow(InputError)
    const { claim } = await createClaim(db, { statement: BORDER })
    await expect(updateClaim(db, claim.id, { status: 'proven' as never })).rejects.toThrow(
      /not a claim status/,
    )
    await expect(updateClaim(db, claim.id, { confidence: 'sure' })).rejects.toThrow(
      /not a confidence level/,
    )
    expect(await db.claims.get(claim.id)).toEqual(claim)
  })

  it('changes status and confidence in one undoable step, and ignores a no-op', async () => {
    const db = createTestDatabase()
    const { claim } = await createClaim(db, { statement: BORDER })
    const set = await updateClaim(db, claim.id, { status: 'contested', confidence: 'likely' })
    expect(await db.claims.get(claim.id)).toMatchObject({
      status: 'contested',
      confidence: 'likely',
    })
    expect(await updateClaim(db, claim.id, { status: 'contested' })).toBeNull()
    await applyChangeSet(db, set!, 'undo')
    expect(await db.claims.get(claim.id)).toEqual(claim)
  })
})

describe('tagToClaim', () => {
  it('makes the highlight, the claim and the link in one step that undo removes entirely', async () => {
    const db = createTestDatabase()
    const result = await tagBorder(db)
    expect(result.evidence).toMatchObject({
      claimId: result.claim.id,
      highlightId: result.highlight.id,
      docId: 'doc-a',
      stance: 'supports',
      credibility: null,
    })
    expect(result.changeSet?.label).toBe('tag to claim')
    await applyChangeSet(db, result.changeSet!, 'undo')
    expect([
      await db.highlights.count(),
      await db.claims.count(),
      await db.evidence.count(),
    ]).toEqual([0, 0, 0])
    await applyChangeSet(db, result.changeSet!, 'redo')
    expect(await evidenceForClaim(db, result.claim.id)).toHaveLength(1)
  })

  it('lets one passage serve several claims with different stances, once per claim', async () => {
    const db = createTestDatabase()
    const { highlight } = await addHighlight(db, passage('doc-a', '959-kilometer'))
    const first = await tagToClaim(
      db,
      { highlightId: highlight.id },
      { statement: BORDER },
      'contradicts',
    )
    await tagToClaim(
      db,
      { highlightId: highlight.id },
      { statement: 'The border is long' },
      'supports',
    )
    // Tagging the same passage to the same claim again changes the stance, not the count.
    await tagToClaim(db, { highlightId: highlight.id }, { claimId: first.claim.id }, 'context')
    expect(await db.evidence.count()).toBe(2)
    expect((await evidenceForClaim(db, first.claim.id)).map((e) => e.stance)).toEqual(['context'])
    expect(await evidenceForDocument(db, 'doc-a')).toHaveLength(2)
  })

  it('moves the claim’s last-updated time when its evidence changes', async () => {
    const db = createTestDatabase()
    const { claim } = await createClaim(db, { statement: BORDER })
    const before = (await db.claims.get(claim.id))!.updatedAt
    await new Promise((resolve) => setTimeout(resolve, 5))
    await tagToClaim(db, { newHighlight: passage('doc-a') }, { claimId: claim.id }, 'supports')
    expect((await db.claims.get(claim.id))!.updatedAt).toBeGreaterThan(before)
  })

  it('refuses a missing claim or highlight and leaves nothing half-written', async () => {
    const db = createTestDatabase()
    await expect(
      tagToClaim(db, { newHighlight: passage('doc-a') }, { claimId: 'gone' }, 'supports'),
    ).rejects.toThrow(/no longer exists/)
    expect(await db.highlights.count()).toBe(0)
    await expect(
      tagToClaim(db, { highlightId: 'gone' }, { statement: BORDER }, 'supports'),
    ).rejects.toThrow(/no longer exists/)
    expect(await db.claims.count()).toBe(0)
  })
})

describe('setStance (the matrix cell)', () => {
  it('links, changes and clears a stance', async () => {
    const db = createTestDatabase()
    const { claim } = await createClaim(db, { statement: BORDER })
    const { highlight } = await addHighlight(db, passage('doc-b'))
    await setStance(db, claim.id, highlight.id, 'supports')
    await setStance(db, claim.id, highlight.id, 'contradicts')
    expect((await evidenceForClaim(db, claim.id)).map((e) => e.stance)).toEqual(['contradicts'])
    const cleared = await setStance(db, claim.id, highlight.id, null)
    expect(await db.evidence.count()).toBe(0)
    expect(await setStance(db, claim.id, highlight.id, null)).toBeNull()
    await applyChangeSet(db, cleared!, 'undo')
    expect(await db.evidence.count()).toBe(1)
  })
})

describe('deleting', () => {
  it('deleting a claim removes its links, keeps the highlights, and undo brings all back', async () => {
    const db = createTestDatabase()
    const made = await tagBorder(db)
    const set = await deleteClaim(db, made.claim.id)
    expect([
      await db.claims.count(),
      await db.evidence.count(),
      await db.highlights.count(),
    ]).toEqual([0, 0, 1])
    await applyChangeSet(db, set!, 'undo')
    expect(await evidenceForClaim(db, made.claim.id)).toHaveLength(1)
  })

  it('deleting a highlight removes its links in the same step', async () => {
    const db = createTestDatabase()
    const made = await tagBorder(db)
    const set = await deleteHighlight(db, made.highlight.id)
    expect(await evidenceForClaim(db, made.claim.id)).toHaveLength(0)
    await applyChangeSet(db, set!, 'undo')
    expect(await evidenceForClaim(db, made.claim.id)).toHaveLength(1)
  })

  it('unlinks one piece of evidence', async () => {
    const db = createTestDatabase()
    const made = await tagBorder(db)
    await unlinkEvidence(db, made.evidence.id)
    expect(await db.evidence.count()).toBe(0)
  })
})

describe('grades', () => {
  it('grades evidence credibility 1-6 and source reliability A-F, refusing anything else', async () => {
    const db = createTestDatabase()
    const made = await tagBorder(db)
    await gradeEvidence(db, made.evidence.id, 2)
    expect((await db.evidence.get(made.evidence.id))?.credibility).toBe(2)
    await expect(gradeEvidence(db, made.evidence.id, 7)).rejects.toThrow(/credibility/)
    await gradeSource(db, 'doc-a', 'B')
    expect(await allSourceGrades(db)).toEqual(new Map([['doc-a', 'B']]))
    await expect(gradeSource(db, 'doc-a', 'G')).rejects.toThrow(/reliability/)
    const cleared = await gradeSource(db, 'doc-a', null)
    expect(await allSourceGrades(db)).toEqual(new Map())
    await applyChangeSet(db, cleared!, 'undo')
    expect(await allSourceGrades(db)).toEqual(new Map([['doc-a', 'B']]))
  })
})
