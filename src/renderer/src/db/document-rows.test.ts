import { assembleDocument } from '@shared/corpus/parse-document'
import type { DocumentMeta } from '@shared/corpus/document-model'
import { describe, expect, it } from 'vitest'
import {
  documentFromRows,
  recordFromRows,
  rowsFromRecord,
  storedDocument,
  StoredDocumentError,
  summaryOfRow,
} from './document-rows'

const meta: DocumentMeta = {
  id: 'doc',
  title: 'Water report',
  authors: ['A. Writer'],
  outlet: null,
  published: null,
  genre: 'report',
  raw: 'report.pdf',
  authorNote: null,
  imported: { format: 'pdf', encoding: null, notices: [] },
}
const doc = assembleDocument(meta, [
  { kind: 'heading', level: 1, text: 'Allocation', marks: [], page: 1 },
  {
    kind: 'paragraph',
    level: 0,
    text: 'The commission met in “January”.',
    marks: [{ kind: 'emphasis', start: 4, end: 14 }],
    page: 2,
  },
])

describe('an imported document stored as two rows', () => {
  it('comes back whole, with the text its blocks make and the sizes the library shows', () => {
    const { row, text } = storedDocument(doc, 5)
    expect(row).toEqual({
      id: 'doc',
      addedAt: 5,
      meta,
      rev: doc.rev,
      wordCount: 6,
      paragraphCount: 1,
    })
    expect(typeof text.blocks).toBe('string')
    expect(documentFromRows(row, text)).toEqual(doc)
    expect(summaryOfRow(row)).toEqual({ meta, rev: doc.rev, wordCount: 6, paragraphCount: 1 })
  })

  it('is a backup record both ways, keyed by the record id', () => {
    const record = { id: 'doc', addedAt: 9, document: doc }
    const { row, text } = rowsFromRecord(record)
    expect(row.id).toBe('doc')
    expect(text.id).toBe('doc')
    expect(recordFromRows(row, text)).toEqual(record)
  })

  it('refuses a text that is missing or of another rev rather than showing the wrong one', () => {
    const { row, text } = storedDocument(doc, 5)
    expect(() => documentFromRows(row, undefined)).toThrow(StoredDocumentError)
    expect(() => documentFromRows(row, { ...text, rev: 'other' })).toThrow(/does not match/)
    // The analyst is told which source, by its title, and where the repair is.
    expect(() => documentFromRows(row, undefined)).toThrow(
      new RegExp(`“${row.meta.title}”.*check at start-up offers a repair`),
    )
  })
})
