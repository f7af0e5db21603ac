/**
 * The two single-byte encodings Casefile decodes itself rather than through TextDecoder:
 * ISO-8859-1 (each byte is its own code point; TextDecoder reads that label as
 * Windows-1252) and Windows-1252 (Node 20's TextDecoder, without full ICU, reads that
 * label as ISO-8859-1). Pure, so every runtime decodes alike.
 */

/**
 * What Windows-1252 puts at bytes 0x80-0x9F (curly quotes, dashes, €, …), per the WHATWG
 * Encoding Standard; the five unassigned bytes keep their Latin-1 control code.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]
const WINDOWS_1252_UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

/** Whether a byte is one Windows-1252 gives a character of its own (0x80-0x9F, assigned). */
export function isWindows1252Character(byte: number): boolean {
  return byte >= 0x80 && byte <= 0x9f && !WINDOWS_1252_UNASSIGNED.has(byte)
}

/** Decodes a single-byte encoding: ISO-8859-1, or with `high` Windows-1252. */
function decodeSingleByte(bytes: Uint8Array, high?: readonly number[]): string {
  const codes = new Uint16Array(bytes.length)
  bytes.forEach((byte, index) => {
    codes[index] = high && byte >= 0x80 && byte <= 0x9f ? (high[byte - 0x80] ?? byte) : byte
  })
  let text = ''
  for (let index = 0; index < codes.length; index += 8192) {
    text += String.fromCharCode(...codes.subarray(index, index + 8192))
  }
  return text
}

/** Decodes ISO-8859-1 (Latin-1) bytes: each byte is the code point of the same number. */
export function decodeLatin1(bytes: Uint8Array): string {
  return decodeSingleByte(bytes)
}

/** Decodes Windows-1252 bytes per the WHATWG Encoding Standard (no byte is an error). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return decodeSingleByte(bytes, WINDOWS_1252_HIGH)
}
