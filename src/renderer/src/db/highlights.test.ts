import { describe, expect, it } from 'vitest'
import { applyChangeSet, UndoConflictError } from './change-set'
import {
  addHighlight,
  allHighlightTags,
  deleteHighlight,
  highlightsForDocument,
  updateHighlight,
  type NewHighlight,
} from './highlights'
import { createTestDatabase } from './test-db'
import { evidenceRow } from './testing/rows'
import { InputError } from './input-error'

function input(overrides: Partial<NewHighlight> = {}): NewHighlight {
  return {
    docId: 'doc-a',
    docRev: 'rev1',
    selectors: {
      quote: { exact: 'the border', prefix: 'along ', suffix: ' between' },
      position: { start: 10, end: 20 },
    },
    color: 'yellow',
    ...overrides,
  }
}

describe('addHighlight', () => {
  it('stores the highlight with cleaned tags and returns a ChangeSet that undoes it', async () => {
    const db = createTestDatabase()
    const { highlight, changeSet } = await addHighlight(
      db,
      input({ tags: [' Border ', 'border', '🚩 flag', 'بلوچستان'] }),
    )
    expect(await db.highlights.get(highlight.id)).toEqual(highlight)
    expect(highlight.tags).toEqual(['Border', '🚩 flag', 'بلوچستان'])
    await applyChangeSet(db, changeSet, 'undo')
    expect(await db.highlights.count()).toBe(0)
    await applyChangeSet(db, changeSet, 'redo')
    expect(await db.highlights.get(highlight.id)).toEqual(highlight)
  })

  it('reports the commit with the stored highlight, once it is in the database', async () => {
    const db = createTestDatabase()
    const seen: string[] = []
    const { highlight } = await addHighlight(db, input(), (committed) => seen.push(committed.id))
    expect(seen).toEqual([highlight.id])
  })

  it('does not report a commit for a write that was refused', async () => {
    const db = createTestDatabase()
    const seen: string[] = []
    await expect(
      addHighlight(db, input({ color: 'red' as never }), () => seen.push('x')),
    ).rejects.toThrow()
    expect(seen).toEqual([])
  })

  it('keeps a 100,000-character note exactly', async () => {
    const db = createTestDatabase()
    const note = 'ن'.repeat(50_000) + '🚩'.repeat(25_000)
    const { highlight } = await addHighlight(db, input({ note }))
    expect((await db.highlights.get(highlight.id))?.note).toBe(note)
  })

  it('refuses a whitespace-only quote and an unknown colour, writing nothing', async () => {
    const db = createTestDatabase()
    const blank = input()
    blank.selectors = { ...blank.selectors, quote: { exact: '  \n ', prefix: '', suffix: '' } }
    await expect(addHighlight(db, blank)).rejects.toThrow(InputError)
    await expect(addHighlight(db, input({ color: 'red' as never }))).rejects.toThrow(/colour/)
    expect(await db.highlights.count()).toBe(0)
  })
})

describe('updateHighlight', () => {
  it('changes note and tags, and undo restores the previous version', async () => {
    const db = createTestDatabase()
    const { highlight } = await addHighlight(db, input())
    const change = await updateHighlight(db, highlight.id, { note: 'why it matters', tags: ['a'] })
    expect((await db.highlights.get(highlight.id))?.note).toBe('why it matters')
    await applyChangeSet(db, change!, 'undo')
    expect(await db.highlights.get(highlight.id)).toEqual(highlight)
  })

  it('returns null for a missing highlight or no change', async () => {
    const db = createTestDatabase()
    const { highlight } = await addHighlight(db, input({ note: 'n' }))
    expect(await updateHighlight(db, 'missing', { note: 'x' })).toBeNull()
    expect(await updateHighlight(db, highlight.id, { note: 'n' })).toBeNull()
  })

  it('refuses to undo over a newer change made since', async () => {
    const db = createTestDatabase()
    const { highlight } = await addHighlight(db, input())
    const first = await updateHighlight(db, highlight.id, { note: 'first' })
    await updateHighlight(db, highlight.id, { note: 'second, from another tab' })
    await expect(applyChangeSet(db, first!, 'undo')).rejects.toThrow(UndoConflictError)
    expect((await db.highlights.get(highlight.id))?.note).toBe('second, from another tab')
  })
})

describe('deleteHighlight', () => {
  it('removes its evidence links and its place in events in one step, and undo restores all', async () => {
    const db = createTestDatabase()
    const { highlight } = await addHighlight(db, input())
    const other = (await addHighlight(db, input())).highlight
    await db.evidence.bulkAdd([
      evidenceRow({
        id: 'e1',
        claimId: 'c1',
        highlightId: highlight.id,
        docId: 'doc-a',
        stance: 'supports',
      }),
      evidenceRow({
        id: 'e2',
        claimId: 'c1',
        highlightId: other.id,
        docId: 'doc-a',
        stance: 'context',
      }),
    ])
    await db.events.add({
      id: 'ev1',
      timelineId: 't1',
      title: 'Strike',
      note: '',
      tags: [],
      date: { kind: 'point', date: { year: 2024, month: 1, day: 16, approximate: false } },
      sortKey: 0,
      sources: [
        { highlightId: highlight.id, docId: 'doc-a', stated: null },
        { highlightId: other.id, docId: 'doc-a', stated: null },
      ],
      highlightIds: [highlight.id, other.id],
      createdAt: 1,
      updatedAt: 1,
    })
    const change = await deleteHighlight(db, highlight.id)
    expect(await db.highlights.get(highlight.id)).toBeUndefined()
    expect(await db.evidence.toArray()).toHaveLength(1)
    expect((await db.events.get('ev1'))?.highlightIds).toEqual([other.id])
    expect((await db.events.get('ev1'))?.sources.map((s) => s.highlightId)).toEqual([other.id])

    await applyChangeSet(db, change!, 'undo')
    expect(await db.highlights.get(highlight.id)).toEqual(highlight)
    expect(await db.evidence.count()).toBe(2)
    expect((await db.events.get('ev1'))?.highlightIds).toEqual([highlight.id, other.id])
  })

  it('returns null when there is nothing to delete', async () => {
    expect(await deleteHighlight(createTestDatabase(), 'nope')).toBeNull()
  })
})

describe('queries', () => {
  it('lists a document’s highlights and every tag in use', async () => {
    const db = createTestDatabase()
    await addHighlight(db, input({ tags: ['trade', 'border'] }))
    await addHighlight(db, input({ docId: 'doc-b', tags: ['Border', 'energy'] }))
    expect(await highlightsForDocument(db, 'doc-a')).toHaveLength(1)
    expect(await allHighlightTags(db)).toEqual(['border', 'Border', 'energy', 'trade'])
  })
})

describe('settings: colour names', () => {
  it('reads defaults, renames one colour, and restores the default for a blank name', async () => {
    const { readColorNames, renameColor } = await import('./settings')
    const db = createTestDatabase()
    expect((await readColorNames(db)).yellow).toBe('key')
    const change = await renameColor(db, 'yellow', '  must read ')
    expect((await readColorNames(db)).yellow).toBe('must read')
    expect(await renameColor(db, 'yellow', 'must read')).toBeNull()
    await renameColor(db, 'yellow', '   ')
    expect((await readColorNames(db)).yellow).toBe('key')
    expect(change?.label).toBe('rename colour')
  })
})
