import { describe, expect, it } from 'vitest'
import { describeSelection } from '../anchoring/describe'
import { contentRev } from '../corpus/parse-document'
import { toWebAnnotations, type HighlightForExport } from '../exports/web-annotation'
import { DEFAULT_COLOR_NAMES } from '../highlights/colors'
import {
  documentsThatMayGo,
  documentsToLoad,
  planAnnotationImport,
  summarizeAnnotationImport,
  type DocumentForImport,
  type ExistingHighlight,
  type HighlightDraft,
} from './web-annotation-plan'
import { readAnnotationFile, type ParsedAnnotation } from './web-annotation-read'

function doc(id: string, title: string, text: string, sourceUrl: string | null = null) {
  return { meta: { id, title, sourceUrl }, rev: contentRev(text), text } satisfies DocumentForImport
}

const BORDER = doc(
  'border',
  'The border',
  [
    'Iran and Pakistan share a border of over 900 kilometers.',
    'Trade across the border is worth around $1.5 billion per year.',
    'The border towns of Turbat and Zahedan will host liaison officers.',
  ].join('\n\n'),
  'https://example.org/border',
)
const EMOJI = doc('emoji', 'Flags', '🇮🇷 and 🇵🇰 flags 🚩 flew over the border crossing at Taftan.')

function parse(value: unknown): ParsedAnnotation[] {
  const reading = readAnnotationFile('test.jsonld', JSON.stringify(value))
  if (!reading.ok) throw new Error(reading.problem)
  return reading.annotations
}

/** A W3C annotation on `source` quoting `exact` with the given context. */
function quoting(
  exact: string,
  fields: {
    source?: string
    prefix?: string
    suffix?: string
    note?: string
    tags?: string[]
  } = {},
) {
  const body = [
    ...(fields.note ? [{ type: 'TextualBody', value: fields.note, purpose: 'commenting' }] : []),
    ...(fields.tags ?? []).map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' })),
  ]
  return {
    type: 'Annotation',
    body,
    target: {
      source: fields.source ?? 'https://example.org/border',
      selector: {
        type: 'TextQuoteSelector',
        exact,
        ...(fields.prefix ? { prefix: fields.prefix } : {}),
        ...(fields.suffix ? { suffix: fields.suffix } : {}),
      },
    },
  }
}

function exportOf(
  highlights: HighlightForExport[],
  docs: DocumentForImport[],
  withTexts = true,
): ParsedAnnotation[] {
  const collection = toWebAnnotations({
    highlights,
    documents: docs.map((d) => d.meta),
    colorNames: DEFAULT_COLOR_NAMES,
    generatedAt: new Date(Date.UTC(2024, 2, 1)),
    generator: { name: 'Casefile', version: '0.1.0' },
    ...(withTexts ? { texts: new Map(docs.map((d) => [d.meta.id, d])) } : {}),
  })
  return parse(collection)
}

function highlightOn(
  d: DocumentForImport,
  exact: string,
  fields: Partial<HighlightForExport> = {},
): HighlightForExport {
  const start = d.text.indexOf(exact)
  return {
    id: `h-${start}`,
    docId: d.meta.id,
    docRev: d.rev,
    selectors: describeSelection(d.text, start, start + exact.length),
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: Date.UTC(2024, 1, 1),
    updatedAt: Date.UTC(2024, 1, 2),
    ...fields,
  }
}

describe('planAnnotationImport places annotations', () => {
  it('builds the selectors a new highlight gets, with note, tags and the default colour', () => {
    const plan = planAnnotationImport(
      parse([quoting('Turbat and Zahedan', { note: 'Where?', tags: ['places', 'Places'] })]),
      [BORDER],
      [],
      { defaultColor: 'blue' },
    )
    const start = BORDER.text.indexOf('Turbat and Zahedan')
    expect(plan.highlights).toEqual([
      {
        docId: 'border',
        docRev: BORDER.rev,
        selectors: describeSelection(BORDER.text, start, start + 18),
        color: 'blue',
        note: 'Where?',
        tags: ['places'],
        createdAt: null,
        index: 0,
        label: '“Turbat and Zahedan”',
      },
    ])
    expect(plan.orphans).toEqual([])
  })

  it('trims a quote that ran into the spaces around it', () => {
    const plan = planAnnotationImport(parse([quoting(' over 900 kilometers. ')]), [BORDER], [])
    expect(plan.highlights[0]?.selectors.quote.exact).toBe('over 900 kilometers.')
  })

  it('finds a quote whose paragraph break another tool wrote as one newline', () => {
    const plan = planAnnotationImport(
      parse([
        quoting('900 kilometers.\nTrade across the border', { prefix: 'share a border of over ' }),
      ]),
      [BORDER],
      [],
    )
    expect(plan.highlights[0]?.selectors.quote.exact).toBe(
      '900 kilometers.\n\nTrade across the border',
    )
  })

  it('chooses the occurrence whose context agrees', () => {
    const plan = planAnnotationImport(
      parse([quoting('border', { prefix: 'The ', suffix: ' towns of Turbat' })]),
      [BORDER],
      [],
    )
    // "border" occurs three times; only the last has this context.
    expect(plan.highlights[0]?.selectors.position.start).toBe(BORDER.text.lastIndexOf('border'))
  })

  it("restores Casefile's own export exactly, positions in code points included", () => {
    const source = [
      highlightOn(EMOJI, 'flags 🚩 flew', { color: 'pink', note: 'Symbol', tags: ['flags'] }),
      highlightOn(EMOJI, 'Taftan', { color: 'green' }),
    ]
    for (const withTexts of [true, false]) {
      const plan = planAnnotationImport(exportOf(source, [EMOJI], withTexts), [EMOJI], [])
      expect(plan.orphans).toEqual([])
      expect(
        plan.highlights.map((h) => [h.selectors, h.color, h.note, h.tags, h.createdAt]),
      ).toEqual(source.map((h) => [h.selectors, h.color, h.note, h.tags, h.createdAt]))
    }
  })

  it('reads code point positions as such where only the position tells passages apart', () => {
    // Every "x" but those near the ends has the same context; the 15th starts at UTF-16
    // offset 73, code point 58, and 58 is an "x" too when misread as UTF-16 (the 12th).
    const flags = doc('flags', 'Flags', '🚩 x '.repeat(30).trim())
    const start = 14 * 5 + 3
    const source = [
      { ...highlightOn(flags, 'x'), selectors: describeSelection(flags.text, start, start + 1) },
    ]
    const plan = planAnnotationImport(exportOf(source, [flags]), [flags], [])
    expect(plan.highlights[0]?.selectors.position).toEqual({ start, end: start + 1 })
  })

  it('places one highlight per text target', () => {
    const plan = planAnnotationImport(
      parse([
        {
          type: 'Annotation',
          body: { type: 'TextualBody', value: 'Both', purpose: 'commenting' },
          target: [
            { source: 'border', selector: { type: 'TextQuoteSelector', exact: 'Turbat' } },
            { source: 'border', selector: { type: 'TextQuoteSelector', exact: 'Zahedan' } },
          ],
        },
      ]),
      [BORDER],
      [],
    )
    expect(plan.highlights.map((h) => [h.label, h.note])).toEqual([
      ['“Turbat”', 'Both'],
      ['“Zahedan”', 'Both'],
    ])
  })

  it('uses a bare position only where Casefile says it counts in this very text', () => {
    const start = BORDER.text.indexOf('Turbat')
    const positioned = (state: string | undefined) => ({
      type: 'Annotation',
      target: {
        source: 'urn:casefile:source:border',
        ...(state ? { state } : {}),
        selector: { type: 'TextPositionSelector', start, end: start + 6 },
      },
    })
    const same = planAnnotationImport(
      parse([positioned(`urn:casefile:source:border:rev:${BORDER.rev}`)]),
      [BORDER],
      [],
    )
    expect(same.highlights[0]?.selectors.quote.exact).toBe('Turbat')
    const other = planAnnotationImport(
      parse([positioned('urn:casefile:source:border:rev:0000'), positioned(undefined)]),
      [BORDER],
      [],
    )
    expect(other.orphans.map((o) => o.why)).toEqual([
      'only a character position, which cannot be checked against ‘The border’ (no TextQuoteSelector)',
      'only a character position, which cannot be checked against ‘The border’ (no TextQuoteSelector)',
    ])
  })
})

describe('planAnnotationImport lists orphans with why', () => {
  it('a source nothing matches, counted for the analyst to choose', () => {
    const plan = planAnnotationImport(
      parse([
        quoting('Turbat', { source: 'https://recogito.example/part/1' }),
        quoting('Zahedan', { source: 'https://recogito.example/part/1' }),
      ]),
      [BORDER],
      [],
    )
    expect(plan.orphans.map((o) => o.why)).toEqual([
      'no source matches https://recogito.example/part/1',
      'no source matches https://recogito.example/part/1',
    ])
    expect(plan.unmatchedSources).toEqual([
      { source: 'https://recogito.example/part/1', title: null, annotations: 2 },
    ])
    const chosen = planAnnotationImport(
      parse([quoting('Turbat', { source: 'https://recogito.example/part/1' })]),
      [BORDER],
      [],
      { sources: { 'https://recogito.example/part/1': 'border' } },
    )
    expect(chosen.highlights).toHaveLength(1)
  })

  it('a quote that is not in the text, and one only loosely like a passage', () => {
    const plan = planAnnotationImport(
      parse([
        quoting('The pipeline was finished in 2019 ahead of schedule.'),
        quoting('Trade over the frontier is worth some $2 billion a year.'),
        quoting('   '),
      ]),
      [BORDER],
      [],
    )
    expect(plan.highlights).toEqual([])
    expect(plan.orphans[0]?.why).toBe('the quoted text is not in ‘The border’')
    expect(plan.orphans[1]?.why).toMatch(
      /^the quoted text is not in ‘The border’ as written; the closest passage, “.*”, differs too much to be sure$/,
    )
    expect(plan.orphans[2]?.why).toBe('the quoted text is empty')
  })

  it('replies and annotations that are not on text, keeping their file order', () => {
    const plan = planAnnotationImport(
      parse([
        { type: 'Annotation', motivation: 'replying', body: 'x', target: 'urn:uuid:1' },
        quoting('Turbat'),
        { type: 'Annotation', target: { source: 'https://example.org/border' } },
      ]),
      [BORDER],
      [],
    )
    expect(plan.orphans.map((o) => [o.index, o.why])).toEqual([
      [0, 'a reply, not an annotation'],
      [2, 'not a text annotation (no TextQuoteSelector or TextPositionSelector)'],
    ])
  })
})

describe('planAnnotationImport skips duplicates', () => {
  it('of a highlight already in the workspace, made on this text or an older one', () => {
    const existing: ExistingHighlight[] = [
      { ...highlightOn(BORDER, 'Turbat and Zahedan'), id: 'now' },
      {
        id: 'older',
        docId: 'border',
        docRev: 'an-older-rev',
        selectors: {
          quote: { exact: '900 kilometers', prefix: 'a border of over ', suffix: '.' },
          position: { start: 3, end: 17 },
        },
      },
      { ...highlightOn(BORDER, 'Turbat and Zahedan'), docId: 'another-doc', id: 'elsewhere' },
    ]
    const plan = planAnnotationImport(
      parse([quoting('Turbat and Zahedan'), quoting('900 kilometers'), quoting('Turbat')]),
      [BORDER],
      existing,
    )
    expect(plan.duplicates).toEqual([
      {
        index: 0,
        label: '“Turbat and Zahedan”',
        why: 'this passage of ‘The border’ is highlighted already',
        highlightId: 'now',
      },
      {
        index: 1,
        label: '“900 kilometers”',
        why: 'this passage of ‘The border’ is highlighted already',
        highlightId: 'older',
      },
    ])
    expect(plan.highlights.map((h) => h.label)).toEqual(['“Turbat”'])
  })

  it('of an identical annotation earlier in the file, but not of one saying something else', () => {
    const plan = planAnnotationImport(
      parse([
        quoting('Turbat', { note: 'A town' }),
        quoting('Turbat', { note: 'A town' }),
        quoting('Turbat', { note: 'Another reader disagrees' }),
      ]),
      [BORDER],
      [],
    )
    expect(plan.highlights.map((h) => h.note)).toEqual(['A town', 'Another reader disagrees'])
    expect(plan.duplicates).toEqual([
      {
        index: 1,
        label: '“Turbat”',
        why: 'it repeats an annotation earlier in this file',
        highlightId: null,
      },
    ])
  })

  it('so planning again after the import adds nothing', () => {
    const annotations = parse([quoting('Turbat'), quoting('over 900 kilometers')])
    const first = planAnnotationImport(annotations, [BORDER], [])
    const written = first.highlights.map((h, i) => ({ ...h, id: `new-${i}` }))
    const again = planAnnotationImport(annotations, [BORDER], written)
    expect(again.highlights).toEqual([])
    expect(again.duplicates.map((d) => d.highlightId)).toEqual(['new-0', 'new-1'])
  })
})

describe('documentsToLoad and summarizeAnnotationImport', () => {
  it('names only the documents the file is about', () => {
    const metas = [BORDER.meta, EMOJI.meta, { id: 'third', title: 'Third', sourceUrl: null }]
    const annotations = parse([
      quoting('x'),
      quoting('y', { source: 'urn:casefile:source:emoji' }),
      quoting('z', { source: 'https://nowhere.example/' }),
      {
        type: 'Annotation',
        motivation: 'replying',
        target: { source: 'third', selector: { type: 'TextQuoteSelector', exact: 'q' } },
      },
    ])
    expect(documentsToLoad(annotations, metas)).toEqual(['border', 'emoji'])
  })

  it('says what the import would do in one sentence', () => {
    const plan = planAnnotationImport(
      parse([
        quoting('Turbat'),
        quoting('Turbat'),
        quoting('Zahedan'),
        quoting('not there at all, anywhere'),
      ]),
      [BORDER],
      [],
    )
    expect(summarizeAnnotationImport(plan)).toBe(
      '2 highlights to add, 1 already highlighted, 1 could not be placed.',
    )
    expect(
      summarizeAnnotationImport({
        highlights: [],
        duplicates: [],
        orphans: [],
        unmatchedSources: [],
      }),
    ).toBe('0 highlights to add.')
  })
})

describe('documentsThatMayGo', () => {
  it('names the planned documents that are not bundled, once each', () => {
    const drafts = ['bundled', 'imported', 'imported', 'gone'].map(
      (docId) => ({ docId }) as HighlightDraft,
    )
    expect([...documentsThatMayGo({ highlights: drafts }, new Set(['bundled']))]).toEqual([
      'imported',
      'gone',
    ])
    expect(documentsThatMayGo({ highlights: [] }, new Set())).toEqual(new Set())
  })
})
