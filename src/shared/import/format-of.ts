/**
 * Which reader a file goes to, from its name and its first bytes. The extension says
 * what the analyst expects; the bytes say what the file is. A mismatch that would read a
 * binary file as text (a PDF saved as .txt) or a foreign format (a spreadsheet) is refused
 * here with words that say what to do.
 */
import { ImportRefusal, type ImportFormat } from './extracted'

const BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
}

/** The extensions the Open dialog and the file input offer. */
export const IMPORT_EXTENSIONS = Object.keys(BY_EXTENSION)

/** What the file input's `accept` attribute lists. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.map((extension) => `.${extension}`).join(',')

const SUPPORTED =
  'Casefile imports text (.txt), Markdown (.md), web pages (.html), PDF and Word (.docx) files'

/** Lower-case extension without the dot, or '' when the name has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function startsWith(head: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => head[index] === byte)
}

/** What the first bytes say the file is, when they say it plainly. */
function sniff(head: Uint8Array): 'pdf' | 'zip' | 'ole' | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf' // %PDF-
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip'
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'
  return null
}

/**
 * The reader for a file, or an ImportRefusal naming it. `head` is at least the first
 * 8 bytes (fewer only when the file is shorter).
 */
export function formatOf(fileName: string, head: Uint8Array): ImportFormat {
  const extension = extensionOf(fileName)
  const sniffed = sniff(head)
  if (extension === 'doc' || (sniffed === 'ole' && extension !== 'docx')) {
    throw new ImportRefusal(
      fileName,
      'is an old Word .doc file: open it in Word or LibreOffice, save it as .docx, and import that.',
    )
  }
  const format = BY_EXTENSION[extension]
  if (!format) {
    const what = extension ? `a .${extension} file` : 'a file without an extension'
    throw new ImportRefusal(fileName, `is ${what}. ${SUPPORTED}.`)
  }
  // A real PDF named .txt is still a PDF: read it as what it is.
  if (sniffed === 'pdf' && format !== 'pdf') return 'pdf'
  return format
}
