import { describe, expect, it } from 'vitest'
import { decodeLatin1, decodeWindows1252, isWindows1252Character } from './single-byte'

const all = (from: number, to: number): Uint8Array =>
  Uint8Array.from({ length: to - from + 1 }, (_, index) => from + index)

describe('decodeWindows1252', () => {
  it('maps every byte 0x80-0x9F as the WHATWG decoder does, unassigned ones as C1 controls', () => {
    expect(decodeWindows1252(all(0x80, 0x9f))).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
    )
    expect(decodeWindows1252(new Uint8Array([0x81, 0x41]))).toBe('\u0081A')
  })

  it('reads ASCII and the Latin-1 upper half as themselves, however long the input', () => {
    expect(decodeWindows1252(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe('Café')
    const long = new Uint8Array(20000).fill(0x93)
    expect(decodeWindows1252(long)).toBe('“'.repeat(20000))
  })
})

describe('decodeLatin1', () => {
  it('reads each byte as the code point of the same number', () => {
    expect(decodeLatin1(all(0x80, 0x9f))).toBe(String.fromCharCode(...all(0x80, 0x9f)))
    expect(decodeLatin1(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe('Café')
    expect(decodeLatin1(new Uint8Array(20000).fill(0xe9))).toBe('é'.repeat(20000))
  })
})

describe('isWindows1252Character', () => {
  it('is true only for the assigned bytes 0x80-0x9F', () => {
    expect(isWindows1252Character(0x93)).toBe(true)
    expect(isWindows1252Character(0x80)).toBe(true)
    expect(isWindows1252Character(0x81)).toBe(false)
    expect(isWindows1252Character(0x9d)).toBe(false)
    expect(isWindows1252Character(0x7f)).toBe(false)
    expect(isWindows1252Character(0xa0)).toBe(false)
  })
})
