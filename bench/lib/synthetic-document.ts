/**
 * A deterministic synthetic source for benchmarks: a curated-format Markdown file (front
 * matter and a body of headings, paragraphs, a few lists and quotes) of prose-like text
 * drawn from a weighted vocabulary, parsed with the app's own parser so that the canonical
 * text, blocks and rev are exactly what the app would build.
 */
import type { DocumentModel, DocumentSummary } from '../../src/shared/corpus/document-model'
import { parseCuratedDocument, summarizeDocument } from '../../src/shared/corpus/parse-document'
import { createRandom, type Random } from './prng'

/** Options for {@link generateSyntheticDocument}. */
export interface SyntheticDocumentOptions {
  /** Seed of the generator; the same seed gives the same document. */
  seed?: number
  /** Minimum length of the canonical text in characters; the text ends on a whole block. */
  minLength?: number
  /** The document id (lower-case words joined by hyphens). */
  id?: string
}

/** A generated source: its curated Markdown, the parsed model and its library summary. */
export interface SyntheticDocument {
  source: string
  doc: DocumentModel
  summary: DocumentSummary
}

// Frequent function words, repeated so that they dominate as they do in prose.
const FUNCTION_WORDS = (
  'the the the the the of of of of and and and to to to in in in a a that is was for on ' +
  'with as by from at which its their it this be has have had not but or an after over ' +
  'between more than also were into about under against while during its their'
).split(' ')

const CONTENT_WORDS = (
  'border security agreement ministry officials talks delegation trade route province ' +
  'region government army council report analysts pressure policy cooperation tension ' +
  'visit meeting statement ceasefire investment pipeline energy supply market sanctions ' +
  'dispute crossing refugees militants attack patrol commander envoy treaty framework ' +
  'economic political strategic regional historic fragile careful public private formal ' +
  'informal local national foreign domestic military civilian recent previous rapid slow ' +
  'signed announced rejected proposed reported confirmed denied expanded reduced opened ' +
  'closed discussed reviewed promised warned argued noted suggested claimed described ' +
  'relations partners rivals neighbours leaders ministers spokesman parliament election ' +
  'budget tariff customs port railway highway corridor project funding loan debt growth ' +
  'inflation currency exports imports fuel electricity gas oil water drought harvest ' +
  'province district capital village city frontier coast mountains desert valley river ' +
  'observers diplomats sources documents records interviews evidence claims accounts ' +
  'questions answers concerns interests priorities risks costs benefits gains losses'
).split(/\s+/)

const PROPER_NOUNS = (
  'Islamabad Tehran Kabul Beijing Riyadh Quetta Zahedan Gwadar Chabahar Karachi Herat ' +
  'Balochistan Sistan Helmand Makran Taftan Mand Pishin Panjgur Kech Turbat Mashhad'
).split(/\s+/)

const TITLE_WORDS = (
  'Border Trade Security Energy Diplomacy Outlook Risks Costs Partners Rivals Corridor ' +
  'Talks Pressure Ceasefire Markets Routes Neighbours Agreements Doubts Prospects Future'
).split(/\s+/)

const HEADING_LINKS = ['and', 'of', 'in', 'after', 'beyond', 'under', 'the']

function word(random: Random): string {
  const r = random.next()
  if (r < 0.45) return random.pick(FUNCTION_WORDS)
  if (r < 0.93) return random.pick(CONTENT_WORDS)
  if (r < 0.98) return random.pick(PROPER_NOUNS)
  return random.chance(0.5) ? String(random.int(1990, 2025)) : `${random.int(2, 95)} percent`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function sentence(random: Random): string {
  const count = random.int(8, 28)
  const words: string[] = []
  for (let i = 0; i < count; i++) {
    let w = word(random)
    if (i > 1 && i < count - 2 && random.chance(0.07)) w += ','
    words.push(w)
  }
  // A sentence opens with a word, never a number, so no line reads as an ordered list.
  let first = words[0] ?? 'the'
  if (/^\d/.test(first)) first = 'the'
  words[0] = capitalize(first)
  return words.join(' ') + (random.chance(0.04) ? '?' : '.')
}

function paragraph(random: Random, sentences: [number, number]): string {
  const count = random.int(sentences[0], sentences[1])
  return Array.from({ length: count }, () => sentence(random)).join(' ')
}

function heading(random: Random): string {
  const words = [random.pick(TITLE_WORDS)]
  const count = random.int(1, 5)
  for (let i = 1; i < count; i++) {
    words.push(i % 2 === 1 ? random.pick(HEADING_LINKS) : random.pick(TITLE_WORDS).toLowerCase())
  }
  if (words.length > 1 && HEADING_LINKS.includes(words[words.length - 1] ?? '')) {
    words.push(random.pick(TITLE_WORDS).toLowerCase())
  }
  return words.join(' ')
}

function frontMatter(id: string, minLength: number): string {
  return [
    '---',
    `id: ${id}`,
    `title: 'Synthetic benchmark source (${minLength.toLocaleString('en-US')} characters)'`,
    'authors:',
    '  - Casefile bench',
    'outlet: null',
    'published:',
    '  year: 2024',
    '  month: 1',
    '  day: 16',
    '  approximate: false',
    '  basis: stated',
    "  note: 'Generated by bench/lib/synthetic-document.ts.'",
    'genre: synthetic',
    `raw: ${id}.txt`,
    'authorNote: null',
    '---',
    '',
  ].join('\n')
}

/**
 * Generates the document. Deterministic for a given seed, length and id. Markdown blocks
 * are separated by blank lines: about one heading per ten paragraphs, an occasional
 * three-item list and block quote. The canonical text is at least `minLength` characters
 * (300,000 by default) and at most one block longer.
 */
export function generateSyntheticDocument(
  options: SyntheticDocumentOptions = {},
): SyntheticDocument {
  const { seed = 20240116, minLength = 300_000, id = 'bench-synthetic-300k' } = options
  const random = createRandom(seed)
  const blocks: string[] = []
  let length = 0
  let sinceHeading = 0
  const add = (markdown: string, textLength: number) => {
    if (blocks.length > 0) length += 2
    blocks.push(markdown)
    length += textLength
  }
  while (length < minLength) {
    if (sinceHeading >= random.int(6, 14)) {
      const text = heading(random)
      add(`## ${text}`, text.length)
      sinceHeading = 0
      continue
    }
    sinceHeading++
    const r = random.next()
    if (r < 0.04) {
      const items = [0, 1, 2].map(() => paragraph(random, [1, 1]))
      // Each item is a block of its own in canonical text, separated by a blank line.
      add(items.map((item) => `- ${item}`).join('\n'), items.join('\n\n').length)
    } else if (r < 0.07) {
      const text = paragraph(random, [1, 3])
      add(`> ${text}`, text.length)
    } else {
      const text = paragraph(random, [2, 7])
      add(text, text.length)
    }
  }
  const source = frontMatter(id, minLength) + '\n' + blocks.join('\n\n') + '\n'
  const doc = parseCuratedDocument(source, `${id}.md`)
  if (doc.text.length < minLength) {
    throw new Error(`The synthetic document has ${doc.text.length} characters, not ${minLength}.`)
  }
  return { source, doc, summary: summarizeDocument(doc) }
}
