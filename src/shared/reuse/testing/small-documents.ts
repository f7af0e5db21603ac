/**
 * Small documents for the reuse tests: paragraphs joined as the canonical text joins blocks
 * ("\n\n"), each a numbered paragraph block.
 */
import type { Block } from '../../corpus/document-model'
import type { QuoteSource } from '../quotes'

/** A document of plain paragraphs, numbered ¶1, ¶2, ... */
export function smallDocument(id: string, ...paragraphs: string[]): QuoteSource {
  const blocks: Block[] = []
  let at = 0
  paragraphs.forEach((text, i) => {
    blocks.push({
      kind: 'paragraph',
      level: 0,
      text,
      start: at,
      end: at + text.length,
      para: i + 1,
      marks: [],
    })
    at += text.length + 2
  })
  return { meta: { id }, blocks, text: paragraphs.join('\n\n') }
}
