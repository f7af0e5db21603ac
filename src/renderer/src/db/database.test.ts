import { Dexie } from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { assembleDocument } from '@shared/corpus/parse-document'
import { CasefileDatabase } from './database'
import { readImportedDocument } from './documents'
import { STORES_V1 } from './migrations/001-initial'
import { STORES_V2 } from './migrations/002-claims'
import { STORES_V4 } from './migrations/004-briefs'
import { STORES_V5 } from './migrations/005-document-texts'
import { CURRENT_SCHEMA_VERSION } from './schema-versions'
import { evidenceRow } from './testing/rows'

function freshDb() {
  return new CasefileDatabase('test', { indexedDB: new IDBFactory(), IDBKeyRange })
}

describe('CasefileDatabase', () => {
  it('opens at the current schema version with every table of the data model', async () => {
    const db = freshDb()
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        ...new Set([
          ...Object.keys(STORES_V1),
          ...Object.keys(STORES_V2),
          ...Object.keys(STORES_V4),
          ...Object.keys(STORES_V5),
        ]),
      ].sort(),
    )
    db.close()
  })

  it('keeps a highlight across closing and reopening, findable by document and tag', async () => {
    const factory = new IDBFactory()
    const first = new CasefileDatabase('reopen', { indexedDB: factory, IDBKeyRange })
    await first.highlights.add({
      id: 'h1',
      docId: 'doc-a',
      docRev: 'r',
      selectors: { quote: { exact: 'q', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
      color: 'key',
      note: '',
      tags: ['border', 'trade'],
      createdAt: 1,
      updatedAt: 1,
    })
    first.close()
    const second = new CasefileDatabase('reopen', { indexedDB: factory, IDBKeyRange })
    expect((await second.highlights.where('docId').equals('doc-a').first())?.id).toBe('h1')
    expect(await second.highlights.where('tags').equals('trade').count()).toBe(1)
    second.close()
  })

  it('finds evidence by the compound claim and highlight index', async () => {
    const db = freshDb()
    await db.evidence.bulkAdd([
      evidenceRow({
        id: 'e1',
        claimId: 'c1',
        highlightId: 'h1',
        docId: 'doc-a',
        stance: 'supports',
      }),
      evidenceRow({
        id: 'e2',
        claimId: 'c1',
        highlightId: 'h2',
        docId: 'doc-b',
        stance: 'contradicts',
        credibility: 2,
      }),
    ])
    const link = await db.evidence.where('[claimId+highlightId]').equals(['c1', 'h2']).first()
    expect(link?.stance).toBe('contradicts')
    db.close()
  })

  it("upgrades version 1 evidence with its highlight's document and no credibility", async () => {
    const factory = new IDBFactory()
    const v1 = new Dexie('upgrade', { indexedDB: factory, IDBKeyRange })
    v1.version(1).stores(STORES_V1)
    await v1.table('highlights').add({ id: 'h1', docId: 'doc-a', tags: [], createdAt: 1 })
    await v1
      .table('evidence')
      .add({ id: 'e1', claimId: 'c1', highlightId: 'h1', stance: 'supports' })
    await v1
      .table('evidence')
      .add({ id: 'e2', claimId: 'c1', highlightId: 'gone', stance: 'context' })
    v1.close()
    const db = new CasefileDatabase('upgrade', { indexedDB: factory, IDBKeyRange })
    expect(await db.evidence.get('e1')).toMatchObject({ docId: 'doc-a', credibility: null })
    expect(await db.evidence.get('e2')).toMatchObject({ docId: '', credibility: null })
    expect(await db.evidence.where('docId').equals('doc-a').count()).toBe(1)
    db.close()
  })

  it('upgrades version 4 documents into their details and their text, leaving other rows alone', async () => {
    const factory = new IDBFactory()
    const v4 = new Dexie('upgrade-v5', { indexedDB: factory, IDBKeyRange })
    v4.version(1).stores(STORES_V1)
    v4.version(2).stores(STORES_V2)
    v4.version(4).stores(STORES_V4)
    const document = assembleDocument(
      {
        id: 'doc-a',
        title: 'Imported',
        authors: [],
        outlet: null,
        published: null,
        genre: 'report',
        raw: 'a.txt',
        authorNote: null,
        imported: { format: 'text', encoding: 'UTF-8', notices: [] },
      },
      [
        { kind: 'paragraph', level: 0, text: 'First paragraph here.', marks: [] },
        { kind: 'paragraph', level: 0, text: 'Second.', marks: [] },
      ],
    )
    await v4.table('documents').bulkAdd([
      { id: 'doc-a', addedAt: 7, document },
      { id: 'odd', addedAt: 8 },
    ])
    v4.close()
    const db = new CasefileDatabase('upgrade-v5', { indexedDB: factory, IDBKeyRange })
    expect(await db.documents.get('doc-a')).toEqual({
      id: 'doc-a',
      addedAt: 7,
      meta: document.meta,
      rev: document.rev,
      wordCount: 4,
      paragraphCount: 2,
    })
    expect(await readImportedDocument(db, 'doc-a')).toEqual(document)
    expect(await db.documents.get('odd')).toEqual({ id: 'odd', addedAt: 8 })
    db.close()
  })

  it('uses strict transaction durability', async () => {
    const db = freshDb()
    await db.open()
    await db.transaction('rw', db.settings, async (tx) => {
      expect(tx.idbtrans).toBeDefined()
    })
    expect(
      (db as unknown as { _options: { chromeTransactionDurability: string } })._options
        .chromeTransactionDurability,
    ).toBe('strict')
    db.close()
  })
})
