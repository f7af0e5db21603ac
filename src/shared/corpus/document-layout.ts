/**
 * Blocks to canonical text: offsets, ¶ numbers and the rev, and the library's summary of a
 * document. Apart from parse-document.ts so that what stores and lists documents (the
 * start-up path) does not load the front-matter and Markdown parsers.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Block, DocumentMeta, DocumentModel, DocumentSummary } from './document-model'
import type { DraftBlock } from './markdown-blocks'
import { countWords } from '../text/count-words'

/** The separator between blocks in canonical text. Changing it changes every rev. */
export const BLOCK_SEPARATOR = '\n\n'

/**
 * Lays blocks out as canonical text, a run of blocks at a time (for a caller that must
 * yield between runs): `add` each, then `finish` gives what {@link layoutDocument} gives.
 */
export class DocumentLayout {
  private readonly blocks: Block[] = []
  private offset = 0
  private para = 0

  add(drafts: readonly (DraftBlock & { page?: number })[]): void {
    for (const draft of drafts) {
      if (this.blocks.length > 0) this.offset += BLOCK_SEPARATOR.length
      const start = this.offset
      this.offset += draft.text.length
      this.blocks.push({
        ...draft,
        start,
        end: this.offset,
        para: draft.kind === 'heading' ? null : ++this.para,
      })
    }
  }

  finish(meta: DocumentMeta): Omit<DocumentModel, 'rev'> {
    const text = this.blocks.map((block) => block.text).join(BLOCK_SEPARATOR)
    return { meta, blocks: this.blocks, text }
  }
}

/**
 * Lays blocks out as canonical text: offsets and ¶ numbers (headings have none), without
 * the rev. Bundled and imported documents go through this one layout.
 */
export function layoutDocument(
  meta: DocumentMeta,
  drafts: readonly (DraftBlock & { page?: number })[],
): Omit<DocumentModel, 'rev'> {
  const layout = new DocumentLayout()
  layout.add(drafts)
  return layout.finish(meta)
}

/** {@link layoutDocument} with the rev of its text ({@link contentRev}). */
export function assembleDocument(
  meta: DocumentMeta,
  drafts: readonly (DraftBlock & { page?: number })[],
): DocumentModel {
  const layout = layoutDocument(meta, drafts)
  return { ...layout, rev: contentRev(layout.text) }
}

/** First 16 hex digits of the SHA-256 of the text's UTF-8 bytes. */
export function contentRev(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16)
}

/** The library's summary of a document: metadata, rev and sizes. */
export function summarizeDocument(doc: DocumentModel): DocumentSummary {
  return {
    meta: doc.meta,
    rev: doc.rev,
    wordCount: countWords(doc.text),
    paragraphCount: doc.blocks.filter((block) => block.para !== null).length,
  }
}
