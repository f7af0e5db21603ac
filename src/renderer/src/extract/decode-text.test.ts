import { ImportRefusal, MAX_IMPORT_BYTES } from '@shared/import/extracted'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text'
import { loadFixture } from './testing/load-fixture'

const ARTICLE_START = 'Pakistan recalls ambassador after Iranian strike\n\nISLAMABAD — Pakistan'

function refusal(bytes: Uint8Array, fileName: string): string {
  try {
    decodeText(bytes, fileName)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefusal)
    return (error as ImportRefusal).message
  }
  throw new Error(`${fileName} was not refused`)
}

describe('decodeText: encodings', () => {
  it('reads UTF-8 with no notice', () => {
    const decoded = decodeText(loadFixture('text-utf8.txt'), 'text-utf8.txt')
    expect(decoded.encoding).toBe('UTF-8')
    expect(decoded.notice).toBeNull()
    expect(decoded.text.startsWith('Iran and Pakistan trade strikes')).toBe(true)
  })

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const decoded = decodeText(loadFixture('text-utf8-bom.txt'), 'a.txt')
    expect(decoded).toMatchObject({ encoding: 'UTF-8', notice: null })
    expect(decoded.text.startsWith(ARTICLE_START)).toBe(true)
  })

  it('reads UTF-16 little- and big-endian from the byte-order mark, and says so', () => {
    const le = decodeText(loadFixture('text-utf16le-bom.txt'), 'le.txt')
    expect(le.encoding).toBe('UTF-16 LE')
    expect(le.notice).toBe('Read as UTF-16 (little-endian).')
    expect(le.text.startsWith(ARTICLE_START)).toBe(true)
    const be = decodeText(loadFixture('text-utf16be-bom.txt'), 'be.txt')
    expect(be.encoding).toBe('UTF-16 BE')
    expect(be.notice).toBe('Read as UTF-16 (big-endian).')
    expect(be.text).toBe(le.text)
  })

  it('reads UTF-16 without a byte-order mark when every other byte is zero', () => {
    const decoded = decodeText(loadFixture('text-utf16le-no-bom.txt'), 'nobom.txt')
    expect(decoded.encoding).toBe('UTF-16 LE')
    expect(decoded.notice).toMatch(
      /^Read as UTF-16 \(little-endian\): the file has no byte-order mark/,
    )
    expect(decoded.text).toContain('near Panjgur')
  })

  it('reads Windows-1252 when its punctuation is there: curly quotes, dashes, euro', () => {
    const decoded = decodeText(loadFixture('text-windows-1252.txt'), 'statement.txt')
    expect(decoded.encoding).toBe('Windows-1252')
    expect(decoded.notice).toBe('Read as Windows-1252 (the file is not UTF-8).')
    expect(decoded.text).toContain('Iran’s strike “sends the wrong signal”')
    expect(decoded.text).toContain('Tehran — Iran’s')
    expect(decoded.text).toContain('officers…')
    expect(decoded.text).toContain('€1.10 a litre')
  })

  it('maps every byte 0x80-0x9F as Windows-1252 does', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index)
    expect(decodeText(bytes, 'all.txt').text).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
    )
  })

  it('reads Latin-1 when the file is not UTF-8 and has no Windows-1252 punctuation', () => {
    const decoded = decodeText(loadFixture('text-latin1.txt'), 'communique.txt')
    expect(decoded.encoding).toBe('ISO-8859-1 (Latin-1)')
    expect(decoded.notice).toBe('Read as ISO-8859-1, Latin-1 (the file is not UTF-8).')
    expect(decoded.text).toContain('réunis à Zürich')
    expect(decoded.text).toContain('(Straße, Grüße)')
  })

  it('makes CRLF and CR line endings LF', () => {
    const decoded = decodeText(loadFixture('text-crlf.txt'), 'crlf.txt')
    expect(decoded.text).not.toContain('\r')
    expect(decoded.text.startsWith(ARTICLE_START)).toBe(true)
    expect(decodeText(new TextEncoder().encode('one\rtwo\r\n'), 'cr.txt').text).toBe('one\ntwo\n')
  })

  it('composes the text to NFC', () => {
    const decoded = decodeText(new TextEncoder().encode('Pe\u0301shawar'), 'nfd.txt')
    expect(decoded.text).toBe('Péshawar')
  })

  it('marks bytes a byte-order mark promised but that do not decode', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42])
    const decoded = decodeText(bytes, 'bad.txt')
    expect(decoded.text).toBe('A\ufffdB')
    expect(decoded.notice).toBe('Some bytes were not valid UTF-8 and show as �.')
  })
})

describe('decodeText: what it refuses', () => {
  it('an empty file', () => {
    expect(refusal(loadFixture('text-empty.txt'), 'notes.txt')).toBe(
      'notes.txt is empty: it has no text to import.',
    )
  })

  it('a file with only blank space', () => {
    expect(refusal(loadFixture('text-blank.txt'), 'blank.txt')).toBe(
      'blank.txt holds only blank space: it has no text to import.',
    )
  })

  it('a binary file with a text extension', () => {
    expect(refusal(loadFixture('text-binary.txt'), 'data.txt')).toBe(
      'data.txt does not look like text: it holds binary data. If it is a PDF or Word file, give it the .pdf or .docx extension and import it again.',
    )
  })

  it('a PDF, ZIP, Word, image or gzip file named as text, saying what it looks like', () => {
    expect(refusal(loadFixture('text-really-a-pdf.txt'), 'report.txt')).toBe(
      'report.txt looks like a PDF file, not text: give it the .pdf extension and import it again.',
    )
    const of = (...bytes: number[]): Uint8Array => Uint8Array.from([...bytes, 0, 0, 0, 0])
    expect(refusal(of(0x50, 0x4b, 0x03, 0x04), 'memo.txt')).toBe(
      'memo.txt looks like a ZIP archive (a Word .docx file is one), not text: if it is a Word document, give it the .docx extension and import it again.',
    )
    expect(refusal(of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'old.md')).toMatch(
      /^old\.md looks like an old Word \(\.doc\) or Office file, not text/,
    )
    expect(refusal(of(0x89, 0x50, 0x4e, 0x47), 'map.txt')).toMatch(
      /^map\.txt looks like a PNG image/,
    )
    expect(refusal(of(0xff, 0xd8, 0xff, 0xe0), 'photo.txt')).toMatch(/looks like a JPEG image/)
    expect(refusal(of(0x47, 0x49, 0x46, 0x38, 0x39, 0x61), 'a.txt')).toMatch(
      /looks like a GIF image/,
    )
    expect(refusal(of(0x1f, 0x8b, 0x08), 'a.txt.txt')).toMatch(
      /looks like a compressed \(gzip\) file/,
    )
  })

  it('text with many control characters, but not a few stray ones', () => {
    const noisy = Uint8Array.from({ length: 200 }, (_, index) => (index % 4 === 0 ? 0x01 : 0x61))
    expect(refusal(noisy, 'noisy.txt')).toMatch(/^noisy\.txt does not look like text/)
    const stray = new TextEncoder().encode(`${'Baloch '.repeat(40)}\u0007 end`)
    expect(decodeText(stray, 'bell.txt').text).toContain('\u0007 end')
  })

  it('a file over the size limit, before reading it', () => {
    const big = new Uint8Array(Math.round(73.2 * 1024 * 1024))
    expect(refusal(big, 'archive.txt')).toBe(
      'archive.txt is larger than the 50 MB Casefile imports.',
    )
    expect(refusal(new Uint8Array(MAX_IMPORT_BYTES + 1), 'edge.txt')).toBe(
      'edge.txt is larger than the 50 MB Casefile imports.',
    )
    // A file of exactly the limit is read.
    const atCap = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)
    expect(decodeText(atCap, 'at-cap.txt').text).toHaveLength(MAX_IMPORT_BYTES)
  })
})
