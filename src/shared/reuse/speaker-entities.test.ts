import { describe, expect, it } from 'vitest'
import {
  addMerge,
  addSplit,
  buildEntityIndex,
  NO_OVERRIDES,
  removeMerge,
  type EntityOverrides,
} from '../entities/entity-index'
import { extractEntities } from '../entities/extract-entities'
import { findQuoteDrift } from './quote-drift'
import { extractQuotes, type QuoteSource } from './quotes'
import { quoteSpeakers, speakerEntities, speakerLookup } from './speaker-entities'
import { smallDocument } from './testing/small-documents'

/** Quote drift as the reuse worker finds it once the analyst's entity index is known. */
function driftUnder(sources: readonly QuoteSource[], overrides: EntityOverrides) {
  const mentions = sources.map((doc) => ({ docId: doc.meta.id, mentions: extractEntities(doc) }))
  const quotes = sources.flatMap((doc, i) => extractQuotes(doc, mentions[i]!.mentions))
  const index = buildEntityIndex(mentions, overrides)
  const entities = speakerEntities(index, quoteSpeakers(quotes))
  return { quotes, entities, drift: findQuoteDrift(quotes, undefined, speakerLookup(entities)) }
}

/** The prime minister under two names the normalisation rule does not join. */
const SHARIF = [
  smallDocument(
    'formal',
    'Shehbaz Sharif said: “We will not allow our soil to be used against any country.”',
  ),
  smallDocument(
    'short',
    'Prime Minister Shahbaz said: “We will never allow our land to be used against any country.”',
  ),
]

/** The foreign minister under two spellings the normalisation rule does join. */
const MINISTER = [
  smallDocument(
    'hyphen',
    'Hossein Amir-Abdollahian said: “The border markets will open before the end of the year.”',
  ),
  smallDocument(
    'joined',
    'Hossein Amirabdollahian said: “The border markets will reopen before the end of this year.”',
  ),
]

const MERGE = ['person:shehbazsharif', 'person:shahbaz']

describe('quote drift under the analyst’s entity index', () => {
  it('compares the quotes of two names once the analyst merges them, and names the entity', () => {
    expect(driftUnder(SHARIF, NO_OVERRIDES).drift).toEqual([])
    const { drift } = driftUnder(SHARIF, addMerge(NO_OVERRIDES, MERGE))
    expect(drift).toHaveLength(1)
    expect(drift[0]!.speaker).toBe('Shehbaz Sharif')
    expect([drift[0]!.a.docId, drift[0]!.b.docId]).toEqual(['formal', 'short'])
  })

  it('stops comparing them when the merge is undone', () => {
    const merged = addMerge(NO_OVERRIDES, MERGE)
    expect(driftUnder(SHARIF, removeMerge(merged, MERGE)).drift).toEqual([])
  })

  it('keeps apart the quotes of a variant the analyst split off', () => {
    expect(driftUnder(MINISTER, NO_OVERRIDES).drift).toHaveLength(1)
    const split = addSplit(NO_OVERRIDES, 'person|Hossein Amirabdollahian')
    const { drift, entities } = driftUnder(MINISTER, split)
    expect(drift).toEqual([])
    expect(entities.map((e) => e.id).sort()).toEqual([
      'person:hosseinamirabdollahian',
      'split:person|Hossein Amirabdollahian',
    ])
  })

  it('with no overrides finds what the quote finder’s own rule finds', () => {
    const sources = [
      ...SHARIF,
      ...MINISTER,
      smallDocument(
        'third',
        '“The border markets will open before the end of the year, and trade will double,” Hossein Amir Abdollahian told reporters.',
        'Jalil Abbas Jilani said the ambassadors would return.',
      ),
    ]
    const { quotes, drift, entities } = driftUnder(sources, NO_OVERRIDES)
    const today = findQuoteDrift(quotes)
    expect(today.length).toBeGreaterThan(1)
    // The same pairs and differences; the speaker is named once, as the index names them.
    const apart = ({ speaker: _, ...rest }: (typeof drift)[number]) => rest
    expect(drift.map(apart)).toEqual(today.map(apart))
    const minister = entities.find((e) => e.id === 'person:hosseinamirabdollahian')!
    expect(drift.map((d) => d.speaker)).toEqual(today.map(() => minister.name))
  })

  it('tells the worker only about the entities its quotes’ speakers are in', () => {
    const { entities } = driftUnder(SHARIF, addMerge(NO_OVERRIDES, MERGE))
    expect(entities).toEqual([
      {
        id: 'person:shehbazsharif',
        name: 'Shehbaz Sharif',
        speakers: ['person|Shahbaz', 'person|Shehbaz Sharif'],
      },
    ])
  })
})
