/**
 * Quotes in the bundled corpus (resources/corpus): who the five articles quote, and whether
 * any of them quotes a speaker in words another gives differently.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModel } from '../corpus/document-model'
import { parseCuratedDocument } from '../corpus/parse-document'
import { extractEntities } from '../entities/extract-entities'
import { findQuoteDrift } from './quote-drift'
import { extractQuotes, STATEMENT_WORDS, type Quote } from './quotes'

const here = path.dirname(fileURLToPath(import.meta.url))
const corpusDir = path.resolve(here, '..', '..', '..', 'resources', 'corpus')

let docs: DocumentModel[]
let quotes: Quote[]

beforeAll(() => {
  docs = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => parseCuratedDocument(readFileSync(path.join(corpusDir, f), 'utf8'), f))
  quotes = docs.flatMap((doc) => extractQuotes(doc, extractEntities(doc)))
  // Entity extraction over five articles takes seconds on a busy machine.
}, 60_000)

/** The statements (4 words or more) of one document as "speaker: first words". */
function statements(docId: string): string[] {
  return quotes
    .filter((q) => q.docId === docId && q.words >= STATEMENT_WORDS)
    .map((q) => `${q.speaker?.name ?? '?'}: ${q.text.split(' ').slice(0, 4).join(' ')}`)
}

describe('quotes of the bundled corpus', () => {
  it('finds every quote on its text', () => {
    for (const q of quotes) {
      const doc = docs.find((d) => d.meta.id === q.docId)!
      expect(doc.text.slice(q.start, q.end)).toBe(q.text)
    }
  })

  it('finds the statements The Cradle quotes, each with its speaker', () => {
    expect(statements('from-rivals-to-partners-pakistan-and-irans-diplomatic')).toEqual([
      'Hossein Salami: The IRGC is prepared',
      'Mansur Khan Mahsud: A definitive link between',
      'Mansur Khan Mahsud: The TTP also provides',
      'Mansur Khan Mahsud: To mislead their neighbors,',
      'IRNA: expressed his apprehension regarding',
      'Jan Achakzai: The Helmand water dispute',
      'Jan Achakzai: If true, this may',
    ])
  })

  it('finds the foreign ministry’s words in the TAHANUT article', () => {
    expect(statements('pak-iran-relations-amid-recent-developments-implications')).toEqual([
      'Ministry of Foreign Affairs: unflinching resolve to protect',
    ])
  })

  it('finds no quote drift among the five articles', () => {
    // None of them quotes one speaker in words another gives differently; the only
    // statements quoted twice are not quoted at all elsewhere.
    const published = (docId: string) =>
      docs.find((d) => d.meta.id === docId)?.meta.published ?? null
    expect(findQuoteDrift(quotes, published)).toEqual([])
  })
})
