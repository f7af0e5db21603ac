/**
 * The entity index over the bundled corpus (resources/corpus): what the entity panel's e2e
 * relies on, and a guard against the noise compromise makes on real news text.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModel } from '../corpus/document-model'
import { parseCuratedDocument } from '../corpus/parse-document'
import { MONTH_NAMES } from '../text/calendar-names'
import {
  buildEntityIndex,
  entityMentions,
  NO_OVERRIDES,
  type EntityIndex,
  type IndexedEntity,
} from './entity-index'
import { entityKey } from './entity-key'
import type { EntityMention } from './entity-kind'
import { extractEntities } from './extract-entities'

const here = path.dirname(fileURLToPath(import.meta.url))
const corpusDir = path.resolve(here, '..', '..', '..', 'resources', 'corpus')

let docs: DocumentModel[]
let mentions: EntityMention[][]
let index: EntityIndex

beforeAll(() => {
  docs = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => parseCuratedDocument(readFileSync(path.join(corpusDir, f), 'utf8'), f))
  mentions = docs.map((d) => extractEntities(d))
  index = buildEntityIndex(docs.map((d, i) => ({ docId: d.meta.id, mentions: mentions[i]! })))
})

function entityWith(surface: string): IndexedEntity {
  const found = index.entities.filter((e) => e.variants.some((v) => v.surface === surface))
  expect(found, surface).toHaveLength(1)
  return found[0]!
}

describe('entities of the bundled corpus', () => {
  it('groups the foreign minister’s three spellings into one person named in three sources', () => {
    const minister = entityWith('Hossein Amirabdollahian')
    expect(minister.kind).toBe('person')
    expect(minister.variants.map((v) => v.surface).sort()).toEqual([
      'Hossein Amir Abdollahian',
      'Hossein Amir-Abdollahian',
      'Hossein Amirabdollahian',
    ])
    expect(minister.documents.map((d) => d.docId).sort()).toEqual([
      'from-rivals-to-partners-pakistan-and-irans-diplomatic',
      'pakistan-and-iran-the-way-forward',
      'pakistan-iran-relations-seeking-stability',
    ])
    expect(entityWith('Hossein Amir-Abdollahian')).toBe(minister)
    expect(entityWith('Hossein Amir Abdollahian')).toBe(minister)
  })

  it('groups Balochistan with Baluchistan, and the Iranian province apart', () => {
    const balochistan = entityWith('Balochistan')
    expect(balochistan.kind).toBe('place')
    expect(entityWith('Baluchistan')).toBe(balochistan)
    const iranian = entityWith('Sistan-Baluchistan')
    expect(iranian).not.toBe(balochistan)
    expect(entityWith('Sistan-Baluchestan')).toBe(iranian)
    expect(balochistan.documents.length).toBe(docs.length)
  })

  it('groups Jaish al-Adl’s spellings as one organisation', () => {
    const jaish = entityWith('Jaish al-Adl')
    expect(jaish.kind).toBe('organisation')
    expect(entityWith('Jaish-al-Adl')).toBe(jaish)
    expect(entityWith('Jaish al Adl')).toBe(jaish)
  })

  it('keeps Iran and Iraq apart', () => {
    expect(entityWith('Iran')).not.toBe(entityWith('Iraq'))
  })

  it('joins surnames to the full name: "Raisi" to Ebrahim Raisi, "Munir" to Asim Munir', () => {
    expect(entityWith('Raisi').name).toBe('Ebrahim Raisi')
    expect(entityWith('Munir').name).toBe('Asim Munir')
  })

  it('gives clean mentions: on the text, no titles, punctuation, possessives, months or demonyms', () => {
    const months = new Set<string>(MONTH_NAMES)
    for (const [i, doc] of docs.entries()) {
      for (const m of mentions[i]!) {
        expect(doc.text.slice(m.start, m.end)).toBe(m.surface)
        expect(m.surface, m.surface).toMatch(/^[\p{Lu}\p{N}]/u)
        const abbreviation = /^(\p{Lu}\.)+$/u.test(m.surface)
        if (!abbreviation) expect(m.surface, m.surface).not.toMatch(/(['’]s?|[,.;:!?)"”])$/u)
        expect(m.surface, m.surface).not.toMatch(/^(Minister|President|General|Gen) /)
        expect(months.has(m.surface), m.surface).toBe(false)
      }
    }
    const names = new Set(index.entities.map((e) => e.name))
    for (const noise of ['Iranian', 'Pakistani', 'Afghan', 'Sharing', 'Marg Bar', 'Ali', 'Major']) {
      expect(names.has(noise), noise).toBe(false)
    }
  })

  it('holds no mentions in the index, and gives every entity’s as the index with them had them', () => {
    const documents = docs.map((d, i) => ({ docId: d.meta.id, mentions: mentions[i]! }))
    const full = buildEntityIndex(documents, NO_OVERRIDES, { mentions: true })
    const finder = entityMentions(documents, index)
    expect(index.entities.map((e) => e.id)).toEqual(full.entities.map((e) => e.id))
    // Every mention is some entity's but those whose spelling has no letters to key by.
    const unkeyed = mentions
      .flat()
      .filter((m) => entityKey(m.kind, m.surface) === `${m.kind}:`).length
    let compared = 0
    for (const [i, entity] of index.entities.entries()) {
      expect(entity.documents.every((d) => !('mentions' in d))).toBe(true)
      const expected = full.entities[i]!.documents
      expect(entity.documents).toEqual(expected.map(({ docId, count }) => ({ docId, count })))
      expect(finder.mentionsOf(entity.id, null), entity.id).toEqual(expected)
      for (const d of expected) expect(finder.mentionsOf(entity.id, d.docId)).toEqual([d])
      compared += entity.count
    }
    expect(compared).toBe(mentions.flat().length - unkeyed)
  })
})
