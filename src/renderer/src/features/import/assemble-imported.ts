/**
 * An imported document's model for adding or re-importing, and the rows it is stored as.
 * A long document (a 300-page PDF, a 5 MB web page) is several megabytes of text, so each
 * pass over it runs in slices (ui/time-slices): the layout, the word count and the stored
 * JSON a run of blocks at a time, and the rev (the SHA-256 of the text) digested by the
 * platform's SubtleCrypto over bytes encoded a slice at a time. The results are the ones
 * layoutDocument, contentRev and storedDocument give.
 */
import type { ExtractedBlock } from '@shared/import/extracted'
import type { Block, DocumentMeta, DocumentModel } from '@shared/corpus/document-model'
import { DocumentLayout } from '@shared/corpus/document-layout'
import { countWords } from '@shared/text/count-words'
import { storedDocument, type StoredDocument } from '../../db/document-rows'
import { yieldEvery } from '../../ui/time-slices'

/** Characters encoded, or blocks serialised, between two looks at the clock. */
const SLICE_CHARS = 128 * 1024
const SLICE_BLOCKS = 256
/** The longest run of work between two yields. */
const BUDGET_MS = 12

type Pause = () => Promise<void>

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** `text`'s UTF-8 bytes, encoded a slice at a time (never splitting a surrogate pair). */
async function utf8InSlices(text: string, pause: Pause): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(text.length * 3)
  const encoder = new TextEncoder()
  let written = 0
  let at = 0
  while (at < text.length) {
    let end = Math.min(text.length, at + SLICE_CHARS)
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
    written += encoder.encodeInto(text.slice(at, end), bytes.subarray(written)).written
    at = end
    await pause()
  }
  return bytes.subarray(0, written)
}

/** The first 16 hex digits of the SHA-256 of `text`'s UTF-8 bytes, as contentRev gives them. */
export async function digestRev(
  text: string,
  pause: Pause = yieldEvery(BUDGET_MS),
): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await utf8InSlices(text, pause))
  return Array.from(new Uint8Array(digest, 0, 8), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')
}

export async function assembleImported(
  meta: DocumentMeta,
  blocks: readonly ExtractedBlock[],
  pause: Pause = yieldEvery(BUDGET_MS),
): Promise<DocumentModel> {
  const layout = new DocumentLayout()
  for (let at = 0; at < blocks.length; at += SLICE_BLOCKS) {
    layout.add(blocks.slice(at, at + SLICE_BLOCKS))
    await pause()
  }
  const laidOut = layout.finish(meta)
  return { ...laidOut, rev: await digestRev(laidOut.text, pause) }
}

/** `blocks` as JSON.stringify writes them, a run of blocks at a time. */
async function blocksJsonInSlices(blocks: readonly Block[], pause: Pause): Promise<string> {
  const parts: string[] = []
  for (let at = 0; at < blocks.length; at += SLICE_BLOCKS) {
    // "[a,b]" without its brackets: the runs join with commas into one array.
    parts.push(JSON.stringify(blocks.slice(at, at + SLICE_BLOCKS)).slice(1, -1))
    await pause()
  }
  return `[${parts.join(',')}]`
}

/** The rows `document` is stored as, made in slices; what storedDocument makes. */
export async function storeImported(
  document: DocumentModel,
  addedAt: number,
  pause: Pause = yieldEvery(BUDGET_MS),
): Promise<StoredDocument> {
  let wordCount = 0
  let paragraphCount = 0
  for (let at = 0; at < document.blocks.length; at += SLICE_BLOCKS) {
    for (const block of document.blocks.slice(at, at + SLICE_BLOCKS)) {
      // Blocks are joined by whitespace, so no word spans two of them.
      wordCount += countWords(block.text)
      if (block.para !== null) paragraphCount++
    }
    await pause()
  }
  const blocksJson = await blocksJsonInSlices(document.blocks, pause)
  const summary = { meta: document.meta, rev: document.rev, wordCount, paragraphCount }
  return storedDocument(document, addedAt, { blocksJson, summary })
}
