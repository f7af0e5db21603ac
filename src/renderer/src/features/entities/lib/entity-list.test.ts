import {
  addMerge,
  buildEntityIndex,
  NO_OVERRIDES,
  type DocumentMentions,
} from '@shared/entities/entity-index'
import type { EntityKind } from '@shared/entities/entity-kind'
import { describe, expect, it } from 'vitest'
import {
  countByKind,
  describeKey,
  filterEntities,
  mergeCandidates,
  mergesOf,
  shortTitle,
  sourceCounts,
} from './entity-list'

function doc(docId: string, names: [EntityKind, string][]): DocumentMentions {
  let at = 0
  return {
    docId,
    mentions: names.map(([kind, surface]) => {
      const m = { kind, surface, start: at, end: at + surface.length }
      at += surface.length + 5
      return m
    }),
  }
}

const corpus = [
  doc('a', [
    ['person', 'Hossein Amirabdollahian'],
    ['place', 'Iran'],
    ['place', 'Iraq'],
    ['organisation', 'Jaish al-Adl'],
  ]),
  doc('b', [
    ['person', 'Hossein Amir-Abdollahian'],
    ['person', 'Hossein Amir Abdollahian'],
    ['place', 'Iran'],
  ]),
]
const index = buildEntityIndex(corpus)

describe('the entity list', () => {
  it('filters by kind and by any spelling, ignoring case, accents and hyphens', () => {
    expect(filterEntities(index.entities, 'place', '').map((e) => e.name)).toEqual(['Iran', 'Iraq'])
    expect(filterEntities(index.entities, 'all', 'amir abdol').map((e) => e.kind)).toEqual([
      'person',
    ])
    expect(filterEntities(index.entities, 'all', 'JAISH AL ADL')).toHaveLength(1)
    expect(filterEntities(index.entities, 'organisation', 'iran')).toEqual([])
  })

  it('counts each kind', () => {
    expect(countByKind(index.entities)).toEqual({
      all: 4,
      person: 1,
      place: 2,
      organisation: 1,
    })
  })

  it('breaks an entity down by source, with short titles', () => {
    const minister = index.entities.find((e) => e.kind === 'person')!
    const titles = new Map([
      ['a', 'Pakistan and Iran: The way forward'],
      ['b', 'Pakistan-Iran relations: seeking stability after the strikes of January'],
    ])
    expect(sourceCounts(minister, titles)).toEqual([
      { docId: 'a', title: titles.get('a'), shortTitle: 'Pakistan and Iran', count: 1 },
      { docId: 'b', title: titles.get('b'), shortTitle: 'Pakistan-Iran relations', count: 2 },
    ])
    expect(sourceCounts(minister, new Map())[0]!.title).toBe('a')
  })

  it('shortens a long title without a colon at a word', () => {
    expect(shortTitle('New era in Pak-Iran ties Pakistan’s army chief visit to Iran')).toBe(
      'New era in Pak-Iran ties…',
    )
    expect(shortTitle('Short')).toBe('Short')
  })

  it('offers entities of the same kind first as merge candidates, never the entity itself', () => {
    const iran = index.entities.find((e) => e.name === 'Iran')!
    const candidates = mergeCandidates(index.entities, iran).map((e) => e.name)
    expect(candidates[0]).toBe('Iraq')
    expect(candidates.sort()).toEqual(['Hossein Amir Abdollahian', 'Iraq', 'Jaish al-Adl'])
  })

  it('finds the stored merges that hold an entity together, and names their parts', () => {
    const overrides = addMerge(NO_OVERRIDES, ['place:iran', 'place:iraq'])
    const merged = buildEntityIndex(corpus, overrides)
    const iran = merged.entities.find((e) => e.id === 'place:iran')!
    expect(mergesOf(overrides, iran)).toEqual(overrides.merges)
    expect(mergesOf(NO_OVERRIDES, iran)).toEqual([])
    expect(describeKey('place:iraq', merged.entities)).toBe('Iraq')
    expect(describeKey('place:atlantis', merged.entities)).toBe('atlantis')
    expect(describeKey('place:iran', merged.entities)).toBe('Iran')
    expect(describeKey('split:person|Raisi', merged.entities)).toBe('Raisi')
  })
})
