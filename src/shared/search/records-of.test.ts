import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '../corpus/document-model'
import { assembleDocument } from '../corpus/parse-document'
import {
  briefRecords,
  claimRecords,
  documentRecords,
  eventRecords,
  highlightRecords,
  sourceDetails,
} from './records-of'

function doc(title: string, texts: string[], published: DocumentModel['meta']['published']) {
  return assembleDocument(
    {
      id: 'doc-1',
      title,
      authors: [],
      outlet: null,
      published,
      genre: 'news',
      raw: '',
      authorNote: null,
    },
    texts.map((text, i) => ({
      kind: i === 0 ? ('heading' as const) : ('paragraph' as const),
      level: i === 0 ? 1 : 0,
      text,
      marks: [],
    })),
  )
}

const JANUARY = { year: 2024, month: 1, approximate: false, basis: 'stated' as const, note: '' }

describe('records of the analyst’s data', () => {
  it('makes one passage per block that locates it in the canonical text', () => {
    const model = doc('Strikes', ['Strikes', 'Iran struck Panjgur.', 'Pakistan answered.'], JANUARY)
    const { key, records } = documentRecords(model, 'document')
    expect(key).toBe('document:doc-1')
    expect(records.map((r) => r.id)).toEqual(['doc-1#0', 'doc-1#1', 'doc-1#2'])
    for (const record of records) {
      const start = record.blockStart!
      expect(model.text.slice(start, start + record.text.length)).toBe(record.text)
    }
    expect(records[2]).toMatchObject({ kind: 'passage', docId: 'doc-1', label: 'Strikes' })
    expect(records[1]!.date).toBe(Date.UTC(2024, 0, 1))
  })

  it('changes a document’s fingerprint with its text, title or date, not otherwise', () => {
    const base = documentRecords(doc('A', ['A', 'text'], JANUARY), 'bundled').fingerprint
    expect(documentRecords(doc('A', ['A', 'text'], JANUARY), 'bundled').fingerprint).toBe(base)
    expect(documentRecords(doc('A', ['A', 'other'], JANUARY), 'bundled').fingerprint).not.toBe(base)
    expect(documentRecords(doc('B', ['A', 'text'], JANUARY), 'bundled').fingerprint).not.toBe(base)
    expect(documentRecords(doc('A', ['A', 'text'], null), 'bundled').fingerprint).not.toBe(base)
  })

  it('searches a highlight by quote and note, shown and dated by its source', () => {
    const details = sourceDetails({ title: 'Strikes', published: JANUARY })
    const { records, fingerprint } = highlightRecords(
      {
        id: 'h1',
        docId: 'doc-1',
        selectors: { quote: { exact: 'Iran struck Panjgur.' } },
        note: 'check the date',
        tags: ['strike'],
        updatedAt: 5,
      },
      details,
    )
    expect(records).toEqual([
      {
        id: 'h1',
        kind: 'highlight',
        docId: 'doc-1',
        text: 'Iran struck Panjgur.\n\ncheck the date',
        tags: ['strike'],
        date: Date.UTC(2024, 0, 1),
        label: 'Strikes',
      },
    ])
    const renamed = highlightRecords(
      {
        id: 'h1',
        docId: 'doc-1',
        selectors: { quote: { exact: 'x' } },
        note: '',
        tags: [],
        updatedAt: 5,
      },
      { ...details, title: 'Renamed' },
    )
    expect(renamed.fingerprint).not.toBe(fingerprint)
    expect(renamed.records[0]!.tags).toBeUndefined()
  })

  it('labels claims, events and briefs by their own titles and dates them', () => {
    const claim = claimRecords({
      id: 'c',
      statement: 'Iran struck',
      note: '',
      tags: [],
      updatedAt: 7,
    })
    expect(claim.records[0]).toMatchObject({
      kind: 'claim',
      text: 'Iran struck',
      label: 'Iran struck',
      date: 7,
    })
    const event = eventRecords({
      id: 'e',
      timelineId: 't',
      title: 'Strike',
      note: 'at night',
      tags: ['x'],
      sortKey: 9,
      updatedAt: 1,
    })
    expect(event.records[0]).toMatchObject({
      text: 'Strike\n\nat night',
      date: 9,
      tags: ['x'],
      timelineId: 't',
    })
    const unresolved = eventRecords({
      id: 'e',
      timelineId: 't',
      title: 'Strike',
      note: '',
      tags: [],
      sortKey: Number.MAX_SAFE_INTEGER,
      updatedAt: 1,
    })
    expect(unresolved.records[0]!.date).toBeUndefined()
    const brief = briefRecords({ id: 'b', title: 'Weekly', summary: 'All quiet', updatedAt: 3 })
    expect(brief).toMatchObject({ key: 'brief:b', fingerprint: '3' })
    expect(brief.records[0]).toMatchObject({
      kind: 'brief',
      text: 'Weekly\n\nAll quiet',
      label: 'Weekly',
      date: 3,
    })
  })
})
