// @vitest-environment happy-dom
import type { DocumentModel } from '@shared/corpus/document-model'
import { parseCuratedDocument } from '@shared/corpus/parse-document'
import { toWebAnnotations } from '@shared/exports/web-annotation'
import { DEFAULT_COLOR_NAMES } from '@shared/highlights/colors'
import type { ParsedAnnotation } from '@shared/import/web-annotation-import'
import { beforeEach, describe, expect, it } from 'vitest'
import tahirSource from '../../../../../resources/corpus/pakistan-and-iran-the-way-forward.md?raw'
import hypothesisExport from '../../../../shared/import/fixtures/annotations/hypothesis-export.json?raw'
import { captureSelection } from '@shared/anchoring/describe'
import { addHighlight, allHighlights } from '../../db/highlights'
import { createTestDatabase } from '../../db/test-db'
import { clearUndoHistory, undo } from '../../db/undo-history'
import { currentStatus, dismissStatus } from '../../ui/status'
import {
  addPlannedHighlights,
  planFromLibrary,
  readChosenFile,
  type ChosenFile,
  type ImportLibrary,
} from './annotation-import-actions'

const tahir: DocumentModel = parseCuratedDocument(
  tahirSource,
  'pakistan-and-iran-the-way-forward.md',
)
const other = { id: 'other-doc', title: 'Another article' }

const file = (name: string, text: string, size = text.length): ChosenFile => ({
  name,
  size,
  text: () => Promise.resolve(text),
})

function library(db: ReturnType<typeof createTestDatabase>, failing = false): ImportLibrary {
  return {
    database: db,
    metas: async () => [tahir.meta, other],
    load: (id) =>
      failing || id !== tahir.meta.id ? Promise.reject(new Error('gone')) : Promise.resolve(tahir),
  }
}

async function read(name: string, text: string): Promise<ParsedAnnotation[]> {
  const reading = await readChosenFile(file(name, text))
  if (!reading.ok) throw new Error(reading.problem)
  return reading.annotations
}

/** Casefile's export of highlights on these quotes of Tahir's article. */
function exported(...quotes: { exact: string; note?: string; tags?: string[] }[]): string {
  const highlights = quotes.map((q, i) => {
    const start = tahir.text.indexOf(q.exact)
    const captured = captureSelection(tahir.text, start, start + q.exact.length)
    if (!captured.ok) throw new Error(captured.problem)
    return {
      id: `h${i}`,
      docId: tahir.meta.id,
      docRev: tahir.rev,
      selectors: captured.selectors,
      color: 'green' as const,
      note: q.note ?? '',
      tags: q.tags ?? [],
      createdAt: Date.UTC(2024, 1, 1),
      updatedAt: Date.UTC(2024, 1, 1),
    }
  })
  const collection = toWebAnnotations({
    highlights,
    documents: [tahir.meta],
    colorNames: DEFAULT_COLOR_NAMES,
    generatedAt: new Date(),
    generator: { name: 'Casefile', version: '0.1.0' },
    texts: new Map([[tahir.meta.id, tahir]]),
  })
  return JSON.stringify(collection)
}

const BORDER = 'share a border of over 900 kilometers'
const JAISH = 'Jaish al Adl'

beforeEach(() => {
  clearUndoHistory()
  dismissStatus()
})

describe('reading the chosen file', () => {
  it('refuses text that is not JSON, naming the file', async () => {
    const reading = await readChosenFile(file('notes.json', 'Just some notes.'))
    expect(reading.ok).toBe(false)
    if (!reading.ok) expect(reading.problem).toMatch(/^“notes\.json” is not valid JSON/)
  })

  it('refuses a file over the cap from its size, without reading it', async () => {
    let read = false
    const huge: ChosenFile = {
      name: 'huge.jsonld',
      size: 300 * 1024 * 1024,
      text: () => ((read = true), Promise.resolve('')),
    }
    const reading = await readChosenFile(huge)
    expect(read).toBe(false)
    expect(reading).toMatchObject({ ok: false, problem: expect.stringMatching(/300 MB/) })
  })

  it('says so when the browser cannot read the file', async () => {
    const gone: ChosenFile = { name: 'a.json', size: 10, text: () => Promise.reject(new Error()) }
    expect(await readChosenFile(gone)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^“a\.json” could not be read/),
    })
  })
})

describe('planning against the library', () => {
  it('counts what is new and what is highlighted already, writing nothing', async () => {
    const db = createTestDatabase('plan-existing')
    const start = tahir.text.indexOf(BORDER)
    const captured = captureSelection(tahir.text, start, start + BORDER.length)
    if (!captured.ok) throw new Error(captured.problem)
    await addHighlight(db, {
      docId: tahir.meta.id,
      docRev: tahir.rev,
      selectors: captured.selectors,
      color: 'yellow',
    })
    const annotations = await read('x.jsonld', exported({ exact: BORDER }, { exact: JAISH }))
    const plan = await planFromLibrary(annotations, library(db))
    expect(plan.highlights.map((h) => h.selectors.quote.exact)).toEqual([JAISH])
    expect(plan.duplicates).toHaveLength(1)
    expect(await allHighlights(db)).toHaveLength(1)
  })

  it('lists a source no document matches, and places it once the analyst names one', async () => {
    const db = createTestDatabase('plan-choice')
    const elsewhere = hypothesisExport
      .replaceAll('https://example.org/2024/02/', 'https://mirror.example.net/')
      .replace(/Pakistan and Iran: The way forward/gi, 'A syndicated copy')
    const annotations = await read('hypothesis.json', elsewhere)
    const before = await planFromLibrary(annotations, library(db))
    expect(before.highlights).toEqual([])
    const source = 'https://mirror.example.net/pakistan-and-iran-the-way-forward'
    expect(before.unmatchedSources.map((u) => u.source)).toContain(source)
    const after = await planFromLibrary(annotations, library(db), { [source]: tahir.meta.id })
    expect(after.highlights.length).toBeGreaterThan(0)
    expect(after.highlights.every((h) => h.docId === tahir.meta.id)).toBe(true)
    expect(after.unmatchedSources.map((u) => u.source)).not.toContain(source)
  })

  it('keeps a title two documents share ambiguous, even when one of them is loaded', async () => {
    const db = createTestDatabase('plan-ambiguous')
    const twin = { id: 'twin', title: tahir.meta.title }
    const target = (source: string | null, title: string | null) => ({
      source,
      title,
      state: null,
      quote: { exact: JAISH, prefix: '', suffix: '' },
      position: null,
    })
    const annotation = (index: number, t: ReturnType<typeof target>): ParsedAnnotation => ({
      index,
      id: null,
      label: `“${JAISH}”`,
      problem: null,
      targets: [t],
      note: '',
      tags: [],
      color: null,
      created: null,
    })
    const annotations = [
      annotation(0, target(tahir.meta.id, null)),
      annotation(1, target('https://elsewhere.example/x', tahir.meta.title)),
    ]
    const plan = await planFromLibrary(annotations, {
      ...library(db),
      metas: async () => [tahir.meta, twin],
    })
    expect(plan.highlights.map((h) => h.index)).toEqual([0])
    expect(plan.orphans).toEqual([
      expect.objectContaining({ index: 1, why: expect.stringMatching(/more than one source/) }),
    ])
  })

  it('leaves out a document that cannot be loaded instead of failing', async () => {
    const db = createTestDatabase('plan-unloadable')
    const annotations = await read('x.jsonld', exported({ exact: BORDER }))
    const plan = await planFromLibrary(annotations, library(db, true))
    expect(plan.highlights).toEqual([])
    expect(plan.orphans).toHaveLength(1)
  })
})

describe('adding the planned highlights', () => {
  it('adds them all as one undo step and says so', async () => {
    const db = createTestDatabase('add-all')
    const annotations = await read(
      'mine.jsonld',
      exported({ exact: BORDER, note: 'Check the figure', tags: ['border'] }, { exact: JAISH }),
    )
    const plan = await planFromLibrary(annotations, library(db))
    const result = await addPlannedHighlights(db, plan, 'mine.jsonld')
    expect(result?.added).toHaveLength(2)
    const stored = await allHighlights(db)
    expect(stored.map((h) => [h.selectors.quote.exact, h.note, h.tags, h.color]).sort()).toEqual([
      [JAISH, '', [], 'green'],
      [BORDER, 'Check the figure', ['border'], 'green'],
    ])
    expect(currentStatus()?.text).toBe('Added 2 highlights from “mine.jsonld”. Undo with Ctrl+Z.')
    expect(await undo(db)).toBe('import 2 highlights')
    expect(await allHighlights(db)).toEqual([])
  })

  it('says nothing was added when every passage was highlighted since the plan', async () => {
    const db = createTestDatabase('add-none')
    const annotations = await read('mine.jsonld', exported({ exact: BORDER }))
    const plan = await planFromLibrary(annotations, library(db))
    await addPlannedHighlights(db, plan, 'mine.jsonld')
    const again = await addPlannedHighlights(db, plan, 'mine.jsonld')
    expect(again?.added).toEqual([])
    expect(currentStatus()?.text).toMatch(/^Nothing was added from “mine\.jsonld”/)
    expect(await allHighlights(db)).toHaveLength(1)
  })
})
