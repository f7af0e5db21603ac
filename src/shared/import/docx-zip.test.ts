import { describe, expect, it } from 'vitest'
import { findZipEntry, sniffWordFile } from './docx-zip'

/** A one-entry stored (uncompressed) ZIP, built by hand. */
function storedZip(name: string, content: string): Uint8Array {
  const nameBytes = [...name].map((char) => char.charCodeAt(0))
  const data = [...content].map((char) => char.charCodeAt(0))
  const u16 = (value: number) => [value & 0xff, value >> 8]
  const u32 = (value: number) => [...u16(value & 0xffff), ...u16(value >>> 16)]
  const local = [...u32(0x04034b50), ...u16(20), 0, 0, 0, 0, 0, 0, 0, 0, ...u32(0)]
  local.push(...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0))
  local.push(...nameBytes, ...data)
  const central = [...u32(0x02014b50), ...u16(20), ...u16(20), 0, 0, 0, 0, 0, 0, 0, 0, ...u32(0)]
  central.push(...u32(data.length), ...u32(data.length), ...u16(nameBytes.length))
  central.push(...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...nameBytes)
  const end = [...u32(0x06054b50), 0, 0, 0, 0, ...u16(1), ...u16(1)]
  end.push(...u32(central.length), ...u32(local.length), ...u16(0))
  return new Uint8Array([...local, ...central, ...end])
}

describe('sniffWordFile', () => {
  it('tells a zip, an old .doc and anything else apart', () => {
    expect(sniffWordFile(storedZip('a', 'b'))).toBe('zip')
    expect(sniffWordFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'ole',
    )
    expect(sniffWordFile(new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toBe('other')
  })
})

describe('findZipEntry', () => {
  it('finds a stored entry and its data', () => {
    const entry = findZipEntry(storedZip('docProps/core.xml', '<x/>'), 'docProps/core.xml')
    expect(entry?.method).toBe(0)
    expect(String.fromCharCode(...entry!.data)).toBe('<x/>')
  })

  it('gives null for a missing entry and for bytes that are not a zip', () => {
    expect(findZipEntry(storedZip('a.xml', 'b'), 'word/document.xml')).toBeNull()
    expect(findZipEntry(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.xml')).toBeNull()
  })
})
