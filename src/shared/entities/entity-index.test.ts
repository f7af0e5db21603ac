import { describe, expect, it } from 'vitest'
import type { EntityKind, EntityMention } from './entity-kind'
import {
  addMerge,
  addSplit,
  buildEntityIndex,
  entityMentions,
  NO_OVERRIDES,
  parseEntityOverrides,
  removeMerge,
  removeSplit,
  variantId,
  type DocumentMentions,
  type EntityIndex,
  type EntityOverrides,
} from './entity-index'

/** Mentions at made-up but distinct offsets. */
function doc(docId: string, names: [EntityKind, string][]): DocumentMentions {
  let at = 0
  const mentions: EntityMention[] = names.map(([kind, surface]) => {
    const m = { kind, surface, start: at, end: at + surface.length }
    at += surface.length + 10
    return m
  })
  return { docId, mentions }
}

const corpus: DocumentMentions[] = [
  doc('a', [
    ['person', 'Hossein Amir Abdollahian'],
    ['place', 'Balochistan'],
    ['place', 'Iran'],
    ['person', 'Ebrahim Raisi'],
  ]),
  doc('b', [
    ['person', 'Hossein Amirabdollahian'],
    ['place', 'Baluchistan'],
    ['place', 'Iraq'],
    ['person', 'Raisi'],
    ['person', 'President Raisi'],
  ]),
  doc('c', [
    ['person', 'Hossein Amir-Abdollahian'],
    ['person', 'Amirabdollahian'],
    ['person', 'Hossein Amir-Abdollahian'],
    ['organisation', 'Jaish al-Adl'],
    ['organisation', 'Jaish-al-Adl'],
    ['person', 'Hossein Salami'],
  ]),
]

const find = (index: EntityIndex, name: string) => index.entities.find((e) => e.name === name)

describe('buildEntityIndex', () => {
  const index = buildEntityIndex(corpus)

  it('groups spellings and counts mentions per document', () => {
    const minister = find(index, 'Hossein Amir-Abdollahian')!
    expect(minister.id).toBe('person:hosseinamirabdollahian')
    expect(minister.kind).toBe('person')
    expect(minister.variants.map((v) => [v.surface, v.count])).toEqual([
      ['Hossein Amir-Abdollahian', 2],
      ['Amirabdollahian', 1],
      ['Hossein Amir Abdollahian', 1],
      ['Hossein Amirabdollahian', 1],
    ])
    expect(minister.documents.map((d) => [d.docId, d.count])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ])
    expect(minister.count).toBe(5)
    const balochistan = find(index, 'Balochistan')!
    expect(balochistan.variants.map((v) => v.surface)).toEqual(['Balochistan', 'Baluchistan'])
    expect(find(index, 'Jaish al-Adl')!.count).toBe(2)
  })

  it('keeps Iran and Iraq, and people who share a first name, apart', () => {
    expect(find(index, 'Iran')!.count).toBe(1)
    expect(find(index, 'Iraq')!.count).toBe(1)
    expect(find(index, 'Hossein Salami')!.count).toBe(1)
  })

  it('joins a surname to the one full name that ends with it, and names the entity by the full name', () => {
    const raisi = find(index, 'Ebrahim Raisi')!
    expect(raisi.count).toBe(3)
    expect(raisi.keys).toContain('person:raisi')
    expect(find(index, 'Raisi')).toBeUndefined()
  })

  it('leaves a surname alone when two people could own it', () => {
    const two = buildEntityIndex([
      doc('a', [
        ['person', 'Imran Khan'],
        ['person', 'Mansur Khan'],
        ['person', 'Khan'],
      ]),
    ])
    expect(two.entities.map((e) => e.name).sort()).toEqual(['Imran Khan', 'Khan', 'Mansur Khan'])
  })

  it('joins an acronym to the name the texts define it for, unless they define it two ways', () => {
    const org = (surface: string, start: number, abbreviates?: string): EntityMention => ({
      kind: 'organisation',
      surface,
      start,
      end: start + surface.length,
      ...(abbreviates ? { abbreviates } : {}),
    })
    const one = buildEntityIndex([
      {
        docId: 'a',
        mentions: [org('Joint Trade Committee', 0), org('JTC', 23, 'Joint Trade Committee')],
      },
      { docId: 'b', mentions: [org('JTC', 5), org('JTC', 50)] },
    ])
    expect(one.entities.map((e) => [e.name, e.count])).toEqual([['Joint Trade Committee', 4]])
    const two = buildEntityIndex([
      {
        docId: 'a',
        mentions: [org('Joint Trade Committee', 0), org('JTC', 23, 'Joint Trade Committee')],
      },
      {
        docId: 'b',
        mentions: [
          org('Joint Technical Commission', 0),
          org('JTC', 28, 'Joint Technical Commission'),
        ],
      },
    ])
    expect(two.entities.map((e) => e.name).sort()).toEqual([
      'JTC',
      'Joint Technical Commission',
      'Joint Trade Committee',
    ])
  })

  it('records where each mention is, when asked to', () => {
    const full = buildEntityIndex(corpus, NO_OVERRIDES, { mentions: true })
    const iran = full.entities.find((e) => e.name === 'Iran')!
    const m = corpus[0]!.mentions[2]!
    expect(iran.documents[0]!.mentions).toEqual([{ start: m.start, end: m.end, surface: 'Iran' }])
  })

  it('holds counts per document but no mentions otherwise', () => {
    const minister = find(index, 'Hossein Amir-Abdollahian')!
    expect(minister.documents).toEqual([
      { docId: 'a', count: 1 },
      { docId: 'b', count: 1 },
      { docId: 'c', count: 3 },
    ])
  })

  it('orders entities by mentions, then name', () => {
    const counts = index.entities.map((e) => e.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })
})

describe('overrides', () => {
  const splitVariant = variantId('person', 'Amirabdollahian')
  let overrides: EntityOverrides = NO_OVERRIDES
  overrides = addMerge(overrides, ['place:iran', 'place:iraq'])
  overrides = addSplit(overrides, splitVariant)

  it('merges entities under the first one named, and splits a variant out', () => {
    const index = buildEntityIndex(corpus, overrides)
    const merged = index.entities.find((e) => e.id === 'place:iran')!
    expect(merged.variants.map((v) => v.surface).sort()).toEqual(['Iran', 'Iraq'])
    expect(merged.keys).toEqual(['place:iran', 'place:iraq'])
    expect(index.entities.find((e) => e.id === 'place:iraq')).toBeUndefined()
    const split = index.entities.find((e) => e.id === `split:${splitVariant}`)!
    expect(split.name).toBe('Amirabdollahian')
    expect(find(index, 'Hossein Amir-Abdollahian')!.count).toBe(4)
    expect(index.stale).toEqual({ merges: [], splits: [] })
  })

  it('gives the same index after a round trip through JSON, applied again', () => {
    const first = buildEntityIndex(corpus, overrides)
    const stored = JSON.stringify(overrides)
    const reloaded = parseEntityOverrides(JSON.parse(stored))
    expect(reloaded).toEqual(overrides)
    expect(buildEntityIndex(corpus, reloaded)).toEqual(first)
    expect(JSON.stringify(buildEntityIndex(corpus, reloaded))).toBe(JSON.stringify(first))
  })

  it('is idempotent: adding the same override again changes nothing', () => {
    expect(addMerge(overrides, ['place:iraq', 'place:iran'])).toBe(overrides)
    expect(addSplit(overrides, splitVariant)).toBe(overrides)
    expect(addMerge(overrides, ['place:iran'])).toBe(overrides)
    const doubled: EntityOverrides = {
      version: 1,
      merges: [...overrides.merges, ...overrides.merges],
      splits: [...overrides.splits, ...overrides.splits],
    }
    expect(buildEntityIndex(corpus, doubled).entities).toEqual(
      buildEntityIndex(corpus, overrides).entities,
    )
  })

  it('keeps overrides whose entities are gone, ignores them, and applies them when they return', () => {
    const withGhosts = addSplit(
      addMerge(overrides, ['person:hosseinsalami', 'person:nobodyatall']),
      variantId('place', 'Atlantis'),
    )
    const index = buildEntityIndex(corpus, withGhosts)
    expect(index.stale.merges).toEqual([
      {
        merge: { keys: ['person:hosseinsalami', 'person:nobodyatall'] },
        missing: ['person:nobodyatall'],
      },
    ])
    expect(index.stale.splits).toEqual([{ variant: 'place|Atlantis' }])
    expect(index.entities).toEqual(buildEntityIndex(corpus, overrides).entities)
    // Nothing is dropped from the overrides themselves.
    expect(parseEntityOverrides(JSON.parse(JSON.stringify(withGhosts)))).toEqual(withGhosts)

    // The merged person appears in a new document: the stored merge applies.
    const grown = [...corpus, doc('d', [['person', 'Nobody At All']])]
    const later = buildEntityIndex(grown, withGhosts)
    expect(later.stale.merges).toEqual([])
    expect(find(later, 'Hossein Salami')!.variants.map((v) => v.surface)).toEqual([
      'Hossein Salami',
      'Nobody At All',
    ])
  })

  it('resolves a merge that names a split entity, or a key a surname was absorbed into', () => {
    const president = variantId('person', 'President Raisi')
    const split = addSplit(NO_OVERRIDES, president)
    const index = buildEntityIndex(
      corpus,
      addMerge(split, ['person:hosseinsalami', `split:${president}`]),
    )
    const salami = index.entities.find((e) => e.id === 'person:hosseinsalami')!
    expect(salami.variants.map((v) => v.surface)).toEqual(['Hossein Salami', 'President Raisi'])
    expect(find(index, 'Ebrahim Raisi')!.count).toBe(2)

    const bySurname = buildEntityIndex(
      corpus,
      addMerge(NO_OVERRIDES, ['person:raisi', 'person:hosseinsalami']),
    )
    const raisi = bySurname.entities.find((e) => e.id === 'person:ebrahimraisi')!
    expect(raisi.count).toBe(4)
    expect(raisi.keys).toEqual(['person:ebrahimraisi', 'person:hosseinsalami', 'person:raisi'])
  })

  it('undoes a merge or a split by removing it', () => {
    const none = removeSplit(removeMerge(overrides, ['place:iraq', 'place:iran']), splitVariant)
    expect(none).toEqual(NO_OVERRIDES)
    expect(removeSplit(none, splitVariant)).toBe(none)
  })

  it('refuses stored data that is not overrides, saying where', () => {
    expect(() => parseEntityOverrides({ version: 2, merges: [], splits: [] })).toThrow(/version/)
    expect(() => parseEntityOverrides({ version: 1, merges: [{ keys: 'x' }], splits: [] })).toThrow(
      /merges\.0\.keys/,
    )
  })
})

describe('entityMentions', () => {
  const overrides = addSplit(
    addMerge(NO_OVERRIDES, ['place:iran', 'place:iraq']),
    variantId('person', 'Amirabdollahian'),
  )
  const full = buildEntityIndex(corpus, overrides, { mentions: true })
  const finder = entityMentions(corpus, buildEntityIndex(corpus, overrides))

  it('gives each entity’s mentions as the index with mentions has them', () => {
    for (const entity of full.entities) {
      expect(finder.mentionsOf(entity.id, null), entity.id).toEqual(entity.documents)
      for (const d of entity.documents) {
        expect(finder.mentionsOf(entity.id, d.docId), entity.id).toEqual([d])
      }
    }
  })

  it('gives none for a document the entity is not in, or an id the index does not have', () => {
    const merged = full.entities.find((e) => e.id === 'place:iran')!
    expect(merged.documents.map((d) => d.docId)).toEqual(['a', 'b'])
    expect(finder.mentionsOf('place:iran', 'c')).toEqual([])
    expect(finder.mentionsOf('place:iraq', null)).toEqual([])
    expect(finder.mentionsOf('place:atlantis', null)).toEqual([])
  })
})
