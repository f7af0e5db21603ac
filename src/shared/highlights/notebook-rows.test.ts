import { describe, expect, it } from 'vitest'
import type { Block, DocumentModel } from '../corpus/document-model'
import {
  buildNotebookRows,
  filterNotebookRows,
  formatTimestamp,
  hasNotebookFilters,
  NO_NOTEBOOK_FILTERS,
  notebookSources,
  notebookTags,
  UNKNOWN_SOURCE,
  type NotebookFilters,
  type NotebookHighlight,
  type NotebookRow,
} from './notebook-rows'
import { reanchor } from '../anchoring'
import type { PlacementLike } from './placement-groups'

/** A document from [kind, text] blocks joined by blank lines; paragraphs numbered from 1. */
function doc(id: string, title: string, parts: [Block['kind'], string][]): DocumentModel {
  const blocks: Block[] = []
  let offset = 0
  let para = 0
  for (const [kind, text] of parts) {
    blocks.push({
      kind,
      level: kind === 'heading' ? 2 : 0,
      text,
      start: offset,
      end: offset + text.length,
      para: kind === 'heading' ? null : ++para,
      marks: [],
    })
    offset += text.length + 2
  }
  return {
    meta: {
      id,
      title,
      authors: [],
      outlet: null,
      published: null,
      genre: 'analysis',
      raw: 'raw.txt',
      authorNote: null,
    },
    blocks,
    text: parts.map(([, text]) => text).join('\n\n'),
    rev: `rev-${id}`,
  }
}

const strikes = doc('strikes', 'Missile Strikes', [
  ['heading', 'Background'],
  ['paragraph', 'On January 16, Iran conducted a missile strike in Balochistan.'],
  ['paragraph', 'Two days later, Pakistan executed a retaliatory airstrike.'],
  ['paragraph', 'Both sides then chose talks over escalation.'],
])
const border = doc('border', 'The Long Border', [
  ['paragraph', 'The two countries share a 959-kilometer long border.'],
])

let nextId = 0
function highlight(partial: Partial<NotebookHighlight> & { quote: string }): NotebookHighlight {
  const { quote, ...rest } = partial
  nextId += 1
  return {
    id: `h${nextId}`,
    docId: 'strikes',
    selectors: { quote: { exact: quote } },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: 1_700_000_000_000 + nextId,
    updatedAt: 1_700_000_000_000 + nextId,
    ...rest,
  }
}

/** A stand-in for re-anchoring: exact text is placed, "~" marks uncertain, else orphan. */
function place(h: NotebookHighlight, model: DocumentModel): PlacementLike {
  const uncertain = h.selectors.quote.exact.startsWith('~')
  const quote = h.selectors.quote.exact.replace(/^~/, '')
  const start = model.text.indexOf(quote)
  if (start < 0) return { status: 'orphan' }
  const end = start + quote.length
  return uncertain
    ? { status: 'uncertain', start, end, score: 0.8 }
    : { status: 'placed', start, end }
}

const documents = new Map([
  ['strikes', strikes],
  ['border', border],
])
const titles = new Map([
  ['strikes', 'Missile Strikes'],
  ['border', 'The Long Border'],
])
const colorNames = {
  yellow: 'key',
  green: 'evidence',
  blue: 'question',
  pink: 'doubt',
  purple: 'bg',
}

function rows(
  highlights: NotebookHighlight[],
  overrides: Partial<{ titles: Map<string, string>; documents: Map<string, DocumentModel> }> = {},
) {
  return buildNotebookRows({ highlights, documents, titles, colorNames, place, ...overrides })
}

describe('buildNotebookRows', () => {
  it('gives each placed highlight its source title, ¶ and colour name', () => {
    const [row] = rows([
      highlight({ quote: 'Pakistan executed a retaliatory airstrike', color: 'green' }),
    ])
    expect(row).toMatchObject({
      sourceTitle: 'Missile Strikes',
      status: 'placed',
      paragraphs: '¶2',
      firstParagraph: 2,
      colorName: 'evidence',
      quote: 'Pakistan executed a retaliatory airstrike',
    })
  })

  it('spans paragraphs when a quote crosses a block boundary', () => {
    const [row] = rows([highlight({ quote: 'airstrike.\n\nBoth sides' })])
    expect(row?.paragraphs).toBe('¶2–3')
  })

  it('ignores headings in the ¶ of a passage that starts in one', () => {
    const [row] = rows([highlight({ quote: 'Background\n\nOn January 16' })])
    expect(row?.paragraphs).toBe('¶1')
  })

  it('keeps orphans, with no ¶', () => {
    const list = rows([
      highlight({ quote: 'a sentence that was edited away' }),
      highlight({ quote: 'share a 959-kilometer', docId: 'border' }),
    ])
    expect(list).toHaveLength(2)
    expect(list[0]).toMatchObject({ status: 'orphan', paragraphs: '', firstParagraph: null })
    expect(list[1]).toMatchObject({
      status: 'placed',
      paragraphs: '¶1',
      sourceTitle: 'The Long Border',
    })
  })

  it('gives the page instead of the ¶ for a source with pages, still sorting by ¶', () => {
    const pages = [7, 7, 7, 8]
    const paged = { ...strikes, blocks: strikes.blocks.map((b, i) => ({ ...b, page: pages[i] })) }
    const list = rows([highlight({ quote: 'Pakistan executed' }), highlight({ quote: 'talks' })], {
      documents: new Map([['strikes', paged]]),
    })
    expect(list.map((row) => [row.paragraphs, row.firstParagraph])).toEqual([
      ['p. 7', 2],
      ['p. 8', 3],
    ])
  })

  it('marks uncertain placements but still gives their ¶', () => {
    const [row] = rows([highlight({ quote: '~Both sides then chose talks' })])
    expect(row).toMatchObject({ status: 'uncertain', paragraphs: '¶3' })
  })

  it('is pending while the document loads, and missing when the library lacks it', () => {
    const h = highlight({ quote: 'anything', docId: 'gone' })
    expect(rows([h], { titles: new Map() })[0]).toMatchObject({
      status: 'pending',
      sourceTitle: UNKNOWN_SOURCE,
    })
    expect(rows([h])[0]).toMatchObject({ status: 'missing', sourceTitle: UNKNOWN_SOURCE })
    const loading = rows([highlight({ quote: 'x' })], { documents: new Map() })[0]
    expect(loading).toMatchObject({
      status: 'pending',
      sourceTitle: 'Missile Strikes',
      paragraphs: '',
    })
  })

  it('falls back to the model title, and to the colour id for an unknown colour', () => {
    const [row] = rows([highlight({ quote: 'Both sides', color: 'teal' })], { titles: new Map() })
    expect(row).toMatchObject({ sourceTitle: 'Missile Strikes', colorName: 'teal' })
  })

  it('calls place once per highlight with its own document', () => {
    const seen: string[] = []
    buildNotebookRows({
      highlights: [highlight({ quote: 'a' }), highlight({ quote: 'b', docId: 'border' })],
      documents,
      titles,
      colorNames,
      place: (h, model) => {
        seen.push(`${h.id}@${model.meta.id}`)
        return { status: 'orphan' }
      },
    })
    expect(seen).toEqual([expect.stringMatching(/@strikes$/), expect.stringMatching(/@border$/)])
  })
})

describe('filterNotebookRows', () => {
  const all = rows([
    highlight({
      quote: 'On January 16, Iran conducted a missile strike',
      color: 'yellow',
      tags: ['Strikes', 'Iran'],
      note: 'Date of the first strike',
    }),
    highlight({
      quote: 'Pakistan executed a retaliatory airstrike',
      color: 'pink',
      tags: ['strikes'],
    }),
    highlight({
      quote: 'share a 959-kilometer long border',
      docId: 'border',
      color: 'green',
      tags: ['geography', '🌍 map'],
    }),
    highlight({
      quote: 'Both sides then chose talks',
      color: 'green',
      tags: ['דיפלומטיה'],
      note: 'Shift to diplomacy',
    }),
    highlight({ quote: 'a sentence no longer there', color: 'blue' }),
  ])
  const ids = (list: NotebookRow[]) => list.map((row) => row.quote.slice(0, 12))
  const only = (filters: Partial<NotebookFilters>) =>
    ids(filterNotebookRows(all, { ...NO_NOTEBOOK_FILTERS, ...filters }))

  it('keeps everything without filters', () => {
    expect(filterNotebookRows(all, NO_NOTEBOOK_FILTERS)).toHaveLength(5)
    expect(hasNotebookFilters(NO_NOTEBOOK_FILTERS)).toBe(false)
    expect(hasNotebookFilters({ ...NO_NOTEBOOK_FILTERS, text: '  ' })).toBe(false)
    expect(hasNotebookFilters({ ...NO_NOTEBOOK_FILTERS, color: 'pink' })).toBe(true)
  })

  it('filters by source', () => {
    expect(only({ docId: 'border' })).toEqual(['share a 959-'])
  })

  it('filters by colour', () => {
    expect(only({ color: 'green' })).toEqual(['share a 959-', 'Both sides t'])
  })

  it('filters by tag without case', () => {
    expect(only({ tag: 'STRIKES' })).toEqual(['On January 1', 'Pakistan exe'])
  })

  it('filters by emoji and right-to-left tags', () => {
    expect(only({ tag: '🌍 map' })).toEqual(['share a 959-'])
    expect(only({ tag: 'דיפלומטיה' })).toEqual(['Both sides t'])
    expect(only({ text: 'דיפלו' })).toEqual(['Both sides t'])
    expect(only({ text: '🌍' })).toEqual(['share a 959-'])
  })

  it('filters by status', () => {
    expect(only({ status: 'orphan' })).toEqual(['a sentence n'])
  })

  it('matches text in the quote, note, tags and source title, without case', () => {
    expect(only({ text: 'RETALIATORY' })).toEqual(['Pakistan exe'])
    expect(only({ text: 'diplomacy' })).toEqual(['Both sides t'])
    expect(only({ text: 'geography' })).toEqual(['share a 959-'])
    expect(only({ text: 'long border' })).toEqual(['share a 959-'])
    expect(only({ text: 'missile strikes' })).toHaveLength(4)
  })

  it('needs every term, in any field', () => {
    expect(only({ text: 'iran first' })).toEqual(['On January 1'])
    expect(only({ text: 'iran nowhere' })).toEqual([])
  })

  it('combines filters', () => {
    expect(only({ tag: 'strikes', color: 'pink' })).toEqual(['Pakistan exe'])
    expect(only({ docId: 'strikes', color: 'green', text: 'talks' })).toEqual(['Both sides t'])
    expect(only({ docId: 'border', tag: 'strikes' })).toEqual([])
  })

  it('matches composed and decomposed accents alike', () => {
    const [row] = rows([highlight({ quote: 'x', note: 'Caf\u00e9 meeting' })])
    const list = [row as NotebookRow]
    expect(filterNotebookRows(list, { ...NO_NOTEBOOK_FILTERS, text: 'cafe\u0301' })).toHaveLength(1)
  })
})

describe('notebookTags and notebookSources', () => {
  const list = rows([
    highlight({ quote: 'a', tags: ['strikes', 'Iran'] }),
    highlight({ quote: 'b', tags: ['Strikes', 'border'], docId: 'border' }),
  ])

  it('lists each tag once, alphabetically, first spelling kept', () => {
    expect(notebookTags(list)).toEqual(['border', 'Iran', 'strikes'])
  })

  it('lists each source once, by title', () => {
    expect(notebookSources(list)).toEqual([
      { docId: 'strikes', title: 'Missile Strikes' },
      { docId: 'border', title: 'The Long Border' },
    ])
  })
})

describe('formatTimestamp', () => {
  it('shows day, month, year and a 24-hour time', () => {
    expect(formatTimestamp(new Date(2026, 10, 23, 14, 5).getTime())).toBe('23 Nov 2026, 14:05')
    expect(formatTimestamp(new Date(2026, 0, 2, 0, 7).getTime())).toBe('2 Jan 2026, 00:07')
  })

  it('shows a dash for a time that is not a number', () => {
    expect(formatTimestamp(Number.NaN)).toBe('—')
  })
})

describe('buildNotebookRows with the real re-anchoring', () => {
  it('places an unchanged quote and orphans one whose text is gone', () => {
    const text = strikes.text
    const quote = 'Pakistan executed a retaliatory airstrike'
    const start = text.indexOf(quote)
    const selectors = (exact: string, at: number) => ({
      quote: { exact, prefix: text.slice(Math.max(0, at - 32), at), suffix: '' },
      position: { start: at, end: at + exact.length },
    })
    const kept = {
      ...highlight({ quote }),
      selectors: selectors(quote, start),
      docRev: strikes.rev,
    }
    const goneQuote = 'A ceasefire commission was formed by both sides in March.'
    const gone = {
      ...highlight({ quote: goneQuote }),
      selectors: selectors(goneQuote, 5),
      docRev: 'older-rev',
    }
    const list = buildNotebookRows({
      highlights: [kept, gone],
      documents,
      titles,
      colorNames,
      place: (h, model) =>
        reanchor(model.text, model.rev, { selectors: h.selectors, rev: h.docRev }),
    })
    expect(list.map((row) => [row.status, row.paragraphs])).toEqual([
      ['placed', '¶2'],
      ['orphan', ''],
    ])
  })
})
