import { assembleDocument, contentRev } from '@shared/corpus/parse-document'
import type { DocumentMeta } from '@shared/corpus/document-model'
import type { ExtractedBlock } from '@shared/import/extracted'
import { describe, expect, it } from 'vitest'
import { assembleImported, digestRev } from './assemble-imported'

const meta: DocumentMeta = {
  id: 'doc',
  title: 'Report',
  authors: [],
  outlet: null,
  published: null,
  genre: 'report',
  raw: 'report.pdf',
  authorNote: null,
}

describe('assembleImported', () => {
  it('gives the rev contentRev gives, for any text', async () => {
    for (const text of [
      '',
      'Iran’s strike “sends the wrong signal”',
      'émigré 🇵🇰 \u00a0 x'.repeat(500),
    ]) {
      expect(await digestRev(text)).toBe(contentRev(text))
    }
  })

  it('builds the document assembleDocument builds', async () => {
    const blocks: ExtractedBlock[] = [
      { kind: 'heading', level: 1, text: 'Water allocation', marks: [], page: 1 },
      {
        kind: 'paragraph',
        level: 0,
        text: 'The commission was asked in January.',
        marks: [],
        page: 1,
      },
      {
        kind: 'paragraph',
        level: 0,
        text: 'Allocation has been governed since 1998.',
        marks: [],
        page: 2,
      },
    ]
    expect(await assembleImported(meta, blocks)).toEqual(assembleDocument(meta, blocks))
  })
})
