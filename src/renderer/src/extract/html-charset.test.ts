import { describe, expect, it } from 'vitest'
import { declaredCharset, decodeHtml, encodingDisplayName } from './html-charset'

const ascii = (text: string) => new TextEncoder().encode(text)
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...ascii(part)] : part)))

describe('declaredCharset', () => {
  it('finds meta charset and http-equiv Content-Type in the first 1024 bytes', () => {
    expect(declaredCharset(ascii('<meta charset="windows-1252">'))).toBe('windows-1252')
    expect(
      declaredCharset(
        ascii('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">'),
      ),
    ).toBe('ISO-8859-1')
    expect(declaredCharset(ascii(`${' '.repeat(1100)}<meta charset="koi8-r">`))).toBeNull()
    expect(declaredCharset(ascii('<!-- <meta charset="koi8-r"> --><p>x</p>'))).toBeNull()
  })
})

describe('decodeHtml', () => {
  it('honours a declared Windows-1252 and says so', () => {
    const decoded = decodeHtml(bytes('<meta charset="windows-1252"><p>', [0x93, 0x80, 0x35, 0x94]))
    expect(decoded.text).toBe('<meta charset="windows-1252"><p>“€5”')
    expect(decoded.encoding).toBe('windows-1252')
    expect(decoded.notice).toBe('Read as Windows-1252, as the page declares.')
  })

  it('reads ISO-8859-1 as Windows-1252, as browsers do', () => {
    const decoded = decodeHtml(bytes('<meta charset=iso-8859-1>', [0x96]))
    expect(decoded.text.endsWith('–')).toBe(true)
  })

  it('lets a byte order mark win over a declaration', () => {
    const decoded = decodeHtml(bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252">é'))
    expect(decoded.text).toBe('<meta charset="windows-1252">é')
    expect(decoded.source).toBe('bom')
    expect(decoded.notice).toBeNull()
  })

  it('reads undeclared valid UTF-8 quietly, and falls back to Windows-1252 otherwise', () => {
    expect(decodeHtml(ascii('<p>Café</p>'))).toMatchObject({ text: '<p>Café</p>', notice: null })
    const legacy = decodeHtml(bytes('<p>Caf', [0xe9], '</p>'))
    expect(legacy.text).toBe('<p>Café</p>')
    expect(legacy.notice).toBe(
      'Read as Windows-1252: the page does not declare its encoding and is not valid UTF-8.',
    )
  })

  it('ignores an unknown label and notes characters it could not read', () => {
    const decoded = decodeHtml(bytes('<meta charset="utf-8"><p>', [0xff], '</p>'))
    expect(decoded.notice).toBe('Some characters could not be read as UTF-8 and show as �.')
    expect(decodeHtml(ascii('<meta charset="nonsense"><p>ok</p>')).source).toBe('valid-utf-8')
  })
})

describe('names', () => {
  it('writes encodings as people do', () => {
    expect(encodingDisplayName('windows-1252')).toBe('Windows-1252')
    expect(encodingDisplayName('iso-8859-2')).toBe('ISO-8859-2')
    expect(encodingDisplayName('shift_jis')).toBe('Shift_JIS')
  })
})
