import { assembleDocument, contentRev } from '@shared/corpus/parse-document'
import type { DocumentMeta } from '@shared/corpus/document-model'
import type { ExtractedBlock } from '@shared/import/extracted'
import { describe, expect, it } from 'vitest'
import { storedDocument } from '../../db/document-rows'
import { assembleImported, digestRev, storeImported } from './assemble-imported'

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
      // A surrogate pair across the edge of the 128 Ki-character slices it is encoded in.
      `${'a'.repeat(128 * 1024 - 1)}🇵🇰${'b'.repeat(128 * 1024)}`,
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

describe('a long document, in slices', () => {
  it('is laid out, digested and stored as assembleDocument and storedDocument make it', async () => {
    const blocks: ExtractedBlock[] = Array.from({ length: 700 }, (_, i) => ({
      kind: i % 50 === 0 ? ('heading' as const) : ('paragraph' as const),
      level: i % 50 === 0 ? 2 : 0,
      text: `Paragraph ${i} says “something” about the crossing at Taftan.`,
      marks: [],
      page: 1 + Math.floor(i / 10),
    }))
    let pauses = 0
    const pause = async () => {
      pauses++
    }
    const document = await assembleImported(meta, blocks, pause)
    expect(document).toEqual(assembleDocument(meta, blocks))
    // Laid out in three runs of up to 256 blocks; its 43 kB of text encoded in one slice.
    expect(pauses).toBe(4)
    pauses = 0
    const stored = await storeImported(document, 3, pause)
    expect(stored).toEqual(storedDocument(document, 3))
    // Counted and serialised in runs of 256 blocks: three of each.
    expect(pauses).toBe(6)
  })
})
