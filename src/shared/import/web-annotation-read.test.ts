import { describe, expect, it } from 'vitest'
import {
  NOT_TEXT,
  readAnnotationFile,
  REPLY,
  type AnnotationFileReading,
  type ParsedAnnotation,
} from './web-annotation-read'

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

function annotation(fields: Record<string, unknown> = {}) {
  return {
    '@context': CONTEXT,
    id: 'http://example.org/anno1',
    type: 'Annotation',
    body: { type: 'TextualBody', value: 'A comment', purpose: 'commenting' },
    target: {
      source: 'http://example.org/page1',
      selector: {
        type: 'TextQuoteSelector',
        exact: 'the border',
        prefix: 'along ',
        suffix: ' with',
      },
    },
    ...fields,
  }
}

function read(value: unknown, fileName = 'notes.jsonld'): ParsedAnnotation[] {
  const reading = readAnnotationFile(fileName, JSON.stringify(value))
  if (!reading.ok) throw new Error(reading.problem)
  return reading.annotations
}

function problem(reading: AnnotationFileReading): string {
  if (reading.ok) throw new Error('expected a refusal')
  return reading.problem
}

describe('readAnnotationFile refuses', () => {
  it('a file over the size cap, naming it and both sizes', () => {
    const text = JSON.stringify([annotation()]).padEnd(3 * 1024 * 1024, ' ')
    expect(problem(readAnnotationFile('big.json', text, { maxBytes: 2 * 1024 * 1024 }))).toBe(
      '“big.json” is 3 MB, more than the 2 MB Casefile reads at once. Export fewer annotations per file.',
    )
  })

  it('an empty file', () => {
    expect(problem(readAnnotationFile('empty.jsonld', ' \n'))).toBe(
      '“empty.jsonld” is empty: there are no annotations in it.',
    )
  })

  it('text that is not JSON, saying where', () => {
    expect(problem(readAnnotationFile('notes.txt', '{\n  "type": Annotation\n}'))).toBe(
      '“notes.txt” is not valid JSON (something unexpected at line 2, column 11), so it holds no annotations Casefile can read.',
    )
  })

  it('JSON cut short, saying so', () => {
    const cut = JSON.stringify([annotation()], null, 2).slice(0, 120)
    expect(problem(readAnnotationFile('cut.jsonld', cut))).toMatch(
      /^“cut\.jsonld” is not valid JSON: it stops in the middle, at line \d+, column \d+\. The file may have been cut short; export it again\.$/,
    )
  })

  it('JSON that holds no annotations', () => {
    const expected =
      '“data.json” is JSON, but holds no web annotations: Casefile reads an AnnotationCollection, an AnnotationPage, a list of annotations or a Hypothesis export.'
    expect(problem(readAnnotationFile('data.json', '{"name": "x", "items": 3}'))).toBe(expected)
    expect(problem(readAnnotationFile('data.json', '[1, "two", {"id": "x"}]'))).toBe(expected)
    expect(problem(readAnnotationFile('data.json', '"Annotation"'))).toBe(expected)
  })

  it('an empty collection', () => {
    const collection = { '@context': CONTEXT, type: 'AnnotationCollection', total: 0 }
    expect(problem(readAnnotationFile('none.jsonld', JSON.stringify(collection)))).toBe(
      '“none.jsonld” holds no annotations: its list is empty.',
    )
    expect(problem(readAnnotationFile('none.json', '[]'))).toBe(
      '“none.json” holds no annotations: its list is empty.',
    )
  })

  it('a collection whose pages are only linked', () => {
    const collection = {
      '@context': CONTEXT,
      type: 'AnnotationCollection',
      total: 42,
      first: 'http://example.org/page1',
    }
    expect(problem(readAnnotationFile('linked.jsonld', JSON.stringify(collection)))).toBe(
      '“linked.jsonld” lists only the address of its first page of annotations (http://example.org/page1), not the annotations themselves. Export them with the pages included.',
    )
  })

  it('a Casefile backup, pointing to Backup', () => {
    const backup = JSON.stringify({ format: 'casefile-backup', version: 1, tables: {} })
    expect(problem(readAnnotationFile('casefile-backup.json', backup))).toBe(
      '“casefile-backup.json” is a Casefile backup, not a file of annotations. Restore it from Backup instead.',
    )
  })
})

describe('readAnnotationFile reads the containers in use', () => {
  const one = annotation()
  const two = annotation({ id: 'http://example.org/anno2' })
  const ids = (annotations: ParsedAnnotation[]) => annotations.map((a) => a.id)

  it('a collection with its first page embedded, and the pages embedded after it', () => {
    const collection = {
      '@context': CONTEXT,
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [one],
        next: { type: 'AnnotationPage', items: [two] },
      },
    }
    expect(ids(read(collection))).toEqual(['http://example.org/anno1', 'http://example.org/anno2'])
  })

  it('a collection with items, a page, a list, one annotation and a JSON-LD graph', () => {
    const both = ['http://example.org/anno1', 'http://example.org/anno2']
    expect(ids(read({ type: 'AnnotationCollection', items: [one, two] }))).toEqual(both)
    expect(ids(read({ type: 'AnnotationPage', items: [one, two] }))).toEqual(both)
    expect(ids(read([one, two]))).toEqual(both)
    expect(ids(read(one))).toEqual(['http://example.org/anno1'])
    expect(ids(read({ '@context': CONTEXT, '@graph': [one, two] }))).toEqual(both)
  })

  it('reads a file that starts with a byte order mark', () => {
    const reading = readAnnotationFile('bom.jsonld', `\uFEFF${JSON.stringify([one])}`)
    expect(reading.ok).toBe(true)
  })

  it('says which tool wrote the file', () => {
    const casefile = annotation({
      target: {
        source: { id: 'urn:casefile:source:doc-a', type: 'Text', label: 'A' },
        selector: [{ type: 'TextQuoteSelector', exact: 'x' }],
      },
    })
    const format = (value: unknown) => {
      const reading = readAnnotationFile('f.json', JSON.stringify(value))
      return reading.ok ? reading.format : reading.problem
    }
    expect(format({ type: 'AnnotationCollection', items: [casefile] })).toBe('casefile')
    expect(format([one])).toBe('web-annotation')
    expect(format({ export_date: '2024-01-01T00:00:00Z', annotations: [] })).toMatch(/empty/)
  })
})

describe('readAnnotationFile reads targets', () => {
  const targetOf = (target: unknown) => read(annotation({ target }))[0]!

  it('a single selector, or a list of them, on a SpecificResource', () => {
    const single = targetOf({
      source: 'http://example.org/page1',
      selector: { type: 'TextQuoteSelector', exact: 'the border' },
    })
    expect(single.targets).toEqual([
      {
        source: 'http://example.org/page1',
        title: null,
        state: null,
        quote: { exact: 'the border', prefix: '', suffix: '' },
        position: null,
      },
    ])
    const list = targetOf({
      source: 'http://example.org/page1',
      selector: [
        { type: 'TextPositionSelector', start: 10, end: 20 },
        { type: 'TextQuoteSelector', exact: 'the border', prefix: 'along ', suffix: ' with' },
      ],
    })
    expect(list.targets[0]).toMatchObject({
      quote: { exact: 'the border', prefix: 'along ', suffix: ' with' },
      position: { start: 10, end: 20 },
    })
  })

  it("Hypothesis's target list, ignoring its RangeSelector", () => {
    const parsed = targetOf([
      {
        source: 'https://example.com/article',
        selector: [
          {
            type: 'RangeSelector',
            startContainer: '/div[1]/p[2]',
            startOffset: 0,
            endContainer: '/div[1]/p[2]',
            endOffset: 10,
          },
          { type: 'TextPositionSelector', start: 400, end: 410 },
          { type: 'TextQuoteSelector', exact: 'the border', prefix: 'a', suffix: 'b' },
        ],
      },
    ])
    expect(parsed.targets).toEqual([
      {
        source: 'https://example.com/article',
        title: null,
        state: null,
        quote: { exact: 'the border', prefix: 'a', suffix: 'b' },
        position: { start: 400, end: 410 },
      },
    ])
  })

  it('a quote refining another selector, but not a position relative to one', () => {
    const parsed = targetOf({
      source: 'http://example.org/page1',
      selector: [
        {
          type: 'XPathSelector',
          value: '/html/body/p[2]',
          refinedBy: { type: 'TextPositionSelector', start: 3, end: 13 },
        },
        {
          type: 'FragmentSelector',
          value: 'page=3',
          refinedBy: { type: 'TextQuoteSelector', exact: 'the border' },
        },
      ],
    })
    expect(parsed.targets[0]).toMatchObject({
      quote: { exact: 'the border', prefix: '', suffix: '' },
      position: null,
    })
    expect(parsed.problem).toBeNull()
  })

  it("Casefile's source label and revision state", () => {
    const parsed = targetOf({
      type: 'SpecificResource',
      source: { id: 'urn:casefile:source:doc-a', type: 'Text', label: 'A title' },
      state: 'urn:casefile:source:doc-a:rev:abc',
      selector: [{ type: 'TextQuoteSelector', exact: 'x' }],
    })
    expect(parsed.targets[0]).toMatchObject({
      source: 'urn:casefile:source:doc-a',
      title: 'A title',
      state: 'urn:casefile:source:doc-a:rev:abc',
    })
  })

  it('ignores malformed positions and quotes, and says when nothing textual is left', () => {
    const parsed = targetOf({
      source: 'http://example.org/page1',
      selector: [
        { type: 'TextPositionSelector', start: 20, end: 10 },
        { type: 'TextPositionSelector', start: -1, end: 3 },
        { type: 'TextQuoteSelector', exact: 42 },
      ],
    })
    expect(parsed.targets).toEqual([])
    expect(parsed.problem).toBe(NOT_TEXT)
  })

  it('calls a comment on a whole page, an image region or an IRI target not textual', () => {
    expect(targetOf('http://example.org/page1').problem).toBe(NOT_TEXT)
    expect(targetOf({ source: 'http://example.org/page1' }).problem).toBe(NOT_TEXT)
    const region = targetOf({
      source: 'http://example.org/image1',
      selector: { type: 'FragmentSelector', value: 'xywh=10,10,50,50' },
    })
    expect(region.problem).toBe(NOT_TEXT)
  })

  it('keeps every text target of an annotation with several', () => {
    const parsed = targetOf([
      { source: 'http://a.example/', selector: { type: 'TextQuoteSelector', exact: 'one' } },
      'http://b.example/',
      { source: 'http://c.example/', selector: { type: 'TextQuoteSelector', exact: 'two' } },
    ])
    expect(parsed.targets.map((t) => t.source)).toEqual(['http://a.example/', 'http://c.example/'])
  })
})

describe('readAnnotationFile reads bodies', () => {
  const bodyOf = (body: unknown, fields: Record<string, unknown> = {}) =>
    read(annotation({ body, ...fields }))[0]!

  it('joins comments and descriptions into the note, tags into tags, in order', () => {
    const parsed = bodyOf([
      { type: 'TextualBody', value: 'First thought.', purpose: 'commenting' },
      { type: 'TextualBody', value: ' Border ', purpose: 'tagging' },
      { type: 'TextualBody', value: 'What it says.', purpose: 'describing' },
      { type: 'TextualBody', value: 'border', purpose: 'tagging' },
      { type: 'TextualBody', value: 'balochistan', purpose: ['tagging'] },
      { type: 'TextualBody', value: '   ', purpose: 'commenting' },
    ])
    expect(parsed.note).toBe('First thought.\n\nWhat it says.')
    expect(parsed.tags).toEqual(['Border', 'balochistan'])
  })

  it('keeps an HTML comment as the text it shows, not its markup', () => {
    const parsed = bodyOf([
      {
        type: 'TextualBody',
        format: 'text/html',
        value: '<p>Compare with <em>Dawn</em>&rsquo;s figure.</p><p onclick="x()">959 km?</p>',
        purpose: 'commenting',
      },
      { type: 'TextualBody', format: 'text/plain', value: 'Plain <b>as written</b>' },
    ])
    expect(parsed.note).toBe('Compare with Dawn’s figure.\n\n959 km?\n\nPlain <b>as written</b>')
  })

  it("reads Casefile's colour, and no other classification as one", () => {
    const casefile = bodyOf([
      {
        id: 'urn:casefile:colour:green',
        type: 'TextualBody',
        value: 'evidence',
        purpose: 'classifying',
      },
    ])
    expect(casefile.color).toBe('green')
    const other = bodyOf([
      { type: 'TextualBody', value: 'green', purpose: 'classifying' },
      { id: 'urn:casefile:colour:red', type: 'TextualBody', value: 'x', purpose: 'classifying' },
    ])
    expect(other.color).toBeNull()
    expect(other.tags).toEqual([])
  })

  it("reads Hypothesis's JSON-LD: a comment without purpose, tags, an XPath refined by a position", () => {
    // As h's AnnotationJSONLDPresenter writes it.
    const parsed = read({
      '@context': CONTEXT,
      type: 'Annotation',
      id: 'https://hypothes.is/a/AbCdEf',
      created: '2024-02-21T09:12:05.482311+00:00',
      modified: '2024-02-21T09:14:33.019822+00:00',
      creator: 'acct:analyst@hypothes.is',
      body: [
        { type: 'TextualBody', value: 'Check this figure.', format: 'text/markdown' },
        { type: 'TextualBody', value: 'figures', purpose: 'tagging' },
      ],
      target: [
        {
          source: 'https://example.org/article',
          selector: [
            {
              type: 'XPathSelector',
              value: '/main[1]/p[3]',
              refinedBy: { type: 'TextPositionSelector', start: 4, end: 14 },
            },
            { type: 'TextPositionSelector', start: 900, end: 910 },
            { type: 'TextQuoteSelector', exact: 'the border', prefix: 'p', suffix: 's' },
          ],
        },
      ],
    })[0]!
    expect(parsed).toMatchObject({
      id: 'https://hypothes.is/a/AbCdEf',
      note: 'Check this figure.',
      tags: ['figures'],
      created: Date.parse('2024-02-21T09:12:05.482Z'),
      problem: null,
    })
    expect(parsed.targets[0]?.position).toEqual({ start: 900, end: 910 })
  })

  it('takes an untyped body as a tag when the motivation is tagging, and bodyValue as a note', () => {
    expect(
      bodyOf({ type: 'TextualBody', value: 'border' }, { motivation: 'tagging' }).tags,
    ).toEqual(['border'])
    expect(bodyOf(undefined, { bodyValue: 'Plain comment' }).note).toBe('Plain comment')
  })

  it('keeps nothing from bodies that are links or entities', () => {
    const parsed = bodyOf([
      'http://example.org/comment1',
      { type: 'SpecificResource', value: 'PLACE', purpose: 'identifying' },
      { type: 'SpecificResource', source: 'http://sws.geonames.org/1', purpose: 'identifying' },
    ])
    expect(parsed).toMatchObject({ note: '', tags: [], color: null })
  })
})

describe('readAnnotationFile reads a Hypothesis JSON export', () => {
  const exported = (annotations: unknown[]) => ({
    export_date: '2024-03-04T16:20:11.532Z',
    export_userid: 'acct:analyst@hypothes.is',
    client_version: '1.1462.0',
    annotations,
  })
  const base = {
    id: 'aaa',
    created: '2024-02-21T09:12:05.482311+00:00',
    updated: '2024-02-21T09:12:05.482311+00:00',
    user: 'acct:analyst@hypothes.is',
    uri: 'https://example.org/article',
    text: 'Note text',
    tags: ['one', 'two'],
    group: '__world__',
    document: { title: ['The article'] },
    target: [
      {
        source: 'https://example.org/article',
        selector: [{ type: 'TextQuoteSelector', exact: 'the border' }],
      },
    ],
  }

  it('reads text, tags, title and source, and says it is Hypothesis', () => {
    const reading = readAnnotationFile('hypothesis.json', JSON.stringify(exported([base])))
    expect(reading.ok && reading.format).toBe('hypothesis')
    const parsed = reading.ok ? reading.annotations[0]! : null
    expect(parsed).toMatchObject({
      id: 'aaa',
      label: '“the border”',
      note: 'Note text',
      tags: ['one', 'two'],
      problem: null,
      targets: [{ source: 'https://example.org/article', title: 'The article' }],
    })
  })

  it('calls a reply a reply and a page note not textual', () => {
    const [reply, pageNote] = read(
      exported([
        { ...base, id: 'r', references: ['aaa'], target: [{ source: base.uri }] },
        { ...base, id: 'p', target: [{ source: base.uri }] },
      ]),
    )
    expect(reply?.problem).toBe(REPLY)
    expect(pageNote?.problem).toBe(NOT_TEXT)
    expect(pageNote?.label).toBe('“Note text”')
  })

  it("reads the API's search response, replies included", () => {
    const parsed = read({
      total: 1,
      rows: [base],
      replies: [{ ...base, id: 'r', references: ['aaa'] }],
    })
    expect(parsed.map((a) => [a.id, a.problem])).toEqual([
      ['aaa', null],
      ['r', REPLY],
    ])
  })
})

describe('readAnnotationFile keeps what cannot be an annotation, with why', () => {
  it('lists items of a list that are not annotations, and W3C replies', () => {
    const parsed = read([
      annotation(),
      { type: 'Person', name: 'x' },
      42,
      annotation({ id: 'r', motivation: 'replying', target: 'http://example.org/anno1' }),
    ])
    expect(parsed.map((a) => [a.index, a.label, a.problem])).toEqual([
      [0, '“the border”', null],
      [1, 'item 2', 'not an annotation (it has no target; its type is Person)'],
      [2, 'item 3', 'not an annotation (a number where an annotation should be)'],
      [3, '“A comment”', REPLY],
    ])
  })

  it('labels a long quote by its start, on one line', () => {
    const exact = `The border\nruns ${'far '.repeat(30)}`
    const parsed = read(
      annotation({ target: { source: 's', selector: { type: 'TextQuoteSelector', exact } } }),
    )[0]!
    expect(parsed.label).toHaveLength(62)
    expect(parsed.label.startsWith('“The border runs far')).toBe(true)
    expect(parsed.label.endsWith('…”')).toBe(true)
  })
})
