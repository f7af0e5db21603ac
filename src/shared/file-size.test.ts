import { describe, expect, it } from 'vitest'
import { fileSizeText, megabytes, textOverCap, utf8ByteLength } from './file-size'

const encoder = new TextEncoder()

describe('utf8ByteLength', () => {
  it('counts as TextEncoder writes, lone surrogates included', () => {
    for (const text of [
      '',
      'abc',
      'é',
      '€',
      '😀',
      'a\uD800b',
      '\uDC00',
      'x\uD83D',
      '\uD83D\uD83D\uDE00',
    ]) {
      expect(utf8ByteLength(text), JSON.stringify(text)).toBe(encoder.encode(text).length)
    }
  })
})

describe('textOverCap', () => {
  it('measures bytes, not characters', () => {
    expect(textOverCap('aaaa', 4)).toBe(false)
    expect(textOverCap('aaaaa', 4)).toBe(true)
    expect(textOverCap('éé', 4)).toBe(false)
    expect(textOverCap('ééa', 4)).toBe(true)
    expect(textOverCap('€', 2)).toBe(true)
  })
})

describe('megabytes', () => {
  it('reads as people read sizes', () => {
    expect(megabytes(256 * 1024 * 1024)).toBe('256 MB')
    expect(megabytes(1.25 * 1024 * 1024)).toBe('1.3 MB')
    expect(fileSizeText(200)).toBe('1 KB')
    expect(fileSizeText(840 * 1024)).toBe('840 KB')
    expect(fileSizeText(3 * 1024 * 1024)).toBe('3 MB')
  })
})
