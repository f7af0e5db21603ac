/**
 * Just enough of the ZIP format to tell a Word file from other bytes and to find one entry
 * in it (docProps/core.xml, which mammoth does not read): the end-of-central-directory
 * record, the central directory, and the local header before the entry's data. Inflating
 * a deflated entry is left to the caller (DecompressionStream in the worker).
 */

/** What a file claiming to be Word is: a ZIP (.docx), an OLE compound file (.doc), other. */
export type WordFileKind = 'zip' | 'ole' | 'other'

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Tells a ZIP (PK\x03\x04) from an old binary Word file (D0 CF 11 E0 A1 B1 1A E1). */
export function sniffWordFile(bytes: Uint8Array): WordFileKind {
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'ole'
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  return zip ? 'zip' : 'other'
}

/** One stored entry: its compression method (0 stored, 8 deflate) and its raw data. */
export interface ZipEntry {
  name: string
  method: number
  data: Uint8Array
  size: number
}

/**
 * Finds an entry by its exact name. Null when the bytes are not a readable ZIP or the
 * entry is not there; ZIP64 archives (over 4 GB, never a Word file here) are not read.
 */
export function findZipEntry(bytes: Uint8Array, name: string): ZipEntry | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndOfCentralDirectory(view)
  if (end < 0) return null
  const count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  for (let index = 0; index < count; index++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) return null
    const method = view.getUint16(offset + 10, true)
    const compressedSize = view.getUint32(offset + 20, true)
    const size = view.getUint32(offset + 24, true)
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const localOffset = view.getUint32(offset + 42, true)
    // Names are compared byte by byte as ASCII: the entries Casefile looks for are ASCII.
    const entryName = String.fromCharCode(...bytes.subarray(offset + 46, offset + 46 + nameLength))
    if (entryName === name)
      return readLocal(bytes, view, localOffset, compressedSize, method, size, name)
    offset += 46 + nameLength + extraLength + commentLength
  }
  return null
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) return offset
  }
  return -1
}

function readLocal(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  compressedSize: number,
  method: number,
  size: number,
  name: string,
): ZipEntry | null {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== 0x04034b50) return null
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true)
  if (start + compressedSize > bytes.length) return null
  return { name, method, data: bytes.subarray(start, start + compressedSize), size }
}
