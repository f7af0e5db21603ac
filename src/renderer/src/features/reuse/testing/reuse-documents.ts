/** Documents for the reuse views' tests: a wire story and a lightly edited rewrite of it. */
import type { DocumentMeta, DocumentModel } from '@shared/corpus/document-model'
import { smallDocument } from '@shared/reuse/testing/small-documents'

/** A document of numbered paragraphs with the details given (the rest left empty). */
export function madeDocument(
  meta: Partial<DocumentMeta> & { id: string },
  ...paragraphs: string[]
): DocumentModel {
  const { blocks, text } = smallDocument(meta.id, ...paragraphs)
  return {
    meta: {
      title: meta.id,
      authors: [],
      outlet: null,
      published: null,
      genre: 'news',
      raw: '',
      authorNote: null,
      ...meta,
    },
    blocks,
    text,
    rev: meta.id,
  }
}

export const WIRE_PASSAGE =
  'Officials said the strike on the border post killed two children and wounded three guards early on Tuesday.'
export const REWRITE_PASSAGE =
  'Officials said the attack on the border post killed two young children and wounded three guards on Tuesday.'

export const WIRE = madeDocument(
  {
    id: 'wire',
    title: 'Border post struck overnight',
    outlet: 'Wire Service',
    published: { year: 2024, month: 1, day: 17, approximate: false, basis: 'stated', note: '' },
  },
  'A first paragraph of the wire story.',
  WIRE_PASSAGE,
)

export const REWRITE = madeDocument(
  {
    id: 'rewrite',
    title: 'Pakistan and Iran: The way forward',
    authors: ['Dr. Imran Tahir'],
    outlet: 'The Daily',
    published: { year: 2024, month: 1, day: 19, approximate: false, basis: 'stated', note: '' },
  },
  'An opening paragraph.',
  'Another paragraph of comment.',
  REWRITE_PASSAGE,
)
