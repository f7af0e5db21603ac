import { describe, expect, it } from 'vitest'
import { isJunkTitle, parseInfoDate, splitAuthors } from './document-hints'

describe('isJunkTitle', () => {
  it.each([
    'Microsoft Word - draft3.docx',
    'untitled',
    'Untitled-1',
    'report_final_v2.pdf',
    'Doc1',
    'PowerPoint Presentation',
    '   ',
    '123',
  ])('leaves out %j', (title) => expect(isJunkTitle(title)).toBe(true))

  it.each(['Annual report on border security 2023', 'Draft law on water rights'])(
    'offers %j',
    (title) => expect(isJunkTitle(title)).toBe(false),
  )
})

describe('splitAuthors', () => {
  it('splits on semicolons and "and", keeps "Last, First" whole, drops placeholders', () => {
    expect(splitAuthors('Jane Doe; Omar Said and Li Wei')).toEqual([
      'Jane Doe',
      'Omar Said',
      'Li Wei',
    ])
    expect(splitAuthors('Doe, Jane')).toEqual(['Doe, Jane'])
    expect(splitAuthors('Administrator')).toEqual([])
    expect(splitAuthors('Ana Ruiz & Ana Ruiz')).toEqual(['Ana Ruiz'])
  })
})

describe('parseInfoDate', () => {
  it('reads PDF dates at the precision they state', () => {
    expect(parseInfoDate("D:20230504101500+02'00'")).toEqual({
      year: 2023,
      month: 5,
      day: 4,
      approximate: false,
    })
    expect(parseInfoDate('D:202305')).toEqual({ year: 2023, month: 5, approximate: false })
    expect(parseInfoDate('D:2023')).toEqual({ year: 2023, approximate: false })
    expect(parseInfoDate('20230504')).toEqual({ year: 2023, month: 5, day: 4, approximate: false })
  })

  it('reads ISO dates from XMP and Word', () => {
    expect(parseInfoDate('2021-11-30T23:59:00Z')).toEqual({
      year: 2021,
      month: 11,
      day: 30,
      approximate: false,
    })
    expect(parseInfoDate('2021-11')).toEqual({ year: 2021, month: 11, approximate: false })
  })

  it('refuses impossible and zero dates', () => {
    expect(parseInfoDate('D:20230231')).toBeNull()
    expect(parseInfoDate('D:16010101000000Z')).toBeNull()
    expect(parseInfoDate('yesterday')).toBeNull()
  })
})
