/**
 * Annotation files from other tools, hand-written in their documented export shapes (see
 * fixtures/annotations/README.md), imported onto a bundled corpus article.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '../corpus/document-model'
import { parseCuratedDocument } from '../corpus/parse-document'
import {
  documentsToLoad,
  planAnnotationImport,
  readAnnotationFile,
  summarizeAnnotationImport,
  type ParsedAnnotation,
} from './web-annotation-import'

const CORPUS = fileURLToPath(new URL('../../../resources/corpus/', import.meta.url))
const FIXTURES = fileURLToPath(new URL('./fixtures/annotations/', import.meta.url))

function corpusDocument(id: string): DocumentModel {
  return parseCuratedDocument(readFileSync(`${CORPUS}${id}.md`, 'utf8'), `${id}.md`)
}

function fixture(name: string): { format: string; annotations: ParsedAnnotation[] } {
  const reading = readAnnotationFile(name, readFileSync(FIXTURES + name, 'utf8'))
  if (!reading.ok) throw new Error(reading.problem)
  return reading
}

const tahir = corpusDocument('pakistan-and-iran-the-way-forward')
// The same article imported from the web: the address Hypothesis saw, kept with it.
const imported: DocumentModel = {
  ...tahir,
  meta: {
    ...tahir.meta,
    id: 'imported-way-forward',
    sourceUrl: 'https://www.example.org/2024/02/pakistan-and-iran-the-way-forward/',
  },
}
const yousaf = corpusDocument('pakistan-iran-relations-seeking-stability')

describe("Hypothesis's JSON export", () => {
  const { format, annotations } = fixture('hypothesis-export.json')
  const documents = [imported, yousaf]

  it('is read as Hypothesis, every annotation kept', () => {
    expect(format).toBe('hypothesis')
    expect(annotations).toHaveLength(8)
  })

  it('places what is on the article, by address or by title, and lists the rest with why', () => {
    expect(
      documentsToLoad(
        annotations,
        documents.map((d) => d.meta),
      ),
    ).toEqual(['imported-way-forward'])
    const plan = planAnnotationImport(annotations, documents, [], { defaultColor: 'green' })
    expect(
      plan.highlights.map((h) => [h.docId, h.selectors.quote.exact, h.note, h.tags, h.color]),
    ).toEqual([
      [
        'imported-way-forward',
        'Iran and Pakistan share a border of over 900 kilometers.',
        'Border length: compare with the 959 km given by Yousaf.',
        ['border', 'figures'],
        'green',
      ],
      ['imported-way-forward', 'Jaish al Adl', '', [], 'green'],
      [
        'imported-way-forward',
        // The page's one newline between paragraphs is the canonical blank line.
        'to strengthen their ties.\n\nEconomic Interests:',
        'Where the article turns from diplomacy to **economics**.',
        ['structure'],
        'green',
      ],
      [
        'imported-way-forward',
        'Turbat and Zahedan',
        'Liaison officers: where exactly?',
        ['security', 'places'],
        'green',
      ],
    ])
    // Each is where the quote is in the canonical text, its context taken from there.
    for (const h of plan.highlights) {
      const { start, end } = h.selectors.position
      expect(imported.text.slice(start, end)).toBe(h.selectors.quote.exact)
      expect(imported.text.slice(start - h.selectors.quote.prefix.length, start)).toBe(
        h.selectors.quote.prefix,
      )
    }
    expect(plan.highlights[0]?.createdAt).toBe(Date.parse('2024-02-21T09:12:05.482Z'))
    expect(plan.orphans.map((o) => [o.label, o.why])).toEqual([
      [
        '“Useful overview, but it cites no sources for its figures.”',
        'not a text annotation (no TextQuoteSelector or TextPositionSelector)',
      ],
      ['“The Cradle piece says 959 km as well.”', 'a reply, not an annotation'],
      [
        '“written by Saddam Tahir | February 3, 2024”',
        'the quoted text is not in ‘Pakistan and Iran: The way forward’',
      ],
      [
        '“the pipeline deadline approaches”',
        'no source matches https://example.net/world/asia/gas-pipeline-deadline (‘Gas pipeline deadline looms’)',
      ],
    ])
    expect(plan.unmatchedSources).toEqual([
      {
        source: 'https://example.net/world/asia/gas-pipeline-deadline',
        title: 'Gas pipeline deadline looms',
        annotations: 1,
      },
    ])
    expect(summarizeAnnotationImport(plan)).toBe('4 highlights to add, 4 could not be placed.')
  })

  it('adds nothing a second time', () => {
    const first = planAnnotationImport(annotations, documents, [])
    const existing = first.highlights.map((h, i) => ({ ...h, id: `h${i}` }))
    const again = planAnnotationImport(annotations, documents, existing)
    expect(again.highlights).toEqual([])
    expect(again.duplicates.map((d) => d.highlightId)).toEqual(['h0', 'h1', 'h2', 'h3'])
  })
})

describe("Recogito's Web Annotation download", () => {
  const { format, annotations } = fixture('recogito-export.jsonld')
  const part = 'https://recogito.pelagios.org/document/kx7dl3kzp2qg4m/part/1/edit'

  it('names a source of its own, which the analyst matches to the document', () => {
    expect(format).toBe('web-annotation')
    const unchosen = planAnnotationImport(annotations, [tahir], [])
    expect(unchosen.highlights).toEqual([])
    expect(unchosen.unmatchedSources).toEqual([{ source: part, title: null, annotations: 4 }])
    expect(unchosen.orphans.map((o) => o.why)).toContain(`no source matches ${part}`)
  })

  it('places the text annotations once matched; the image region and the byline are orphans', () => {
    const plan = planAnnotationImport(annotations, [tahir], [], {
      sources: { [part]: tahir.meta.id },
    })
    expect(plan.highlights.map((h) => [h.selectors.quote.exact, h.note, h.tags])).toEqual([
      ['Balochistan', 'Province struck in the January missile attacks.', ['strike target']],
      ['Hossein Amirabdollahian', 'Visited Islamabad on 29 January 2024.', []],
      ['Jaish al Adl', '', ['militant group']],
    ])
    for (const h of plan.highlights) {
      const { start, end } = h.selectors.position
      expect(tahir.text.slice(start, end)).toBe(h.selectors.quote.exact)
    }
    expect(plan.orphans.map((o) => [o.label, o.why])).toEqual([
      [
        '“written by Saddam Tahir | February 3, 2024”',
        'the quoted text is not in ‘Pakistan and Iran: The way forward’',
      ],
      [
        '“Map of the border region: the towns named in the text.”',
        'not a text annotation (no TextQuoteSelector or TextPositionSelector)',
      ],
    ])
  })
})
