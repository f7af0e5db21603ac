import { assembleDocument } from '@shared/corpus/parse-document'
import type { DocumentMeta } from '@shared/corpus/document-model'
import { describe, expect, it } from 'vitest'
import { applyChangeSet } from './change-set'
import { gradeSource, tagToClaim } from './claims'
import {
  addImportedDocument,
  deleteImportedDocument,
  documentLinks,
  importedDocuments,
  readImportedDocument,
  replaceDocumentText,
  updateDocumentMeta,
} from './documents'
import { addHighlight } from './highlights'
import { createTestDatabase } from './test-db'
import { addEvent, createTimeline } from './timelines'

function imported(id: string, paragraphs: string[]) {
  const meta: DocumentMeta = {
    id,
    title: `Report ${id}`,
    authors: [],
    outlet: null,
    published: null,
    genre: 'report',
    raw: `${id}.txt`,
    authorNote: null,
    sourceUrl: null,
    imported: { format: 'text', encoding: 'UTF-8', notices: [] },
  }
  return assembleDocument(
    meta,
    paragraphs.map((text) => ({ kind: 'paragraph', level: 0, text, marks: [] })),
  )
}

const selectors = (exact: string, start: number) => ({
  quote: { exact, prefix: '', suffix: '' },
  position: { start, end: start + exact.length },
})

describe('imported documents', () => {
  it('are added in order and an import can be undone', async () => {
    const db = createTestDatabase()
    const first = await addImportedDocument(db, imported('a', ['One.']))
    await addImportedDocument(db, imported('b', ['Two.']))
    expect((await importedDocuments(db)).map((r) => r.id)).toEqual(['a', 'b'])
    await applyChangeSet(db, first.changeSet!, 'undo')
    expect((await importedDocuments(db)).map((r) => r.id)).toEqual(['b'])
  })

  it('take new details and new text, keeping their id and how they came in', async () => {
    const db = createTestDatabase()
    const doc = imported('a', ['Old text.'])
    await addImportedDocument(db, doc)
    await updateDocumentMeta(db, 'a', {
      ...doc.meta,
      id: 'other',
      title: 'Renamed',
      imported: undefined,
    })
    let stored = (await readImportedDocument(db, 'a'))!
    expect(stored.meta).toMatchObject({ id: 'a', title: 'Renamed', imported: { format: 'text' } })
    // The file was read before a later edit of the details: the edit stays.
    const readEarlier = { ...doc.meta, title: 'Title when the file was read' }
    await updateDocumentMeta(db, 'a', { ...stored.meta, title: 'Edited since' })
    const again = imported('x', ['New text.'])
    const newOrigin = { format: 'markdown' as const, encoding: 'UTF-8', notices: [] }
    const change = await replaceDocumentText(db, 'a', {
      ...again,
      meta: { ...readEarlier, imported: newOrigin },
    })
    stored = (await readImportedDocument(db, 'a'))!
    expect(stored.text).toBe('New text.')
    expect(stored.meta).toMatchObject({ id: 'a', title: 'Edited since', imported: newOrigin })
    await applyChangeSet(db, change!, 'undo')
    expect((await readImportedDocument(db, 'a'))!.text).toBe('Old text.')
    expect(await replaceDocumentText(db, 'a', doc)).toBeNull()
    await expect(updateDocumentMeta(db, 'gone', doc.meta)).rejects.toThrow(/no longer/)
  })

  it('are deleted with everything resting on them, and undo brings all of it back', async () => {
    const db = createTestDatabase()
    await addImportedDocument(db, imported('doc', ['Iran struck Panjgur.', 'Pakistan replied.']))
    await addImportedDocument(db, imported('keep', ['Another source.']))
    const mine = await addHighlight(db, {
      docId: 'doc',
      docRev: 'r',
      selectors: selectors('Iran struck Panjgur.', 0),
      color: 'yellow',
    })
    const other = await addHighlight(db, {
      docId: 'keep',
      docRev: 'r',
      selectors: selectors('Another source.', 0),
      color: 'yellow',
    })
    const { claim } = await tagToClaim(
      db,
      { highlightId: mine.highlight.id },
      { statement: 'Iran struck first' },
      'supports',
    )
    await tagToClaim(db, { highlightId: other.highlight.id }, { claimId: claim.id }, 'contradicts')
    const { timeline } = await createTimeline(db, 'Strikes')
    const { event } = await addEvent(db, {
      timelineId: timeline.id,
      title: 'Strike on Panjgur',
      date: { kind: 'point', date: { year: 2024, month: 1, day: 16, approximate: false } },
      source: { highlightId: mine.highlight.id },
    })
    await gradeSource(db, 'doc', 'B')
    const before = {
      highlights: await db.highlights.toArray(),
      evidence: await db.evidence.toArray(),
      events: await db.events.toArray(),
    }

    expect(await documentLinks(db, 'doc')).toEqual({
      highlights: 1,
      evidence: 1,
      claims: 1,
      events: 1,
    })
    const change = await deleteImportedDocument(db, 'doc')
    expect(await db.documents.get('doc')).toBeUndefined()
    expect((await db.highlights.toArray()).map((h) => h.docId)).toEqual(['keep'])
    expect(await db.evidence.count()).toBe(1)
    expect(await db.claims.get(claim.id)).toBeDefined()
    expect((await db.events.get(event.id))!.highlightIds).toEqual([])
    expect(await db.sourceGrades.get('doc')).toBeUndefined()

    await applyChangeSet(db, change!, 'undo')
    expect(await db.documents.get('doc')).toBeDefined()
    expect(await db.highlights.toArray()).toEqual(expect.arrayContaining(before.highlights))
    expect(await db.evidence.toArray()).toEqual(expect.arrayContaining(before.evidence))
    expect(await db.events.toArray()).toEqual(before.events)
    expect((await db.sourceGrades.get('doc'))?.reliability).toBe('B')
  })
})
