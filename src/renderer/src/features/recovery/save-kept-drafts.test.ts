// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { createBrief } from '../../db/briefs'
import { createClaim } from '../../db/claims'
import { addHighlight } from '../../db/highlights'
import { createTestDatabase, failWritesTo } from '../../db/test-db'
import { keepDraft, keptDrafts } from '../../ui/drafts'
import { saveKeptDrafts } from './save-kept-drafts'

beforeEach(() => localStorage.clear())

describe('saving the drafts kept when the page closed', () => {
  it('writes each into its row and forgets it, and forgets drafts of deleted rows', async () => {
    const db = createTestDatabase('kept-drafts')
    const { claim } = await createClaim(db, { statement: 'Talks resumed' })
    const { highlight } = await addHighlight(db, {
      docId: 'bundled-a',
      docRev: 'r',
      selectors: { quote: { exact: 'q', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
      color: 'yellow',
    })
    const { brief } = await createBrief(db, { title: 'Border' })
    keepDraft(`note:claim:${claim.id}`, 'typed just before the tab closed', 1)
    keepDraft(`note:highlight:${highlight.id}`, 'a highlight note', 2)
    keepDraft(`brief:summary:${brief.id}`, 'the summary', 3)
    keepDraft('note:claim:deleted-claim', 'of a claim since deleted', 4)
    keepDraft(`brief:title:${brief.id}`, '  ', 5)

    expect(await saveKeptDrafts(db)).toBe(3)
    expect((await db.claims.get(claim.id))?.note).toBe('typed just before the tab closed')
    expect((await db.highlights.get(highlight.id))?.note).toBe('a highlight note')
    expect(await db.briefs.get(brief.id)).toMatchObject({ title: 'Border', summary: 'the summary' })
    expect(keptDrafts()).toEqual([])
  })

  it('keeps a draft whose write fails, for the next start', async () => {
    const db = createTestDatabase('kept-drafts-full')
    const { claim } = await createClaim(db, { statement: 'Talks resumed' })
    keepDraft(`note:claim:${claim.id}`, 'not yet saved', 1)
    await failWritesTo(db, 'claims')
    expect(await saveKeptDrafts(db)).toBe(0)
    expect(keptDrafts()).toEqual([{ key: `note:claim:${claim.id}`, text: 'not yet saved', at: 1 }])
  })
})
