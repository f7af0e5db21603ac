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

function firstWords(q: Quote): string {
  return q.text.split(' ').slice(0, 4).join(' ')
}

/** The statements (4 words or more) of one document as "speaker: first words". */
function statements(docId: string): string[] {
  return quotes
    .filter((q) => q.docId === docId && q.words >= STATEMENT_WORDS)
    .map((q) => `${q.speaker?.name ?? '?'}: ${firstWords(q)}`)
}

describe('quotes of the bundled corpus', () => {
  it('finds every quote on its text', () => {
    for (const q of quotes) {
      const doc = docs.find((d) => d.meta.id === q.docId)!
      expect(doc.text.slice(q.start, q.end)).toBe(q.text)
    }
  })

  it('finds the statements The Cradle quotes, each with its speaker and how it is named', () => {
    const how = (q: Quote) => `${q.speaker?.name ?? '?'} (${q.speaker?.how ?? '-'})`
    const cradle = quotes.filter(
      (q) => q.docId === 'from-rivals-to-partners-pakistan-and-irans-diplomatic',
    )
    expect(cradle.map((q) => [q.words >= STATEMENT_WORDS ? how(q) : '-', firstWords(q)])).toEqual([
      // Raisi "alluded to" enemies: not a speech verb, and one word is a phrase, not a statement.
      ['-', 'enemies'],
      ['-', 'Peace Pipeline'],
      // "IRGC chief General Salami reinforced Raisi's view ..., stating:" and a quote paragraph.
      ['Hossein Salami (named)', 'The IRGC is prepared'],
      // "Mansur Khan Mahsud, head of the ... think tank, tells The Cradle that: “...”"
      ['Mansur Khan Mahsud (named)', 'A definitive link between'],
      // A quote paragraph after "According to Mahsud, ..."
      ['Mansur Khan Mahsud (continued)', 'The TTP also provides'],
      // After "The situation, he argues, became ... jurisdiction:"
      ['Mansur Khan Mahsud (pronoun)', 'To mislead their neighbors,'],
      // "According to a report by IRNA, it was stated that ... the army chief “expressed ...”"
      ['IRNA (named)', 'expressed his apprehension regarding'],
      // Quote paragraphs after "Jan Achakzai, ..., tells The Cradle that ..." and "he points out".
      ['Jan Achakzai (continued)', 'The Helmand water dispute'],
      ['Jan Achakzai (continued)', 'If true, this may'],
    ])
  })

  it('finds the foreign ministry’s words in the TAHANUT article', () => {
    expect(statements('pak-iran-relations-amid-recent-developments-implications')).toEqual([
      'Ministry of Foreign Affairs: unflinching resolve to protect',
    ])
  })

  it('finds the phrases the other articles quote, with no speaker', () => {
    const phrases = quotes
      .filter((q) => q.docId.startsWith('pakistan-'))
      .map((q) => `${q.text}${q.speaker ? ` (${q.speaker.name})` : ''}`)
    expect(phrases).toEqual([
      'Jaish al Adl',
      'Jundallah',
      'in-depth talks',
      'friendly',
      'high-level mechanism',
    ])
  })

  it('finds no quote drift among the five articles', () => {
    // No two of them quote one speaker: the only quote in two sources is the phrase
    // "Peace Pipeline", word for word and unattributed.
    const published = (docId: string) =>
      docs.find((d) => d.meta.id === docId)?.meta.published ?? null
    expect(findQuoteDrift(quotes, published)).toEqual([])
  })
})
