import { captureSelection } from '@shared/anchoring/describe'
import type { DocumentModel } from '@shared/corpus/document-model'
import { parseCuratedDocument } from '@shared/corpus/parse-document'
import { toWebAnnotations } from '@shared/exports/web-annotation'
import { DEFAULT_COLOR_NAMES, type HighlightColorId } from '@shared/highlights/colors'
import {
  planAnnotationImport,
  readAnnotationFile,
  type AnnotationImportPlan,
  type HighlightDraft,
} from '@shared/import/web-annotation-import'
import { describe, expect, it } from 'vitest'
import tahirSource from '../../../../resources/corpus/pakistan-and-iran-the-way-forward.md?raw'
import { applyAnnotationImport, highlightsOfDocuments } from './annotation-import'
import { applyChangeSet } from './change-set'
import { addImportedDocument, deleteImportedDocument } from './documents'
import { addHighlight, allHighlights } from './highlights'
import { InputError } from './input-error'
import type { HighlightRecord } from './records'
import { createTestDatabase } from './test-db'

const tahir: DocumentModel = parseCuratedDocument(
  tahirSource,
  'pakistan-and-iran-the-way-forward.md',
)

function draft(exact: string, fields: Partial<HighlightDraft> = {}): HighlightDraft {
  const start = tahir.text.indexOf(exact)
  const captured = captureSelection(tahir.text, start, start + exact.length)
  if (!captured.ok) throw new Error(captured.problem)
  return {
    docId: tahir.meta.id,
    docRev: tahir.rev,
    selectors: captured.selectors,
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: null,
    index: 0,
    label: `“${exact}”`,
    ...fields,
  }
}

const plan = (...highlights: HighlightDraft[]): AnnotationImportPlan => ({
  highlights,
  duplicates: [],
  orphans: [],
  unmatchedSources: [],
})

/** Makes the `n`th record written to `store` fail as a full disk does, aborting its transaction. */
async function failWriteNumber(
  db: ReturnType<typeof createTestDatabase>,
  store: string,
  n: number,
) {
  const idb = (await db.open()).backendDB() as unknown as {
    _rawDatabase: { rawObjectStores: Map<string, { storeRecord: (...args: unknown[]) => unknown }> }
  }
  const raw = idb._rawDatabase.rawObjectStores.get(store)!
  const original = raw.storeRecord.bind(raw)
  let count = 0
  raw.storeRecord = (...args) => {
    if (++count === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    return original(...args)
  }
}

describe('applyAnnotationImport', () => {
  it('adds every planned highlight, and one undo removes them all', async () => {
    const db = createTestDatabase()
    const before = Date.now()
    const { added, skipped, changeSet } = await applyAnnotationImport(
      db,
      plan(
        draft('Jaish al Adl', { note: 'Group named', tags: ['groups'], color: 'pink' }),
        draft('Turbat and Zahedan', { createdAt: Date.UTC(2024, 1, 21) }),
        draft('over 900 kilometers', { createdAt: Date.now() + 86_400_000 }),
      ),
    )
    expect(skipped).toEqual([])
    expect(await allHighlights(db)).toEqual(expect.arrayContaining(added))
    expect(added.map((h) => [h.selectors.quote.exact, h.note, h.tags, h.color])).toEqual([
      ['Jaish al Adl', 'Group named', ['groups'], 'pink'],
      ['Turbat and Zahedan', '', [], 'yellow'],
      ['over 900 kilometers', '', [], 'yellow'],
    ])
    expect(new Set(added.map((h) => h.id)).size).toBe(3)
    // The annotation's own time is kept, never one in the future; the change is now.
    expect(added[1]?.createdAt).toBe(Date.UTC(2024, 1, 21))
    expect(added[2]?.createdAt).toBeLessThanOrEqual(Date.now())
    for (const h of added) expect(h.updatedAt).toBeGreaterThanOrEqual(before)
    expect(changeSet?.label).toBe('import 3 highlights')
    expect(changeSet?.changes).toHaveLength(3)

    await applyChangeSet(db, changeSet!, 'undo')
    expect(await db.highlights.count()).toBe(0)
    await applyChangeSet(db, changeSet!, 'redo')
    expect(await allHighlights(db)).toHaveLength(3)
  })

  it('leaves nothing when a write fails half-way', async () => {
    const db = createTestDatabase()
    await failWriteNumber(db, 'highlights', 3)
    await expect(
      applyAnnotationImport(
        db,
        plan(draft('Jaish al Adl'), draft('Turbat and Zahedan'), draft('Balochistan')),
      ),
    ).rejects.toThrow(/quota/)
    expect(await db.highlights.count()).toBe(0)
  })

  it('refuses the whole import when one highlight is not acceptable, writing nothing', async () => {
    const db = createTestDatabase()
    const blank = draft('Turbat')
    blank.selectors = { ...blank.selectors, quote: { ...blank.selectors.quote, exact: ' ' } }
    await expect(applyAnnotationImport(db, plan(draft('Jaish al Adl'), blank))).rejects.toThrow(
      InputError,
    )
    await expect(
      applyAnnotationImport(db, plan(draft('Jaish al Adl', { color: 'red' as HighlightColorId }))),
    ).rejects.toThrow(/colour/)
    expect(await db.highlights.count()).toBe(0)
  })

  it('skips what was highlighted since the plan was made, so a second click adds nothing', async () => {
    const db = createTestDatabase()
    const twice = plan(draft('Jaish al Adl'), draft('Turbat and Zahedan'))
    await applyAnnotationImport(db, twice)
    const again = await applyAnnotationImport(db, twice)
    expect(again).toEqual({ added: [], skipped: twice.highlights, gone: [], changeSet: null })
    expect(await db.highlights.count()).toBe(2)
  })

  it('adds two planned highlights on one span when they say different things', async () => {
    const db = createTestDatabase()
    const { added } = await applyAnnotationImport(
      db,
      plan(draft('Turbat', { note: 'A town' }), draft('Turbat', { note: 'Another reading' })),
    )
    expect(added.map((h) => h.note)).toEqual(['A town', 'Another reading'])
  })

  it('writes nothing for an empty plan', async () => {
    const db = createTestDatabase()
    expect(await applyAnnotationImport(db, plan())).toEqual({
      added: [],
      skipped: [],
      gone: [],
      changeSet: null,
    })
  })

  it('leaves out what was planned on an imported document deleted since, and adds the rest', async () => {
    const db = createTestDatabase()
    const importedDoc = { ...tahir, meta: { ...tahir.meta, id: 'imported-copy' } }
    await addImportedDocument(db, importedDoc)
    const onImported = { ...draft('Turbat'), docId: 'imported-copy' }
    await deleteImportedDocument(db, 'imported-copy')
    const { added, gone } = await applyAnnotationImport(
      db,
      plan(onImported, draft('Jaish al Adl')),
      {
        imported: new Set(['imported-copy']),
      },
    )
    expect(added.map((h) => [h.docId, h.selectors.quote.exact])).toEqual([
      [tahir.meta.id, 'Jaish al Adl'],
    ])
    expect(gone).toEqual([onImported])
    expect(await allHighlights(db)).toHaveLength(1)
  })
})

describe("a round trip through Casefile's Web Annotation export", () => {
  const passages: { exact: string; color: HighlightColorId; note?: string; tags?: string[] }[] = [
    { exact: 'Jaish al Adl', color: 'pink', note: 'Named group', tags: ['groups', 'Baloch'] },
    // Spans a paragraph break into a heading.
    { exact: 'to strengthen their ties.\n\nEconomic Interests:', color: 'blue' },
    {
      exact: 'Iran and Pakistan share a border of over 900 kilometers.',
      color: 'green',
      note: 'Figure differs from Yousaf (959 km).\nCheck.',
    },
    // A phrase the article repeats: only its context and position say which.
    { exact: 'strengthen their ties', color: 'purple', tags: ['refrain'] },
    { exact: 'Iran', color: 'yellow', note: '🚩 first mention', tags: ['🚩 flag'] },
  ]

  async function highlightsOnTahir(): Promise<HighlightRecord[]> {
    const db = createTestDatabase('source')
    for (const p of passages) {
      // The second occurrence of the repeated phrase, not the first.
      const from = p.tags?.includes('refrain') ? tahir.text.indexOf(p.exact) + 1 : 0
      const start = tahir.text.indexOf(p.exact, from)
      const captured = captureSelection(tahir.text, start, start + p.exact.length)
      if (!captured.ok) throw new Error(captured.problem)
      await addHighlight(db, {
        docId: tahir.meta.id,
        docRev: tahir.rev,
        selectors: captured.selectors,
        color: p.color,
        ...(p.note ? { note: p.note } : {}),
        ...(p.tags ? { tags: p.tags } : {}),
      })
    }
    return allHighlights(db)
  }

  it('restores every highlight into an empty database: span, text, note, tags, colour', async () => {
    const original = await highlightsOnTahir()
    const exported = JSON.stringify(
      toWebAnnotations({
        highlights: original,
        documents: [tahir.meta],
        colorNames: { ...DEFAULT_COLOR_NAMES, green: 'evidence (renamed)' },
        generatedAt: new Date(),
        generator: { name: 'Casefile', version: '0.1.0' },
        texts: new Map([[tahir.meta.id, tahir]]),
      }),
      null,
      2,
    )
    const reading = readAnnotationFile('casefile-highlights.jsonld', exported)
    if (!reading.ok) throw new Error(reading.problem)
    expect(reading.format).toBe('casefile')

    const db = createTestDatabase('target')
    const importPlan = planAnnotationImport(reading.annotations, [tahir], [])
    expect(importPlan.orphans).toEqual([])
    expect(importPlan.duplicates).toEqual([])
    const { added } = await applyAnnotationImport(db, importPlan)

    const restored = await allHighlights(db)
    expect(restored).toHaveLength(original.length)
    const essence = (h: HighlightRecord) => ({
      docId: h.docId,
      docRev: h.docRev,
      selectors: h.selectors,
      text: tahir.text.slice(h.selectors.position.start, h.selectors.position.end),
      note: h.note,
      tags: h.tags,
      color: h.color,
      createdAt: h.createdAt,
    })
    const byStart = (a: HighlightRecord, b: HighlightRecord) =>
      a.selectors.position.start - b.selectors.position.start
    expect(restored.sort(byStart).map(essence)).toEqual(original.sort(byStart).map(essence))
    expect(added.every((h) => !original.some((o) => o.id === h.id))).toBe(true)

    // Importing the same file again finds every passage there already.
    const again = planAnnotationImport(
      reading.annotations,
      [tahir],
      await highlightsOfDocuments(db, [tahir.meta.id]),
    )
    expect(again.highlights).toEqual([])
    expect(again.duplicates).toHaveLength(original.length)
  })
})
