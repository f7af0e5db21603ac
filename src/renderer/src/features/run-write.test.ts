// @vitest-environment happy-dom
import type { DocumentModel } from '@shared/corpus/document-model'
import { beforeEach, describe, expect, it } from 'vitest'
import { createClaim, updateClaim } from '../db/claims'
import { createTestDatabase, failWritesTo } from '../db/test-db'
import { clearUndoHistory, undo } from '../db/undo-history'
import { currentStatus, dismissStatus } from '../ui/status'
import { runChange, runMaking, usablePassage } from './run-write'

const doc = {
  meta: { id: 'doc-1' },
  rev: 'rev-1',
  text: 'Iran and Pakistan exchanged strikes.',
} as DocumentModel

beforeEach(() => {
  clearUndoHistory()
  dismissStatus()
})

describe('running a write the analyst made', () => {
  it('says what was made, and the write can be undone', async () => {
    const db = createTestDatabase('run-write-made')
    const made = await runMaking(() => createClaim(db, { statement: 'Strikes were exchanged' }), {
      done: ({ claim }) => `Made “${claim.statement}”.`,
      failed: 'x',
    })
    expect(made?.claim.statement).toBe('Strikes were exchanged')
    expect(currentStatus()?.text).toBe('Made “Strikes were exchanged”.')
    expect(await undo(db)).toBe('new claim')
    expect(await db.claims.count()).toBe(0)
  })

  it('treats a change that changed nothing as saved, and says nothing', async () => {
    const db = createTestDatabase('run-write-nothing')
    const { claim } = await createClaim(db, { statement: 'A' })
    dismissStatus()
    await expect(
      runChange(() => updateClaim(db, claim.id, { statement: 'A' }), {
        done: 'Saved.',
        failed: 'x',
      }),
    ).resolves.toBe(true)
    expect(currentStatus()).toBeNull()
  })

  it('says why a write failed and resolves false, leaving nothing to undo', async () => {
    const db = createTestDatabase('run-write-failed')
    const { claim } = await createClaim(db, { statement: 'A' })
    clearUndoHistory()
    await failWritesTo(db, 'claims')
    const saved = await runChange(() => updateClaim(db, claim.id, { statement: 'B' }), {
      failed: 'The change could not be saved.',
    })
    expect(saved).toBe(false)
    expect(currentStatus()).toMatchObject({ tone: 'error' })
    expect(currentStatus()?.text).toMatch(/disk is full/)
    expect(await undo(db)).toBeNull()
  })

  it('refuses an empty selection with the reason, and accepts an existing highlight', () => {
    expect(usablePassage({ kind: 'selection', doc, passage: { start: 4, end: 4 } }, 'green')).toBe(
      null,
    )
    expect(currentStatus()).toMatchObject({ tone: 'error' })
    expect(usablePassage({ kind: 'highlight', highlightId: 'h1' }, 'green')).toEqual({
      highlightId: 'h1',
    })
    const choice = usablePassage({ kind: 'selection', doc, passage: { start: 0, end: 5 } }, 'blue')
    expect(choice).toMatchObject({ newHighlight: { docId: 'doc-1', color: 'blue' } })
  })
})
