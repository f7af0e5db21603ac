/**
 * Independence over the bundled corpus (resources/corpus), with the shared passages the
 * reuse detector finds there: the one passage two of the five articles share.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SourceIdentity } from '../claims/types'
import type { DocumentModel } from '../corpus/document-model'
import { parseCuratedDocument } from '../corpus/parse-document'
import { formatPassageLocator, passageSpan } from '../corpus/passage-locator'
import { addAndFindReuse } from './find-reuse'
import { describeIndependence, passageIndependence, type EvidencePassage } from './independence'
import { ReuseIndex } from './reuse-index'
import type { SharedPassage, TextSpan } from './types'
import { reuseWords, type ReuseWords } from './words'

const here = path.dirname(fileURLToPath(import.meta.url))
const corpusDir = path.resolve(here, '..', '..', '..', 'resources', 'corpus')

const ALI = 'new-era-in-pak-iran-ties-pakistans-army-chief-visit-to-iran'
const FAKHAR = 'pak-iran-relations-amid-recent-developments-implications'
const YOUSAF = 'pakistan-iran-relations-seeking-stability'

let docs: Map<string, DocumentModel>
let shared: SharedPassage[]

beforeAll(() => {
  const parsed = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => parseCuratedDocument(readFileSync(path.join(corpusDir, f), 'utf8'), f))
  docs = new Map(parsed.map((d) => [d.meta.id, d]))
  const index = new ReuseIndex()
  const words = new Map<string, ReuseWords>()
  shared = []
  for (const doc of parsed) {
    shared.push(
      ...addAndFindReuse(index, { id: doc.meta.id, text: doc.text }, (id) => words.get(id)),
    )
    words.set(doc.meta.id, reuseWords(doc.text))
  }
}, 60_000)

/** "Fakhar ¶23": the first author's surname and the paragraph, as a claim page cites it. */
function label(span: TextSpan): string {
  const doc = docs.get(span.docId)!
  const surname = doc.meta.authors[0]!.split(' ').at(-1)
  return `${surname} ${formatPassageLocator(passageSpan(doc.blocks, span.start, span.end))}`
}

function evidence(docId: string, phrase: string): EvidencePassage {
  const start = docs.get(docId)!.text.indexOf(phrase)
  expect(start, phrase).toBeGreaterThanOrEqual(0)
  return {
    evidenceId: `e-${docId}`,
    highlightId: `h-${docId}`,
    docId,
    start,
    end: start + phrase.length,
  }
}

const identities = () =>
  new Map<string, SourceIdentity>(
    [...docs.values()].map(({ meta }) => [
      meta.id,
      { docId: meta.id, authors: meta.authors, outlet: meta.outlet },
    ]),
  )

describe('independence in the bundled corpus', () => {
  it('counts the "Peace Pipeline" passage Fakhar et al. share with Ali as one source', () => {
    const result = passageIndependence({
      passages: [
        evidence(FAKHAR, 'the Iran-Pakistan (IP) gas pipeline, also known as the Peace Pipeline'),
        evidence(ALI, 'the Iran-Pakistan Gas Pipeline (also known as the “Peace Pipeline”)'),
        evidence(YOUSAF, 'a “high-level mechanism” was underway to oversee bilateral cooperation'),
      ],
      shared,
      identities: identities(),
      published: (docId) => docs.get(docId)?.meta.published ?? null,
    })
    // Ali's op-ed (c. Jul 2023) came well before the TAHANUT article (c. Mar 2024).
    expect(describeIndependence(result, label)).toBe(
      '3 passages, 2 independent: Fakhar ¶23 repeats Ali ¶7',
    )
  })
})
