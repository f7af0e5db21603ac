// @vitest-environment happy-dom
import { assembleDocument } from '@shared/corpus/parse-document'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createClaim } from './claims'
import { addImportedDocument } from './documents'
import { createTestDatabase } from './test-db'
import { clearUndoHistory, recordUndo, undo, UNDO_HISTORY_KEY } from './undo-history'

const stored = () =>
  JSON.parse(sessionStorage.getItem(UNDO_HISTORY_KEY) ?? 'null') as {
    done: { label: string }[]
    undone: { label: string }[]
  }

function longDocument(id: string) {
  const paragraph = 'The commission found the upstream districts drew more than the schedule. '
  return assembleDocument(
    {
      id,
      title: 'A long report',
      authors: [],
      outlet: null,
      published: null,
      genre: 'report',
      raw: `${id}.pdf`,
      authorNote: null,
      imported: { format: 'pdf', encoding: null, notices: [] },
    },
    Array.from({ length: 600 }, () => ({
      kind: 'paragraph' as const,
      level: 0,
      text: paragraph.repeat(8),
      marks: [],
    })),
  )
}

beforeEach(() => clearUndoHistory())

describe('the undo history kept for a reload', () => {
  it('keeps ordinary steps in sessionStorage, in order', async () => {
    const db = createTestDatabase('undo-history-ordinary')
    recordUndo((await createClaim(db, { statement: 'A' })).changeSet)
    recordUndo((await createClaim(db, { statement: 'B' })).changeSet)
    expect(stored().done.map((step) => step.label)).toEqual(['new claim', 'new claim'])
  })

  it('keeps a long imported document out of storage but can still undo adding it', async () => {
    const db = createTestDatabase('undo-history-long')
    recordUndo((await createClaim(db, { statement: 'Before' })).changeSet)
    const added = await addImportedDocument(db, longDocument('long'))
    recordUndo(added.changeSet)
    recordUndo((await createClaim(db, { statement: 'After' })).changeSet)

    // Stored from after the import on: a reload cannot undo past a step it does not have.
    expect(stored().done.map((step) => step.label)).toEqual(['new claim'])
    expect(sessionStorage.getItem(UNDO_HISTORY_KEY)!.length).toBeLessThan(10_000)

    await undo(db)
    expect(await undo(db)).toBe(added.changeSet!.label)
    expect(await db.documents.count()).toBe(0)
  })

  it('stores an emptied history once everything is undone', async () => {
    const db = createTestDatabase('undo-history-emptied')
    recordUndo((await createClaim(db, { statement: 'A' })).changeSet)
    await undo(db)
    expect(stored()).toMatchObject({ done: [], undone: [{ label: 'new claim' }] })
  })

  it('does not take up a history stored by another schema version (its rows have another shape)', async () => {
    const older = {
      done: [{ label: 'delete document', at: 1, changes: [{ table: 'documents', key: 'd1' }] }],
      undone: [],
    }
    sessionStorage.setItem('casefile:undo-history', JSON.stringify(older))
    sessionStorage.setItem('casefile:undo-history:v4', JSON.stringify(older))
    vi.resetModules()
    const fresh = await import('./undo-history')
    // Nothing to undo: the v4 step is not replayed into v5's tables.
    expect(await fresh.undo(createTestDatabase())).toBeNull()
    expect(UNDO_HISTORY_KEY).toMatch(/:v5$/)
  })
})
