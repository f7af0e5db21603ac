/**
 * What every format reader may be given besides the file's bytes and name, and the steps
 * the readers share at their start and end.
 */
import {
  IMPORT_TOO_LARGE_REASON,
  ImportRefusal,
  MAX_IMPORT_BYTES,
  type ExtractedDocument,
  type ExtractProgress,
} from '@shared/import/extracted'

export interface ReadOptions {
  /** Stops the work between pages or chunks; the reader then rejects with an AbortError. */
  signal?: AbortSignal
  onProgress?: ExtractProgress
}

/** Throws the standard AbortError when the analyst has cancelled. */
export function stopIfCancelled(signal: AbortSignal | undefined): void {
  signal?.throwIfAborted()
}

/**
 * A binary reader's first step: stops if the analyst has cancelled, and refuses (an
 * ImportRefusal naming the file) a file over MAX_IMPORT_BYTES before a byte is read.
 */
export function startReading(bytes: Uint8Array, fileName: string, options: ReadOptions): void {
  stopIfCancelled(options.signal)
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportRefusal(fileName, IMPORT_TOO_LARGE_REASON)
  }
}

/**
 * A reader's last step: stops if the analyst has cancelled, reports the last of `steps`
 * steps done, and hands back the document.
 */
export function finishReading(
  document: ExtractedDocument,
  options: ReadOptions,
  steps = 1,
): ExtractedDocument {
  stopIfCancelled(options.signal)
  options.onProgress?.(steps, steps)
  return document
}
