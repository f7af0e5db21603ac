import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DocumentMeta } from '../corpus/document-model'
import { DEFAULT_COLOR_NAMES } from '../highlights/colors'
import {
  ANNO_CONTEXT,
  codePointCounter,
  toWebAnnotations,
  type AnnotationCollection,
  type HighlightForExport,
  type WebAnnotationInput,
} from './web-annotation'

/**
 * The MUSTs of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * for what this export can contain: collection, page, annotation, textual bodies, specific
 * resource targets, quote and position selectors, agents. Returns the problems found,
 * each with its path; an empty list means valid.
 */
function annotationModelProblems(doc: unknown): string[] {
  const problems: string[] = []
  const MOTIVATIONS = new Set([
    'assessing',
    'bookmarking',
    'classifying',
    'commenting',
    'describing',
    'editing',
    'highlighting',
    'identifying',
    'linking',
    'moderating',
    'questioning',
    'replying',
    'tagging',
  ])
  // xsd:dateTime, with the time zone the model says SHOULD be there (we require it).
  const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
  const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i

  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])
  const hasType = (v: Record<string, unknown>, type: string) => list(v.type).includes(type)
  const fail = (path: string, what: string) => problems.push(`${path}: ${what}`)

  const iri = (v: unknown, path: string) => {
    if (typeof v !== 'string' || !IRI.test(v)) fail(path, 'must be an IRI')
  }
  const dateTime = (v: unknown, path: string) => {
    if (v === undefined) return
    if (typeof v !== 'string' || !DATE_TIME.test(v) || Number.isNaN(Date.parse(v))) {
      fail(path, 'must be an xsd:dateTime with a time zone')
    }
  }
  const motivations = (v: unknown, path: string) => {
    for (const m of list(v))
      if (typeof m !== 'string' || !MOTIVATIONS.has(m))
        fail(path, `unknown motivation ${String(m)}`)
  }
  const agent = (v: unknown, path: string) => {
    for (const a of list(v)) {
      if (typeof a === 'string') iri(a, path)
      else if (!isObject(a)) fail(path, 'must be an IRI or an agent')
      else if (a.id !== undefined) iri(a.id, `${path}.id`)
    }
  }
  const selector = (s: unknown, path: string) => {
    if (!isObject(s)) return fail(path, 'must be a selector object')
    if (hasType(s, 'TextQuoteSelector')) {
      if (typeof s.exact !== 'string') fail(`${path}.exact`, 'is required and must be text')
      for (const key of ['prefix', 'suffix']) {
        if (s[key] !== undefined && typeof s[key] !== 'string')
          fail(`${path}.${key}`, 'must be text')
      }
    } else if (hasType(s, 'TextPositionSelector')) {
      const { start, end } = s
      const natural = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0
      if (!natural(start)) fail(`${path}.start`, 'is required and must be a non-negative integer')
      if (!natural(end)) fail(`${path}.end`, 'is required and must be a non-negative integer')
      if (natural(start) && natural(end) && start > end) fail(path, 'start must not be after end')
    } else if (s.type === undefined) fail(`${path}.type`, 'is required')
  }
  const resource = (r: unknown, path: string, isBody: boolean) => {
    if (typeof r === 'string') return iri(r, path)
    if (!isObject(r)) return fail(path, 'must be an IRI or a resource')
    if (r.id !== undefined) iri(r.id, `${path}.id`)
    if (hasType(r, 'TextualBody')) {
      if (!isBody) fail(path, 'a TextualBody cannot be a target here')
      if (typeof r.value !== 'string') fail(`${path}.value`, 'is required and must be text')
    } else if (r.source !== undefined || hasType(r, 'SpecificResource')) {
      if (list(r.source).length !== 1) fail(`${path}.source`, 'exactly one is required')
      const source = list(r.source)[0]
      if (isObject(source)) iri(source.id, `${path}.source.id`)
      else iri(source, `${path}.source`)
      list(r.selector).forEach((s, i) => selector(s, `${path}.selector[${i}]`))
      for (const state of list(r.state)) {
        if (typeof state === 'string') iri(state, `${path}.state`)
        else if (!isObject(state)) fail(`${path}.state`, 'must be an IRI or a state')
      }
    } else if (r.id === undefined) fail(path, 'an external resource needs an id')
    if (r.purpose !== undefined) motivations(r.purpose, `${path}.purpose`)
  }
  const annotation = (a: unknown, path: string) => {
    if (!isObject(a)) return fail(path, 'must be an object')
    iri(a.id, `${path}.id`)
    if (!hasType(a, 'Annotation')) fail(`${path}.type`, 'must include "Annotation"')
    if (list(a.target).length === 0) fail(`${path}.target`, 'at least one is required')
    list(a.target).forEach((t, i) => resource(t, `${path}.target[${i}]`, false))
    list(a.body).forEach((b, i) => resource(b, `${path}.body[${i}]`, true))
    motivations(a.motivation, `${path}.motivation`)
    for (const key of ['created', 'modified', 'generated']) dateTime(a[key], `${path}.${key}`)
    agent(a.creator, `${path}.creator`)
    agent(a.generator, `${path}.generator`)
  }

  if (!isObject(doc)) return ['document: must be an object']
  if (!list(doc['@context']).includes(ANNO_CONTEXT))
    fail('@context', `must include ${ANNO_CONTEXT}`)
  if (!hasType(doc, 'AnnotationCollection')) {
    annotation(doc, 'annotation')
    return problems
  }
  iri(doc.id, 'id')
  const page = doc.first
  if (!isObject(page) || !hasType(page, 'AnnotationPage'))
    return [...problems, 'first: must be an AnnotationPage']
  if (page.id !== undefined) iri(page.id, 'first.id')
  if (!Array.isArray(page.items)) return [...problems, 'first.items: must be a list']
  if (doc.total !== undefined && doc.total !== page.items.length)
    fail('total', 'must count the items')
  page.items.forEach((a, i) => annotation(a, `first.items[${i}]`))
  return problems
}

const documents: DocumentMeta[] = [
  {
    id: 'yousaf-2024',
    title: 'Pakistan-Iran Relations: Seeking Stability',
    authors: ['Samiha Yousaf'],
    outlet: 'The Diplomatic Insight',
    published: { year: 2024, month: 2, approximate: true, basis: 'inferred', note: '' },
    genre: 'analysis',
    raw: 'yousaf.html',
    authorNote: null,
  },
  {
    id: 'wire/strikes 16-jan',
    title: 'Strikes <in> "Balochistan" & after',
    authors: [],
    outlet: null,
    published: null,
    genre: 'news',
    raw: 'wire.html',
    authorNote: null,
  },
]

function highlight(id: string, extra: Partial<HighlightForExport> = {}): HighlightForExport {
  return {
    id,
    docId: 'yousaf-2024',
    docRev: 'abcdef0123456789',
    selectors: {
      quote: { exact: 'seeking stability', prefix: 'Relations: ', suffix: ' in the region' },
      position: { start: 40, end: 57 },
    },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: Date.UTC(2024, 2, 1, 9, 30),
    updatedAt: Date.UTC(2024, 2, 2, 10, 0),
    ...extra,
  }
}

const highlights: HighlightForExport[] = [
  highlight('0f8fad5b-d9cb-469f-a165-70867728950e', {
    note: 'Key *claim*: <b>not</b> "verified" & contested',
    tags: ['border', 'Iran, Pakistan'],
    color: 'green',
  }),
  highlight('7c9e6679-7425-40de-944b-e07fc1f90ae7'),
  highlight('legacy id/with spaces', {
    docId: 'wire/strikes 16-jan',
    docRev: '0000000000000000',
    selectors: {
      quote: { exact: '<script>alert(1)</script>', prefix: '', suffix: '' },
      position: { start: 0, end: 25 },
    },
    color: 'unknown-colour',
    tags: ['strikes'],
  }),
  highlight('1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', { docId: 'not-in-the-library' }),
]

const input: WebAnnotationInput = {
  highlights,
  documents,
  colorNames: DEFAULT_COLOR_NAMES,
  generatedAt: new Date(Date.UTC(2024, 5, 1, 12, 0, 0)),
  generator: { name: 'Casefile', version: '0.1.0' },
}

describe('toWebAnnotations', () => {
  const collection = toWebAnnotations(input)
  const items = collection.first.items

  it('passes the Web Annotation model checks', () => {
    expect(annotationModelProblems(collection)).toEqual([])
    expect(annotationModelProblems(JSON.parse(JSON.stringify(collection)))).toEqual([])
  })

  it('survives JSON.stringify and JSON.parse unchanged', () => {
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection)
  })

  it('exports every highlight exactly once, under its own id', () => {
    expect(collection.total).toBe(highlights.length)
    expect(new Set(items.map((a) => a.id)).size).toBe(highlights.length)
    expect(items.map((a) => a.id)).toEqual([
      'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
      'urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7',
      'urn:casefile:highlight:legacy%20id%2Fwith%20spaces',
      'urn:uuid:1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
    ])
  })

  it('carries the note as a commenting body and each tag as a tagging body', () => {
    const [first] = items
    expect(first?.body.filter((b) => b.purpose === 'commenting').map((b) => b.value)).toEqual([
      highlights[0]?.note,
    ])
    expect(first?.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual([
      'border',
      'Iran, Pakistan',
    ])
    expect(items[1]?.body.some((b) => b.purpose === 'commenting')).toBe(false)
  })

  it("classifies by the analyst's colour name, falling back to the colour id", () => {
    const colours = items.map((a) => a.body.find((b) => b.purpose === 'classifying')?.value)
    expect(colours).toEqual(['evidence', 'key', 'unknown-colour', 'key'])
  })

  it('targets the quote and position in the document at its revision', () => {
    const target = items[0]!.target
    expect(target.source).toEqual({
      id: 'urn:casefile:source:yousaf-2024',
      type: 'Text',
      format: 'text/plain',
      label: 'Pakistan-Iran Relations: Seeking Stability',
    })
    expect(target.state).toBe('urn:casefile:source:yousaf-2024:rev:abcdef0123456789')
    expect(target.selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: 'seeking stability',
        prefix: 'Relations: ',
        suffix: ' in the region',
      },
      { type: 'TextPositionSelector', start: 40, end: 57 },
    ])
  })

  it('keeps hostile quotes verbatim and leaves out empty context and unknown titles', () => {
    expect(items[2]?.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: '<script>alert(1)</script>',
    })
    expect(items[2]?.target.source.id).toBe('urn:casefile:source:wire%2Fstrikes%2016-jan')
    expect(items[3]?.target.source).not.toHaveProperty('label')
  })

  it('stamps times in ISO 8601 UTC', () => {
    expect(items[0]).toMatchObject({
      created: '2024-03-01T09:30:00.000Z',
      modified: '2024-03-02T10:00:00.000Z',
      generated: '2024-06-01T12:00:00.000Z',
      generator: { type: 'Software', name: 'Casefile 0.1.0' },
    })
  })

  it('counts positions in code points when given the text at the same revision', () => {
    const text = '😀 Iran 𝕏 says: seeking stability'
    const start = text.indexOf('seeking')
    const withText = toWebAnnotations({
      ...input,
      highlights: [highlights[1]!, { ...highlights[1]!, id: 'stale', docRev: 'older' }].map(
        (h) => ({
          ...h,
          selectors: { ...h.selectors, position: { start, end: start + 17 } },
        }),
      ),
      texts: new Map([['yousaf-2024', { rev: 'abcdef0123456789', text }]]),
    })
    const [current, stale] = withText.first.items.map((a) => a.target.selector[1])
    expect(current).toMatchObject({ start: start - 2, end: start - 2 + 17 })
    expect([...text].slice(current!.start, current!.end).join('')).toBe('seeking stability')
    // The text is of another revision, so the stored offsets are all there is.
    expect(stale).toMatchObject({ start, end: start + 17 })
  })
})

describe('toWebAnnotations on any highlights', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 20 })
  const hostile = fc.constantFrom('<script>', '"', '\\', '\u0000', '@id', '{"a":1}', '\n', '😀')
  const anyText = fc.oneof(text, hostile)
  const highlightArb = fc
    .record({
      id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 10 })),
      docId: fc.oneof(
        fc.constantFrom('yousaf-2024', 'missing'),
        fc.string({ unit: 'binary', minLength: 1 }),
      ),
      docRev: fc.string({ minLength: 1, maxLength: 16 }),
      exact: anyText,
      prefix: anyText,
      suffix: anyText,
      start: fc.nat(100_000),
      length: fc.nat(500),
      color: fc.constantFrom('yellow', 'green', 'blue', 'pink', 'purple', 'other'),
      note: anyText,
      tags: fc.array(anyText, { maxLength: 4 }),
      createdAt: fc.integer({ min: 0, max: Date.UTC(9999, 0) }),
      updatedAt: fc.integer({ min: 0, max: Date.UTC(9999, 0) }),
    })
    .map((h): HighlightForExport => ({
      id: h.id,
      docId: h.docId,
      docRev: h.docRev,
      selectors: {
        quote: { exact: h.exact, prefix: h.prefix, suffix: h.suffix },
        position: { start: h.start, end: h.start + h.length },
      },
      color: h.color,
      note: h.note,
      tags: h.tags,
      createdAt: h.createdAt,
      updatedAt: h.updatedAt,
    }))

  it('always passes the model checks and keeps every quote, note and tag', () => {
    fc.assert(
      fc.property(fc.uniqueArray(highlightArb, { selector: (h) => h.id, maxLength: 8 }), (list) => {
        const parsed = JSON.parse(JSON.stringify(toWebAnnotations({ ...input, highlights: list })))
        expect(annotationModelProblems(parsed)).toEqual([])
        const out = (parsed as AnnotationCollection).first.items
        expect(new Set(out.map((a) => a.id)).size).toBe(list.length)
        out.forEach((a, i) => {
          const h = list[i]!
          expect(a.target.selector[0].exact).toBe(h.selectors.quote.exact)
          expect(a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(h.tags)
          const note = a.body.find((b) => b.purpose === 'commenting')?.value ?? ''
          expect(note).toBe(h.note.trim() ? h.note : '')
        })
      }),
    )
  })
})

describe('IRIs', () => {
  it('are made from any id, even one holding a broken surrogate pair', () => {
    const broken = toWebAnnotations({
      ...input,
      highlights: [highlight('odd\uD800id', { docId: 'doc\uDC00', docRev: 'r\uD83D' })],
    })
    expect(annotationModelProblems(broken)).toEqual([])
    expect(broken.first.items[0]?.id).toBe('urn:casefile:highlight:odd%EF%BF%BDid')
    expect(broken.first.items[0]?.target.state).toBe(
      'urn:casefile:source:doc%EF%BF%BD:rev:r%EF%BF%BD',
    )
  })
})

describe('codePointCounter', () => {
  it('agrees with counting the code points of the prefix', () => {
    const text = 'a😀b𝕏𝕏c\uD800d'
    const count = codePointCounter(text)
    const insidePair = (offset: number) =>
      /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text.slice(offset - 1, offset + 1))
    for (let offset = 0; offset <= text.length; offset++) {
      if (insidePair(offset)) continue
      expect(count(offset)).toBe([...text.slice(0, offset)].length)
    }
  })
})

describe('the model checks themselves', () => {
  const valid = (): AnnotationCollection => JSON.parse(JSON.stringify(toWebAnnotations(input)))
  const item = (d: AnnotationCollection, i: number) => d.first.items[i]!
  const drop = (object: object, key: string) => Reflect.deleteProperty(object, key)
  const set = (object: object, key: string, value: unknown) =>
    Object.assign(object, { [key]: value })

  it.each([
    ['no @context', (d) => drop(d, '@context'), '@context'],
    ['an annotation without id', (d) => drop(item(d, 0), 'id'), 'first.items[0].id'],
    ['a wrong annotation type', (d) => set(item(d, 1), 'type', 'Note'), 'first.items[1].type'],
    ['no target', (d) => drop(item(d, 0), 'target'), 'first.items[0].target'],
    ['a TextualBody without value', (d) => drop(item(d, 0).body[0]!, 'value'), 'body[0].value'],
    [
      'a quote selector without exact',
      (d) => drop(item(d, 0).target.selector[0], 'exact'),
      'selector[0].exact',
    ],
    [
      'a negative start',
      (d) => set(item(d, 0).target.selector[1], 'start', -1),
      'selector[1].start',
    ],
    [
      'a start after the end',
      (d) => set(item(d, 0).target.selector[1], 'start', 99),
      'selector[1]',
    ],
    ['a fractional end', (d) => set(item(d, 0).target.selector[1], 'end', 57.5), 'selector[1].end'],
    ['a made-up motivation', (d) => set(item(d, 0), 'motivation', 'liking'), 'motivation'],
    ['a made-up purpose', (d) => set(item(d, 0).body[1]!, 'purpose', 'filing'), 'body[1].purpose'],
    [
      'a date without time zone',
      (d) => set(item(d, 0), 'created', '2024-03-01T09:30:00'),
      'created',
    ],
    ['an impossible date', (d) => set(item(d, 0), 'modified', '2024-13-45T09:30:00Z'), 'modified'],
    ['a target without source', (d) => drop(item(d, 2).target, 'source'), 'target[0].source'],
    [
      'a state that is not an IRI',
      (d) => set(item(d, 2).target, 'state', 'rev 1'),
      'target[0].state',
    ],
    ['a total that does not count', (d) => set(d, 'total', 7), 'total'],
  ] as [string, (d: AnnotationCollection) => unknown, string][])(
    'fail on %s',
    (_what, breakIt, path) => {
      const doc = valid()
      expect(annotationModelProblems(doc)).toEqual([])
      breakIt(doc)
      expect(annotationModelProblems(doc).some((p) => p.includes(path))).toBe(true)
    },
  )
})
