import { describe, expect, it } from 'vitest'
import { flexSearchEngine } from './flexsearch-engine'
import { invertedEngine } from './inverted-engine'
import { miniSearchEngine } from './minisearch-engine'
import { createSearchIndex, loadSearchIndex, type SearchRecord } from './search-index'

const RECORDS: SearchRecord[] = [
  {
    id: 'doc-a#0',
    kind: 'passage',
    docId: 'doc-a',
    text: 'Iran struck targets of Jaish al-Adl in Balochistan along the 959-kilometer border.',
    date: Date.UTC(2024, 0, 16),
  },
  {
    id: 'doc-a#1',
    kind: 'passage',
    docId: 'doc-a',
    text: 'Hossein Amir-Abdollahian spoke to Jalil Abbas Jilani by telephone.',
    date: Date.UTC(2024, 0, 16),
  },
  {
    id: 'doc-b#0',
    kind: 'passage',
    docId: 'doc-b',
    text: 'Pakistan launched Marg Bar Sarmachar against hideouts in Sistan-Baluchestan.',
    date: Date.UTC(2024, 0, 18),
  },
  {
    id: 'doc-b#1',
    kind: 'passage',
    docId: 'doc-b',
    text: 'The group Jaish-al-Adl claimed the attack; Baluchistan officials were silent.',
    date: Date.UTC(2024, 0, 18),
  },
  {
    id: 'h1',
    kind: 'highlight',
    docId: 'doc-b',
    text: 'Marg Bar Sarmachar — a retaliation the analyst doubts',
    tags: ['retaliation'],
  },
  {
    id: 'c1',
    kind: 'claim',
    text: 'Iran notified Pakistan before the strikes',
    tags: ['contested'],
  },
  { id: 'e1', kind: 'event', title: 'Iranian strikes in Panjgur', text: 'Missiles and drones.' },
  { id: 'b1', kind: 'brief', title: 'Border escalation', text: 'Summary of the January strikes.' },
]

const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort()

describe.each([miniSearchEngine, flexSearchEngine, invertedEngine])(
  'search index over $name',
  (engine) => {
    const make = () => {
      const index = createSearchIndex(engine)
      index.addAll(RECORDS)
      return index
    }

    it('finds every record with all the words of a query, of every kind', () => {
      const index = make()
      expect(index.size).toBe(RECORDS.length)
      expect(ids(index.search('Marg Bar Sarmachar'))).toEqual(['doc-b#0', 'h1'])
      // FlexSearch's forward index matches prefixes always: "Iran" finds "Iranian" too.
      expect(ids(index.search('strikes Iran', { prefix: false }))).toEqual(
        engine === flexSearchEngine ? ['c1', 'e1'] : ['c1'],
      )
      expect(ids(index.search('panjgur'))).toEqual(['e1'])
      expect(ids(index.search('escalation'))).toEqual(['b1'])
      expect(index.search('')).toEqual([])
      expect(index.search(' — ')).toEqual([])
    })

    it('matches compounds whole and in parts, both ways', () => {
      const index = make()
      expect(ids(index.search('Jaish al-Adl', { prefix: false }))).toEqual(['doc-a#0', 'doc-b#1'])
      expect(ids(index.search('Jaish-al-Adl', { prefix: false }))).toEqual(['doc-a#0', 'doc-b#1'])
      expect(ids(index.search('959', { prefix: false }))).toEqual(['doc-a#0'])
      expect(ids(index.search('kilometer', { prefix: false }))).toEqual(['doc-a#0'])
      expect(ids(index.search('959-kilometer', { prefix: false }))).toEqual(['doc-a#0'])
      expect(ids(index.search('Amirabdollahian', { prefix: false }))).toEqual(['doc-a#1'])
    })

    it('finds words by prefix as the user types', () => {
      const index = make()
      expect(ids(index.search('sarma'))).toEqual(['doc-b#0', 'h1'])
    })

    it('finds typos when fuzzy', () => {
      const index = make()
      expect(index.search('Balochstan', { prefix: false })).toEqual([])
      expect(ids(index.search('Balochstan', { fuzzy: true, prefix: false }))).toContain('doc-a#0')
      expect(ids(index.search('Amirabdolahian', { fuzzy: true, prefix: false }))).toEqual([
        'doc-a#1',
      ])
    })

    it('filters by kind, source, tag and date', () => {
      const index = make()
      expect(ids(index.search('Marg', { kinds: ['highlight'] }))).toEqual(['h1'])
      expect(ids(index.search('Jaish', { filters: { docIds: ['doc-b'] } }))).toEqual(['doc-b#1'])
      expect(ids(index.search('Iran', { filters: { tags: ['contested'] } }))).toEqual(['c1'])
      const from = Date.UTC(2024, 0, 17)
      expect(ids(index.search('Jaish', { filters: { from } }))).toEqual(['doc-b#1'])
      expect(ids(index.search('Jaish', { filters: { to: from } }))).toEqual(['doc-a#0'])
    })

    it('removes and replaces records', () => {
      const index = make()
      expect(index.remove('h1')).toBe(true)
      expect(index.remove('h1')).toBe(false)
      expect(ids(index.search('Sarmachar'))).toEqual(['doc-b#0'])
      index.replace({ id: 'c1', kind: 'claim', text: 'Pakistan retaliated within two days' })
      expect(index.search('notified')).toEqual([])
      expect(ids(index.search('retaliated'))).toEqual(['c1'])
      expect(() => index.add(RECORDS[0]!)).toThrow(/already has/)
    })

    it('round-trips through a structured clone (as IndexedDB stores it) and keeps working incrementally', () => {
      const loaded = loadSearchIndex(structuredClone(make().snapshot()), engine)
      expect(loaded.size).toBe(RECORDS.length)
      expect(ids(loaded.search('Jaish', { filters: { docIds: ['doc-b'] } }))).toEqual(['doc-b#1'])
      loaded.add({ id: 'c2', kind: 'claim', text: 'Talks in Quetta resumed' })
      expect(ids(loaded.search('quetta'))).toEqual(['c2'])
      loaded.remove('doc-b#1')
      expect(ids(loaded.search('Jaish'))).toEqual(['doc-a#0'])
    })
  },
)

describe('loadSearchIndex', () => {
  it('refuses another engine’s index, another format and a newer version', () => {
    const stored = createSearchIndex(miniSearchEngine).snapshot()
    expect(() => loadSearchIndex(stored, flexSearchEngine)).toThrow(/built by minisearch/)
    expect(() => loadSearchIndex({ format: 'x' })).toThrow(/not a Casefile search index/)
    expect(() => loadSearchIndex('a string')).toThrow(/not a Casefile search index/)
    expect(() => loadSearchIndex({ ...stored, version: 5 })).toThrow(/version 5/)
  })
})
