import { describe, expect, it } from 'vitest'
import { decodeXmlText, docxHints, parseCoreProperties } from './docx-core-properties'

const CORE =
  '<cp:coreProperties xmlns:cp="x" xmlns:dc="y" xmlns:dcterms="z">' +
  '<dc:title>Grain &amp; ports</dc:title><dc:creator>Ana Ruiz; Li Wei</dc:creator>' +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2022-11-30T08:00:00Z</dcterms:created>' +
  '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-01-15T17:45:00Z</dcterms:modified>' +
  '<dc:language>en-GB</dc:language></cp:coreProperties>'

describe('parseCoreProperties', () => {
  it('reads title, creator, dates and language, entities decoded', () => {
    expect(parseCoreProperties(CORE)).toEqual({
      title: 'Grain & ports',
      creator: 'Ana Ruiz; Li Wei',
      created: '2022-11-30T08:00:00Z',
      modified: '2023-01-15T17:45:00Z',
      language: 'en-GB',
    })
  })

  it('gives nulls for what is missing or empty', () => {
    expect(
      parseCoreProperties('<cp:coreProperties><dc:title> </dc:title></cp:coreProperties>'),
    ).toEqual({
      title: null,
      creator: null,
      created: null,
      modified: null,
      language: null,
    })
  })
})

describe('decodeXmlText', () => {
  it('decodes named and numeric references', () => {
    expect(decodeXmlText('a &lt;b&gt; &#233;t&#xE9; &quot;q&quot; &bogus;')).toBe(
      'a <b> été "q" &bogus;',
    )
  })
})

describe('docxHints', () => {
  it('turns core properties into hints, the created date first', () => {
    const hints = docxHints(parseCoreProperties(CORE))
    expect(hints.title).toBe('Grain & ports')
    expect(hints.authors).toEqual(['Ana Ruiz', 'Li Wei'])
    expect(hints.published).toEqual({ year: 2022, month: 11, day: 30, approximate: false })
    expect(hints.language).toBe('en-GB')
  })

  it('leaves out a junk title and a placeholder author, falling back to the modified date', () => {
    const hints = docxHints({
      title: 'Doc1',
      creator: 'Administrator',
      created: null,
      modified: '2021-03-02T00:00:00Z',
      language: null,
    })
    expect([hints.title, hints.authors, hints.published?.year]).toEqual([null, [], 2021])
  })
})
