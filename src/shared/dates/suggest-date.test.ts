/**
 * suggestDate on the bundled corpus: each phrase is taken from a curated article (the test
 * checks it is there) and read against that article's own publication date, so the cases are
 * the ones an analyst meets. Corpus numbers are the raw captures' (000-004, CORPUS.md).
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCuratedDocument } from '../corpus/parse-document'
import type { DocumentModel, PublishedDate } from '../corpus/document-model'
import { partialDateProblem, type PartialDate } from './partial-date'
import { describeSuggestion, suggestDate, type DateSuggestion } from './suggest-date'

const here = path.dirname(fileURLToPath(import.meta.url))
const curatedDir = path.resolve(here, '..', '..', '..', 'resources', 'corpus')

/** The curated documents by the number of their raw capture: '000' ... '004'. */
const corpus = new Map<string, DocumentModel>()
for (const file of readdirSync(curatedDir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const doc = parseCuratedDocument(readFileSync(path.join(curatedDir, file), 'utf8'), file)
  corpus.set(doc.meta.raw.slice(0, 3), doc)
}

function doc(id: string): DocumentModel {
  const found = corpus.get(id)
  if (!found) throw new Error(`no curated document for raw ${id}`)
  return found
}

function published(id: string): PublishedDate | null {
  return doc(id).meta.published
}

/** The sentence of the document's text that holds `phrase` (a rough split is enough here). */
function sentenceOf(id: string, phrase: string): string {
  const text = doc(id).text
  const at = text.indexOf(phrase)
  if (at < 0) throw new Error(`‘${phrase}’ is not in ${id}`)
  const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0)
  const stop = text.slice(at + phrase.length).search(/\.(?:\s|$)|\n/)
  return text.slice(start, stop < 0 ? text.length : at + phrase.length + stop + 1)
}

const d = (year: number, month?: number, day?: number, approximate = false): PartialDate => ({
  year,
  ...(month !== undefined && { month }),
  ...(day !== undefined && { day }),
  approximate,
})

interface DateCase {
  doc: string
  selection: string
  date: PartialDate
  precision: 'day' | 'month' | 'year'
  phrase?: string
  rangeEnd?: PartialDate
  rule?: string
}

describe('the publication dates the cases rely on', () => {
  it('are the corpus front matter', () => {
    expect(published('000')).toMatchObject({ year: 2024, month: 2, day: 3, basis: 'stated' })
    expect(published('001')).toMatchObject({ year: 2023, month: 7, approximate: true })
    expect(published('002')).toMatchObject({ year: 2024, month: 3, basis: 'inferred' })
    expect(published('003')).toMatchObject({ year: 2024, month: 2, approximate: true })
    expect(published('004')).toMatchObject({ year: 2023, month: 7, day: 26, basis: 'stated' })
  })
})

describe('suggestDate: dates in the corpus', () => {
  const cases: DateCase[] = [
    // Required cases.
    { doc: '002', selection: 'On January 16, 2024', date: d(2024, 1, 16), precision: 'day' },
    { doc: '000', selection: 'On 29 January 2024', date: d(2024, 1, 29), precision: 'day' },
    { doc: '004', selection: 'In June', date: d(2023, 6), precision: 'month' },
    {
      doc: '004',
      selection: 'on 10 March this year',
      date: d(2023, 3, 10),
      precision: 'day',
      rule: 'month-with-year-word',
    },
    {
      doc: '000',
      selection: 'Early in January',
      date: d(2024, 1, undefined, true),
      precision: 'month',
      rule: 'part-of-month',
    },
    {
      doc: '004',
      selection: 'in December of the previous year',
      date: d(2022, 12),
      precision: 'month',
      rule: 'month-with-year-word',
    },
    { doc: '004', selection: 'in 2019', date: d(2019), precision: 'year', rule: 'year-or-range' },
    // 003 is dated only "c. Feb 2024": counted from mid-February, the Friday before is the
    // 9th, approximate because the reference is.
    {
      doc: '003',
      selection: 'on Friday',
      date: d(2024, 2, 9, true),
      precision: 'day',
      rule: 'weekday-before-publication',
    },
    // More from the corpus.
    {
      doc: '004',
      selection: 'since 2015-16',
      date: d(2015),
      rangeEnd: d(2016),
      precision: 'year',
    },
    { doc: '004', selection: 'last year', date: d(2022), precision: 'year' },
    { doc: '004', selection: 'Earlier this year', date: d(2023), precision: 'year' },
    { doc: '004', selection: 'In January', date: d(2023, 1), precision: 'month' },
    { doc: '004', selection: 'in May', date: d(2023, 5), precision: 'month' },
    { doc: '004', selection: 'a 2012 agreement', date: d(2012), precision: 'year', phrase: '2012' },
    {
      doc: '003',
      selection: 'late-January',
      date: d(2024, 1, undefined, true),
      precision: 'month',
    },
    // Year-less, from an approximate reference: the year is the reference's guess.
    {
      doc: '003',
      selection: 'On January 16',
      date: d(2024, 1, 16, true),
      precision: 'day',
      rule: 'chrono-yearless',
    },
    {
      doc: '003',
      selection: 'in March 2023',
      date: d(2023, 3),
      precision: 'month',
      rule: 'chrono',
    },
    { doc: '002', selection: 'in December 2023', date: d(2023, 12), precision: 'month' },
    { doc: '002', selection: 'in January 2024', date: d(2024, 1), precision: 'month' },
    { doc: '002', selection: 'In 2023', date: d(2023), precision: 'year' },
    { doc: '002', selection: 'The year 2024', date: d(2024), precision: 'year' },
    {
      doc: '002',
      selection: '(2018, March 10)',
      date: d(2018, 3, 10),
      precision: 'day',
      phrase: '2018, March 10',
      rule: 'reference-list-date',
    },
    {
      doc: '002',
      selection: '(2024 February 20)',
      date: d(2024, 2, 20),
      precision: 'day',
      phrase: '2024 February 20',
    },
    {
      doc: '002',
      selection: '(2024, January)',
      date: d(2024, 1),
      precision: 'month',
      phrase: '2024, January',
    },
    {
      doc: '000',
      selection: 'the January 29th meeting',
      date: d(2024, 1, 29),
      precision: 'day',
      phrase: 'January 29th',
    },
    {
      doc: '000',
      selection: 'The beginning of this year',
      date: d(2024, undefined, undefined, true),
      precision: 'year',
    },
  ]

  it.each(cases)('$doc ‘$selection’', (c) => {
    expect(doc(c.doc).text).toContain(c.selection)
    const s = suggestDate(c.selection, { published: published(c.doc) })
    expect(s?.kind).toBe('date')
    if (s?.kind !== 'date') return
    expect(s.date).toEqual(c.date)
    expect(s.precision).toBe(c.precision)
    expect(s.phrase).toBe(c.phrase ?? c.selection)
    expect(s.range?.end).toEqual(c.rangeEnd)
    if (c.rule) expect(s.rule).toBe(c.rule)
  })
})

describe('suggestDate: offsets from events', () => {
  it('reads "Two days after the Iranian missile strike" as an offset, not a date', () => {
    const selection = 'Two days after the Iranian missile strike'
    expect(doc('003').text).toContain(selection)
    expect(suggestDate(selection, { published: published('003') })).toEqual({
      kind: 'offset',
      offset: { amount: 2, unit: 'day' },
      direction: 'after',
      anchorText: 'the Iranian missile strike',
      phrase: selection,
      rule: 'offset-from-event',
    })
  })

  it('takes the anchor to the end of the clause', () => {
    const sentence = sentenceOf('003', 'Three weeks after carrying out deadly airstrikes')
    expect(suggestDate(sentence, { published: published('003') })).toMatchObject({
      kind: 'offset',
      offset: { amount: 3, unit: 'week' },
      direction: 'after',
      anchorText: 'carrying out deadly airstrikes',
      phrase: 'Three weeks after carrying out deadly airstrikes',
    })
  })

  it('reads the anchor on in the sentence when the selection stops at "after"', () => {
    const sentence = sentenceOf('003', 'Two days after the Iranian missile strike')
    expect(suggestDate('Two days after', { sentence, published: published('003') })).toMatchObject({
      kind: 'offset',
      anchorText: 'the Iranian missile strike',
      phrase: 'Two days after the Iranian missile strike',
    })
    expect(suggestDate('Two days after', { published: published('003') })).toMatchObject({
      kind: 'offset',
      anchorText: '',
      phrase: 'Two days after',
    })
  })

  it('counts "later" and "the following day" from the event told before', () => {
    const published = { year: 2024, month: 1, day: 20, approximate: false }
    expect(suggestDate('Pakistan struck back two days later.', { published })).toMatchObject({
      kind: 'offset',
      offset: { amount: 2, unit: 'day' },
      direction: 'after',
      anchorText: '',
      phrase: 'two days later',
    })
    expect(suggestDate('Talks began the following day', { published })).toMatchObject({
      kind: 'offset',
      offset: { amount: 1, unit: 'day' },
      direction: 'after',
      phrase: 'the following day',
    })
    expect(suggestDate('a week before the vote, the army moved', { published })).toMatchObject({
      kind: 'offset',
      offset: { amount: 1, unit: 'week' },
      direction: 'before',
      anchorText: 'the vote',
    })
  })
})

describe('suggestDate: the publication date as reference', () => {
  const july2023 = { year: 2023, month: 7, day: 26, approximate: false, basis: 'stated' }
  const feb2024 = { year: 2024, month: 2, day: 15, approximate: false }

  it('puts a year-less month at or before the reference, never after it', () => {
    expect(suggestDate('In June', { published: feb2024 })).toMatchObject({ date: d(2023, 6) })
    expect(suggestDate('In February', { published: feb2024 })).toMatchObject({ date: d(2024, 2) })
    expect(suggestDate('on 18 February', { published: feb2024 })).toMatchObject({
      date: d(2023, 2, 18),
    })
    expect(suggestDate('on 18 January', { published: feb2024 })).toMatchObject({
      date: d(2024, 1, 18),
      phrase: 'on 18 January',
    })
    expect(suggestDate('last June', { published: { ...july2023, month: 6 } })).toMatchObject({
      date: d(2022, 6),
    })
  })

  it('takes the weekday at or before the reference, exact when the reference is', () => {
    // 26 July 2023 was a Wednesday; chrono alone says Friday 28 July.
    expect(suggestDate('on Friday', { published: july2023 })).toMatchObject({
      date: d(2023, 7, 21),
    })
    expect(suggestDate('on Wednesday', { published: july2023 })).toMatchObject({
      date: d(2023, 7, 26),
    })
    expect(suggestDate('last Wednesday', { published: july2023 })).toMatchObject({
      date: d(2023, 7, 19),
    })
    // The calendar date wins over the weekday rule.
    expect(suggestDate('on Friday, January 19, 2024', { published: july2023 })).toMatchObject({
      date: d(2024, 1, 19),
    })
  })

  it('makes "last week" approximate, and relative days approximate from a month reference', () => {
    expect(suggestDate('last week', { published: july2023 })).toMatchObject({
      date: d(2023, 7, 19, true),
      precision: 'day',
    })
    expect(suggestDate('yesterday', { published: july2023 })).toMatchObject({
      date: d(2023, 7, 25),
    })
    expect(suggestDate('yesterday', { published: published('003') })).toMatchObject({
      date: d(2024, 2, 14, true),
    })
    expect(suggestDate('three weeks ago', { published: july2023 })).toMatchObject({
      date: d(2023, 7, 5, true),
    })
    expect(suggestDate('two years ago', { published: july2023 })).toMatchObject({
      date: d(2021),
      precision: 'year',
    })
  })

  it('reads months and years counted back from the reference', () => {
    expect(suggestDate('the previous month', { published: july2023 })).toMatchObject({
      date: d(2023, 6),
      precision: 'month',
    })
    expect(suggestDate('last month', { published: { ...feb2024, month: 1 } })).toMatchObject({
      date: d(2023, 12),
    })
    expect(suggestDate('last year', { published: published('003') })).toMatchObject({
      date: d(2023, undefined, undefined, true),
    })
  })

  it('reads parts of months, spans and hedged years', () => {
    const p = published('003')
    expect(suggestDate('the strikes of mid-January', { published: p })).toMatchObject({
      date: d(2024, 1, undefined, true),
      precision: 'month',
      phrase: 'mid-January',
    })
    expect(suggestDate('at the end of January 2024', { published: p })).toMatchObject({
      date: d(2024, 1, undefined, true),
      phrase: 'at the end of January 2024',
    })
    expect(suggestDate('in 2015-16', { published: p })).toMatchObject({
      date: d(2015),
      range: { end: d(2016) },
      precision: 'year',
    })
    expect(suggestDate('from 2019 to 2021', { published: p })).toMatchObject({
      date: d(2019),
      range: { end: d(2021) },
    })
    expect(suggestDate('since mid-2023', { published: p })).toMatchObject({
      date: d(2023, undefined, undefined, true),
      phrase: 'mid-2023',
    })
    expect(suggestDate('on 16-18 January 2024', { published: p })).toMatchObject({
      date: d(2024, 1, 16),
      range: { end: d(2024, 1, 18) },
      phrase: 'on 16-18 January 2024',
    })
    expect(suggestDate('from November to January', { published: p })).toMatchObject({
      date: d(2023, 11, undefined, true),
      range: { end: d(2024, 1, undefined, true) },
    })
  })

  it('suggests nothing that needs a reference when there is none', () => {
    for (const text of ['In June', 'on Friday', 'last year', 'on 18 January', 'Early in January']) {
      expect(suggestDate(text, { published: null })).toBeNull()
    }
    expect(suggestDate('On January 16, 2024', { published: null })).toMatchObject({
      date: d(2024, 1, 16),
    })
    expect(suggestDate('Two days after the strike', { published: null })).toMatchObject({
      kind: 'offset',
    })
  })

  it('treats an inferred reference as approximate even when not marked so', () => {
    const inferred = { year: 2023, month: 7, day: 26, approximate: false, basis: 'inferred' }
    expect(suggestDate('yesterday', { published: inferred })).toMatchObject({
      date: d(2023, 7, 25, true),
    })
  })
})

describe('suggestDate: selection, then sentence', () => {
  it('falls back to the sentence when the selection has no date', () => {
    const sentence = sentenceOf('004', 'In June, Rear Admiral Shahram Irani')
    const s = suggestDate('Rear Admiral Shahram Irani', { sentence, published: published('004') })
    expect(s).toMatchObject({ kind: 'date', date: d(2023, 6), phrase: 'In June' })
  })

  it('prefers the selection over the sentence', () => {
    const s = suggestDate('in May', {
      sentence: 'In June, then in May.',
      published: published('004'),
    })
    expect(s).toMatchObject({ date: d(2023, 5), phrase: 'in May' })
  })

  it('takes the earliest phrase in a longer passage', () => {
    const sentence = sentenceOf('000', 'On 29 January 2024')
    expect(suggestDate(sentence, { published: published('000') })).toMatchObject({
      date: d(2024, 1, 29),
      phrase: 'On 29 January 2024',
    })
  })
})

describe('suggestDate: not dates', () => {
  const notDates: [string, string][] = [
    ['001', '959-kilometer (596 miles)'],
    ['003', '900km (560 mile)'],
    ['004', 'a radius of 565 miles'],
    ['000', 'legal trade worth around $1.5 billion per year'],
    ['000', 'approximately $5 billion within the next five years'],
    ['003', 'In two days, Iran launched strikes against targets in three allied countries'],
    ['003', 'claiming the lives of at least 84 people'],
    ['002', '(Mir, 2004)'],
    ['002', '(Childs, 2003)'],
    ['004', 'comes weeks after they, along with China, reached a trilateral security agreement'],
    ['004', 'Now, the collaboration between Baloch separatists and TTP militants'],
    ['004', 'this may indicate that those who jeopardize the security pact'],
    ['003', 'The recent years have seen a rise in attacks'],
    ['001', 'Pakistan and Iran have maintained a generally cordial relationship'],
  ]

  it.each(notDates)('%s ‘%s’ → null', (id, selection) => {
    expect(doc(id).text).toContain(selection)
    expect(suggestDate(selection, { published: published(id) })).toBeNull()
  })

  it('reads no date into identifiers, counts or ambiguous numerals', () => {
    const published = d(2024, 3, undefined, true)
    for (const text of ['ISSN 2709-7625', '10.31703/gsssr.2020 (V-II).03.', 'about 2000 troops']) {
      expect(suggestDate(text, { published })).toBeNull()
    }
    expect(suggestDate('on 03/10/2024', { published })).toBeNull()
    expect(suggestDate('', { published })).toBeNull()
  })
})

describe('describeSuggestion', () => {
  const july2023 = d(2023, 7, 26)
  const describe_ = (text: string, p: PartialDate | null = july2023) => {
    const s = suggestDate(text, { published: p })
    if (!s) throw new Error(`no suggestion for ${text}`)
    return describeSuggestion(s)
  }

  it('says the date at its precision and the phrase it came from', () => {
    expect(describe_('On January 16, 2024')).toBe('16 Jan 2024, from ‘On January 16, 2024’')
    expect(describe_('In June')).toBe('Jun 2023, month, from ‘In June’')
    expect(describe_('in 2019')).toBe('2019, year, from ‘in 2019’')
    expect(describe_('since 2015-16')).toBe('2015–2016, year, from ‘since 2015-16’')
    expect(describe_('Early in January', d(2024, 2, 3))).toBe(
      'c. Jan 2024, month, from ‘Early in January’',
    )
  })

  it('says an offset with its sign, unit and anchor', () => {
    expect(describe_('Two days after the Iranian missile strike')).toBe(
      '+2 days after ‘the Iranian missile strike’, from ‘Two days after the Iranian missile strike’',
    )
    expect(describe_('one week before the talks')).toBe(
      '−1 week before ‘the talks’, from ‘one week before the talks’',
    )
    expect(describe_('two days later')).toBe(
      '+2 days after the event told before, from ‘two days later’',
    )
  })
})

describe('suggestDate: properties', () => {
  const corpusWords = [
    'On',
    'on',
    'in',
    'In',
    'January',
    'June',
    'March',
    'December',
    'Jan.',
    '16',
    '29th',
    ',',
    '2024',
    '2019',
    '2015-16',
    'two',
    'Three',
    'days',
    'weeks',
    'after',
    'before',
    'later',
    'ago',
    'the',
    'previous',
    'following',
    'last',
    'this',
    'year',
    'month',
    'week',
    'Friday',
    'Early',
    'mid-',
    'of',
    'since',
    'strike',
    '.',
    '(',
    ')',
    '959-kilometer',
    '03/10/2024',
  ]
  const prose = fc
    .array(fc.constantFrom(...corpusWords), { maxLength: 12 })
    .map((words) => words.join(' '))
  const text = fc.oneof(prose, fc.string(), fc.string({ unit: 'binary', maxLength: 60 }))
  const reference = fc.oneof(
    fc.constant(null),
    fc.record(
      {
        year: fc.integer({ min: -5, max: 10_000 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
        approximate: fc.boolean(),
        basis: fc.constantFrom('stated', 'inferred'),
      },
      { requiredKeys: ['year', 'approximate'] },
    ),
  )

  function check(selection: string, sentence: string | undefined, s: DateSuggestion | null) {
    if (!s) return
    const found = selection.includes(s.phrase) || (sentence ?? '').includes(s.phrase)
    expect(found).toBe(true)
    expect(s.phrase.length).toBeGreaterThan(0)
    if (s.kind === 'date') {
      expect(partialDateProblem(s.date)).toBeNull()
      if (s.range) expect(partialDateProblem(s.range.end)).toBeNull()
    } else {
      expect(s.phrase).toContain(s.anchorText)
      expect(s.offset.amount).toBeGreaterThan(0)
    }
    expect(describeSuggestion(s)).toContain(s.phrase)
  }

  it('never throws, and every phrase is verbatim in the selection or the sentence', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(text, { nil: undefined }),
        reference,
        (selection, sentence, p) => {
          const s = suggestDate(selection, { sentence, published: p })
          check(selection, sentence, s)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('holds when the selection is part of the sentence', () => {
    fc.assert(
      fc.property(prose, fc.nat(), fc.nat(), reference, (sentence, a, b, p) => {
        const from = Math.min(a, b) % (sentence.length + 1)
        const selection = sentence.slice(from, from + (Math.max(a, b) % 40))
        check(selection, sentence, suggestDate(selection, { sentence, published: p }))
      }),
      { numRuns: 300 },
    )
  })

  it('holds on every sentence of the corpus', () => {
    for (const model of corpus.values()) {
      for (const sentence of model.text.split(/(?<=\.)\s+|\n+/)) {
        check(sentence, undefined, suggestDate(sentence, { published: model.meta.published }))
      }
    }
  })
})
