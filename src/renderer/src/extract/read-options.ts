/** What every format reader may be given besides the file's bytes and name. */
import type { ExtractProgress } from '@shared/import/extracted'

export interface ReadOptions {
  /** Stops the work between pages or chunks; the reader then rejects with an AbortError. */
  signal?: AbortSignal
  onProgress?: ExtractProgress
}

/** Throws the standard AbortError when the analyst has cancelled. */
export function stopIfCancelled(signal: AbortSignal | undefined): void {
  signal?.throwIfAborted()
}
