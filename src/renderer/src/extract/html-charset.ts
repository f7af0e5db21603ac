/**
 * Decodes a saved web page's bytes the way a browser would, in short: a byte order mark
 * first, then a charset declared by `<meta>` in the first 1024 bytes, then UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252 (what browsers assume for undeclared Western
 * pages).
 */
import { decodeLatin1, decodeWindows1252 } from '@shared/import/single-byte'

/** Where the encoding came from. */
export type CharsetSource = 'bom' | 'meta' | 'valid-utf-8' | 'fallback'

/** A page's text and how it was read; `notice` is for the analyst, null when unremarkable. */
export interface DecodedHtml {
  text: string
  /** The WHATWG encoding name TextDecoder used: "utf-8", "windows-1252", "shift_jis". */
  encoding: string
  source: CharsetSource
  notice: string | null
}

const PRESCAN_BYTES = 1024
const META_CHARSET =
  /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)|<meta\b[^>]*?\bcontent\s*=\s*["'][^"']*?\bcharset\s*=\s*([a-z0-9_.:-]+)/i

/** The charset label a `<meta>` in the first 1024 bytes declares, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeLatin1(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '')
  const match = META_CHARSET.exec(head)
  return match ? (match[1] ?? match[2] ?? null) : null
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  return null
}

/** A TextDecoder for a label, with the WHATWG rules for meta: UTF-16 means UTF-8. */
function decoderFor(label: string): TextDecoder | null {
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase())
    if (decoder.encoding === 'utf-16le' || decoder.encoding === 'utf-16be') {
      return new TextDecoder('utf-8')
    }
    if (decoder.encoding === 'x-user-defined') return new TextDecoder('windows-1252')
    return decoder
  } catch {
    return null
  }
}

/** How an encoding is written for people: "UTF-8", "Windows-1252", "ISO-8859-2", "Shift_JIS". */
export function encodingDisplayName(encoding: string): string {
  if (/^windows-/.test(encoding)) return `Windows-${encoding.slice(8)}`
  if (encoding === 'shift_jis') return 'Shift_JIS'
  if (/^(?:utf|iso|koi|gb|euc|big)/.test(encoding)) return encoding.toUpperCase()
  return encoding
}

/**
 * Decodes a page. A declared charset is honoured (a label TextDecoder does not know is
 * ignored); characters that cannot be read become U+FFFD and the notice says so. The
 * notice names any encoding other than UTF-8 and why it was chosen.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes)
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length))
    return finish(text, bom.encoding, 'bom')
  }
  const declared = declaredCharset(bytes)
  const decoder = declared === null ? null : decoderFor(declared)
  if (decoder) return finish(decodeWith(decoder.encoding, bytes), decoder.encoding, 'meta')
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return finish(text, 'utf-8', 'valid-utf-8')
  } catch {
    return finish(decodeWindows1252(bytes), 'windows-1252', 'fallback')
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252'
    ? decodeWindows1252(bytes)
    : new TextDecoder(encoding).decode(bytes)
}

function finish(text: string, encoding: string, source: CharsetSource): DecodedHtml {
  const name = encodingDisplayName(encoding)
  const why: Record<CharsetSource, string> = {
    bom: `Read as ${name} (the file starts with a byte order mark).`,
    meta: `Read as ${name}, as the page declares.`,
    'valid-utf-8': `Read as ${name}.`,
    fallback: `Read as ${name}: the page does not declare its encoding and is not valid UTF-8.`,
  }
  const notices: string[] = []
  if (encoding !== 'utf-8') notices.push(why[source])
  if (text.includes('\uFFFD')) {
    notices.push(`Some characters could not be read as ${name} and show as �.`)
  }
  return { text, encoding, source, notice: notices.length > 0 ? notices.join(' ') : null }
}
