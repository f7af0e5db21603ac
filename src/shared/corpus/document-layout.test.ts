import { describe, expect, it } from 'vitest'
import type { DocumentMeta } from './document-model'
import {
  assembleDocument,
  BLOCK_SEPARATOR,
  DocumentLayout,
  layoutDocument,
  summarizeDocument,
} from './document-layout'
import type { DraftBlock } from './markdown-blocks'

const META: DocumentMeta = {
  id: 'note',
  title: 'Note',
  authors: [],
  outlet: null,
  published: null,
  genre: 'note',
  raw: 'note.txt',
  authorNote: null,
}

const DRAFTS: DraftBlock[] = [
  { kind: 'heading', level: 1, text: 'Title', marks: [] },
  { kind: 'paragraph', level: 0, text: 'First one.', marks: [] },
  { kind: 'listItem', level: 0, text: 'Second, a list item.', marks: [] },
]

describe('layoutDocument', () => {
  it('joins the blocks with a blank line, with offsets and ¶ numbers (not for headings)', () => {
    const { text, blocks } = layoutDocument(META, DRAFTS)
    expect(BLOCK_SEPARATOR).toBe('\n\n')
    expect(text).toBe('Title\n\nFirst one.\n\nSecond, a list item.')
    expect(blocks.map((b) => [b.start, b.end, b.para])).toEqual([
      [0, 5, null],
      [7, 17, 1],
      [19, 39, 2],
    ])
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text)
  })

  it('lays out the same document when given the blocks a run at a time', () => {
    const layout = new DocumentLayout()
    layout.add(DRAFTS.slice(0, 1))
    layout.add([])
    layout.add(DRAFTS.slice(1))
    expect(layout.finish(META)).toEqual(layoutDocument(META, DRAFTS))
  })
})

describe('assembleDocument and summarizeDocument', () => {
  it('gives a rev that changes with any change to the text, and the library summary', () => {
    const doc = assembleDocument(META, DRAFTS)
    expect(doc.rev).toMatch(/^[0-9a-f]{16}$/)
    const edited = assembleDocument(META, [...DRAFTS.slice(0, 2), { ...DRAFTS[2]!, text: 'X' }])
    expect(edited.rev).not.toBe(doc.rev)
    expect(assembleDocument({ ...META, title: 'Renamed' }, DRAFTS).rev).toBe(doc.rev)
    expect(summarizeDocument(doc)).toEqual({
      meta: META,
      rev: doc.rev,
      wordCount: 7,
      paragraphCount: 2,
    })
  })
})
