import { describe, expect, it } from 'vitest'
import { pdfHints } from './pdf-info'

describe('pdfHints', () => {
  it('takes title, authors, date and language from the Info dictionary', () => {
    const hints = pdfHints({
      info: {
        Title: 'Water rights in the delta',
        Author: 'Jane Doe; Omar Said',
        CreationDate: 'D:20230504101500Z',
        Language: 'en-GB',
      },
      xmp: {},
    })
    expect(hints.title).toBe('Water rights in the delta')
    expect(hints.authors).toEqual(['Jane Doe', 'Omar Said'])
    expect(hints.published).toEqual({ year: 2023, month: 5, day: 4, approximate: false })
    expect(hints.publishedText).toBe('D:20230504101500Z')
    expect(hints.language).toBe('en-GB')
  })

  it('falls back to XMP and leaves out a junk title', () => {
    const hints = pdfHints({
      info: { Title: 'Microsoft Word - draft3.docx' },
      xmp: { 'dc:creator': ['Li Wei', 'Ana Ruiz'], 'xmp:createdate': '2020-02-01T00:00:00Z' },
    })
    expect(hints.title).toBeNull()
    expect(hints.authors).toEqual(['Li Wei', 'Ana Ruiz'])
    expect(hints.published).toEqual({ year: 2020, month: 2, day: 1, approximate: false })
  })

  it('says nothing when the file says nothing', () => {
    const hints = pdfHints({ info: {}, xmp: {} })
    expect([hints.title, hints.authors, hints.published]).toEqual([null, [], null])
  })
})
