/**
 * The bytes of a text file (.txt, .md) as text: which encoding it is in, refused when it
 * is not text at all. Runs in the import worker (TextDecoder, no DOM).
 */
import { IMPORT_TOO_LARGE_REASON, ImportRefusal, MAX_IMPORT_BYTES } from '@shared/import/extracted'
import { decodeLatin1, decodeWindows1252, isWindows1252Character } from '@shared/import/single-byte'
import { stopIfCancelled, type ReadOptions } from './read-options'

/** The encodings Casefile reads text files in, named as the analyst sees them. */
export type TextEncodingName =
  'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252' | 'ISO-8859-1 (Latin-1)'

/** A decoded text file: `notice` says how it was read when that was not plain UTF-8. */
export interface DecodedText {
  /** The text in NFC, line endings as `\n`, without a byte-order mark. */
  text: string
  encoding: TextEncodingName
  notice: string | null
}

/** Known signatures of files that are not text, with what to tell the analyst. */
const SIGNATURES: { bytes: number[]; what: string; advice: string }[] = [
  {
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d],
    what: 'a PDF file',
    advice: 'give it the .pdf extension and import it again',
  },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (a Word .docx file is one)',
    advice: 'if it is a Word document, give it the .docx extension and import it again',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Word (.doc) or Office file',
    advice: 'save it as .docx or PDF in Word and import that',
  },
  {
    bytes: [0x89, 0x50, 0x4e, 0x47],
    what: 'a PNG image',
    advice: 'Casefile imports the text of documents, not pictures',
  },
  {
    bytes: [0xff, 0xd8, 0xff],
    what: 'a JPEG image',
    advice: 'Casefile imports the text of documents, not pictures',
  },
  {
    bytes: [0x47, 0x49, 0x46, 0x38],
    what: 'a GIF image',
    advice: 'Casefile imports the text of documents, not pictures',
  },
  {
    bytes: [0x1f, 0x8b],
    what: 'a compressed (gzip) file',
    advice: 'unpack it first and import the file inside',
  },
]

/** Control characters that do not occur in text (NUL aside, which alone is enough). */
// eslint-disable-next-line no-control-regex
const STRAY_CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f]/g

/** Share of stray control characters above which a file is binary, not text with a few slips. */
const MAX_CONTROL_SHARE = 0.05

/** How many bytes the UTF-16 guess and the binary test look at. */
const SAMPLE = 64 * 1024

/** "73.2 MB": rounded up, so a file just over the cap never reads as equal to it. */

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte)
}

/** UTF-16 without a byte-order mark, only when every other byte is zero (ASCII-range text). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE) & ~1
  if (length < 4 || bytes.length % 2 !== 0) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1
    if (bytes[index + 1] === 0) oddZeros += 1
  }
  const pairs = length / 2
  if (oddZeros >= pairs * 0.7 && evenZeros === 0) return 'utf-16le'
  if (evenZeros >= pairs * 0.7 && oddZeros === 0) return 'utf-16be'
  return null
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Decodes with U+FFFD for what does not decode, and says so. */
function decodeLoosely(
  label: string,
  bytes: Uint8Array,
  encoding: TextEncodingName,
  notice: string | null,
): { raw: string; encoding: TextEncodingName; notice: string | null } {
  const strict = tryDecode(label, bytes)
  if (strict !== null) return { raw: strict, encoding, notice }
  const raw = new TextDecoder(label).decode(bytes)
  const replaced = `Some bytes were not valid ${encoding} and show as �.`
  return { raw, encoding, notice: notice ? `${notice} ${replaced}` : replaced }
}

function pickEncoding(bytes: Uint8Array): {
  raw: string
  encoding: TextEncodingName
  notice: string | null
} {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeLoosely('utf-8', bytes, 'UTF-8', null)
  if (startsWith(bytes, [0xff, 0xfe])) {
    return decodeLoosely('utf-16le', bytes, 'UTF-16 LE', 'Read as UTF-16 (little-endian).')
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return decodeLoosely('utf-16be', bytes, 'UTF-16 BE', 'Read as UTF-16 (big-endian).')
  }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) {
    const utf16Text = tryDecode(utf16, bytes)
    if (utf16Text !== null) {
      const endian = utf16 === 'utf-16le' ? 'little-endian' : 'big-endian'
      return {
        raw: utf16Text,
        encoding: utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE',
        notice: `Read as UTF-16 (${endian}): the file has no byte-order mark, but its bytes are unmistakable.`,
      }
    }
  }
  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== null) return { raw: utf8, encoding: 'UTF-8', notice: null }
  if (bytes.some(isWindows1252Character)) {
    return {
      raw: decodeWindows1252(bytes),
      encoding: 'Windows-1252',
      notice: 'Read as Windows-1252 (the file is not UTF-8).',
    }
  }
  return {
    raw: decodeLatin1(bytes),
    encoding: 'ISO-8859-1 (Latin-1)',
    notice: 'Read as ISO-8859-1, Latin-1 (the file is not UTF-8).',
  }
}

/**
 * Decodes a text file's bytes. Tries, in order: a byte-order mark (UTF-8, UTF-16 LE or
 * BE); UTF-16 without one when every other byte is zero; UTF-8 (checked strictly); then
 * Windows-1252 when bytes 0x80-0x9F name its characters (curly quotes, dashes, €), else
 * ISO-8859-1. Line endings become `\n`, the text NFC.
 *
 * Throws ImportRefusal, naming the file, for a file over MAX_IMPORT_BYTES (in the words
 * every reader uses, IMPORT_TOO_LARGE_REASON), an empty or blank file, a known binary format
 * (PDF, ZIP/.docx, old .doc, PNG, JPEG, GIF, gzip: "looks like a PDF file, not text: …"),
 * and anything else holding NUL bytes or many control characters.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportRefusal(fileName, IMPORT_TOO_LARGE_REASON)
  }
  if (bytes.length === 0) throw new ImportRefusal(fileName, 'is empty: it has no text to import.')
  const signature = SIGNATURES.find((known) => startsWith(bytes, known.bytes))
  if (signature) {
    throw new ImportRefusal(
      fileName,
      `looks like ${signature.what}, not text: ${signature.advice}.`,
    )
  }
  const { raw, encoding, notice } = pickEncoding(bytes)
  const sample = raw.slice(0, SAMPLE)
  const controls = sample.match(STRAY_CONTROL)?.length ?? 0
  if (sample.includes('\u0000') || controls > sample.length * MAX_CONTROL_SHARE) {
    throw new ImportRefusal(
      fileName,
      'does not look like text: it holds binary data. If it is a PDF or Word file, give it the .pdf or .docx extension and import it again.',
    )
  }
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
  if (text.trim() === '') {
    throw new ImportRefusal(fileName, 'holds only blank space: it has no text to import.')
  }
  return { text, encoding, notice }
}

/** A text reader's first step: stops if the analyst has cancelled, then `decodeText`. */
export function decodeTextFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions,
): DecodedText {
  stopIfCancelled(options.signal)
  return decodeText(bytes, fileName)
}
