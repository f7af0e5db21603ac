/**
 * An imported document's model for adding or re-importing. The layout is cheap; the rev
 * (the SHA-256 of the text) is digested by the platform's SubtleCrypto, natively and
 * asynchronously, because the pure-JavaScript contentRev held the UI thread for over
 * 100 ms on a 300-page PDF. The rev is the same one contentRev gives.
 */
import type { ExtractedBlock } from '@shared/import/extracted'
import type { DocumentMeta, DocumentModel } from '@shared/corpus/document-model'
import { layoutDocument } from '@shared/corpus/parse-document'

/** The first 16 hex digits of the SHA-256 of `text`'s UTF-8 bytes, as contentRev gives them. */
export async function digestRev(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest, 0, 8), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')
}

export async function assembleImported(
  meta: DocumentMeta,
  blocks: readonly ExtractedBlock[],
): Promise<DocumentModel> {
  const layout = layoutDocument(meta, blocks)
  return { ...layout, rev: await digestRev(layout.text) }
}
