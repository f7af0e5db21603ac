/**
 * The one size cap on a file Casefile writes or reads whole: exports, backups (saved by
 * hand or kept automatically) and restores. One number, so a backup that can be restored
 * can also be saved and kept automatically, and one that was saved can be restored.
 */

/**
 * 256 MiB of UTF-8. Far above any real workspace (50,000 claims back up to ~22 MB), and
 * well below the longest string a JavaScript engine holds, so a runaway file is refused
 * with a message instead of crashing the app half-way.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024

/** The UTF-8 byte length of `text` (a lone surrogate counts as U+FFFD's three bytes). */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4
      index += 1
    } else bytes += 3
  }
  return bytes
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * Whether `text` written as UTF-8 is over `maxBytes`. Every UTF-16 unit is 1 to 3 bytes,
 * so most texts are decided from their length without counting.
 */
export function textOverCap(text: string, maxBytes: number = MAX_FILE_BYTES): boolean {
  if (text.length * 3 <= maxBytes) return false
  if (text.length > maxBytes) return true
  return utf8ByteLength(text) > maxBytes
}

/** "12.5 MB", "256 MB": sizes as people read them (MiB, as file managers count). */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return `${mb.toLocaleString('en', { maximumFractionDigits: mb < 10 ? 1 : 0 })} MB`
}

/** "840 KB" under a megabyte, else as `megabytes`. */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return megabytes(bytes)
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`
}
