import { describe, expect, it } from 'vitest'
import { extensionOf, formatOf } from './format-of'

const bytes = (...values: number[]) => Uint8Array.from(values)
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37)
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0)
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)
const TEXT = new TextEncoder().encode('Iran and')

describe('which reader a file goes to', () => {
  it('follows the extension, in any case', () => {
    expect(formatOf('Notes.TXT', TEXT)).toBe('text')
    expect(formatOf('brief.markdown', TEXT)).toBe('markdown')
    expect(formatOf('dawn article.htm', TEXT)).toBe('html')
    expect(formatOf('report.pdf', PDF)).toBe('pdf')
    expect(formatOf('memo.docx', ZIP)).toBe('docx')
    expect(extensionOf('C:\\a.b\\file')).toBe('')
    expect(extensionOf('.bashrc')).toBe('')
  })

  it('reads a PDF saved under another name as the PDF it is', () => {
    expect(formatOf('report.txt', PDF)).toBe('pdf')
  })

  it('refuses what it cannot read, saying what it can', () => {
    expect(() => formatOf('budget.xlsx', ZIP)).toThrow(
      'budget.xlsx is a .xlsx file. Casefile imports text (.txt), Markdown (.md), web pages (.html), PDF and Word (.docx) files.',
    )
    expect(() => formatOf('README', TEXT)).toThrow(/is a file without an extension/)
    expect(() => formatOf('old.doc', OLE)).toThrow(/old Word \.doc file: .*save it as \.docx/)
    expect(() => formatOf('mislabelled.txt', OLE)).toThrow(/old Word \.doc/)
  })
})
