/**
 * The bundled corpus keeps every word of its raw captures. For each curated file in
 * resources/corpus, the raw capture it names (in ../shared/corpus beside the repo) is
 * stripped of the capture artefacts declared below, and every sentence left must appear,
 * in order and character for character after whitespace folding, in the parsed canonical
 * text, with nothing else in between. The exclusions mirror resources/corpus/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { DocumentModel } from './document-model'
import { parseCuratedDocument } from './parse-document'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '..', '..', '..')
const curatedDir = path.join(repoRoot, 'resources', 'corpus')
const rawDir = path.resolve(repoRoot, '..', 'shared', 'corpus')

/** What in a raw capture is not the article's words. */
interface CaptureArtefacts {
  /** Raw fragments left out whole (chrome, furniture, title and byline moved to front matter). */
  cut: string[]
  /** Markup in the raw that is removed where it stands, leaving the words around it. */
  markup: (string | RegExp)[]
}

const COMMENT_FORM = [
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
]

const ARTEFACTS: Record<string, CaptureArtefacts> = {
  '000_c818631dbc72365c.txt': {
    cut: ['Pakistan and Iran: The way forward\n', 'written by Saddam Tahir | February 3, 2024'],
    markup: [/\\(?=\$)/g],
  },
  '001_a1b0922339c60af7.txt': {
    cut: [
      'New Era in Pak-Iran Ties: Pakistan’s Army Chief Visit To Iran – OpEd',
      '\nAsad Ali\n',
      'Asad Ali is an Islamabad based expert of South Asian Affairs',
      ...COMMENT_FORM,
    ],
    markup: [],
  },
  '002_fff45d0ccea8d624.txt': {
    cut: [
      '# Pak-Iran Relations amid Recent Developments: Implications and Way Forward',
      '## SEHAR FAKHAR',
      'Assistant Professor of History, Govt. Associate College for women, Ferozwala, Higher Education Department Govt. of Punjab',
      'Email: <u>fakharseher@gmail.com</u>',
      '#### DR. MUHAMMAD ABDULLAH',
      'Assistant Professor of Sociology, Lahore Leads University',
      '# Email: <u>hod.sociology@leads.edu.pk</u>',
      'HAFIZ MUHAMMAD AHMAD',
      'MPhil Scholar, Department of Sociology, University of Okara Email: muhammadahmadwattoo2525@gmail.com',
      '### **RIMSHA JAMEEL**',
      'MPhil Scholar, Department of Sociology, University of Okara Email: rimshajameel3@gmail.com',
      '2709-7625 2709-7617',
      'Vol.6 No.4 2023',
      'TAHANUT ISSN Online: 2709-7625 TAHANUT ISSN Print: 2709-7617',
    ],
    markup: [/^#{1,6} /gm, '**', /^- /gm, /\\(?=\$)/g],
  },
  '003_ff3a1541d6f3e201.txt': {
    cut: [
      'HomeDiplomacyPakistan-Iran Relations: Seeking Stability',
      '\nPakistan-Iran Relations: Seeking Stability\n',
      '**The opinions in this article are the author’s own and do not necessarily represent the views of The Diplomatic Insight. The organization does not endorse or assume responsibility for the content.',
      'Samiha Yousaf\nSamiha Yousafhttps://thediplomaticinsight.com/',
      "Samiha Yousaf is a dedicated undergraduate student at Bahria University, where she is pursuing her passion for international relations and diplomacy. With a keen interest in the Middle East and Eurasia, she has emerged as a promising contributor and writer for Diplomatic Insight. Samiha's inquisitive nature and commitment to understanding complex geopolitical issues make her a valuable voice in the field.",
      'Follow us',
      'Most Popular',
    ],
    markup: [],
  },
  '004_084adfbca2f15d1f.txt': {
    cut: [
      'From rivals to partners: Pakistan and Iran’s diplomatic turnaround\n',
      'F.M. Shakil, The Cradle, July 26, 2023 —',
      ...COMMENT_FORM,
    ],
    markup: [],
  },
}

/** All runs of whitespace (including no-break spaces) to one space, NFC as the parser does. */
function fold(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** The raw capture with its declared artefacts removed. Throws if a declared one is absent. */
function articleWords(rawName: string, raw: string): string {
  const artefacts = ARTEFACTS[rawName]
  if (!artefacts) throw new Error(`${rawName}: no capture artefacts declared in this test`)
  let text = raw
  for (const fragment of artefacts.cut) {
    if (!text.includes(fragment))
      throw new Error(`${rawName}: declared cut not in raw: ${fragment}`)
    text = text.split(fragment).join('\n')
  }
  for (const mark of artefacts.markup) {
    const pattern = typeof mark === 'string' ? mark : new RegExp(mark.source, mark.flags)
    if (!(typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text))) {
      throw new Error(`${rawName}: declared markup not in raw: ${String(mark)}`)
    }
    text = typeof mark === 'string' ? text.split(mark).join('') : text.replace(mark, '')
  }
  return text
}

/** Sentences: split at line breaks and after . ? ! followed by whitespace; folded, non-empty. */
function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.?!])\s+/)
    .map(fold)
    .filter((sentence) => sentence.length > 0)
}

const curatedNames = readdirSync(curatedDir)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
const rawNames = readdirSync(rawDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()

function load(name: string): DocumentModel {
  return parseCuratedDocument(readFileSync(path.join(curatedDir, name), 'utf8'), name)
}

describe('curated corpus', () => {
  it('finds the raw captures beside the repo', () => {
    expect(rawNames.length, `no raw captures in ${rawDir}`).toBeGreaterThan(0)
  })

  it('parses every curated file without error', () => {
    for (const name of curatedNames) {
      expect(() => load(name), name).not.toThrow()
    }
  })

  it('gives every file a unique id equal to its file name', () => {
    const ids = curatedNames.map((name) => load(name).meta.id)
    expect(ids).toEqual(curatedNames.map((name) => name.replace(/\.md$/, '')))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('curates each raw capture exactly once, and declares its artefacts', () => {
    const raws = curatedNames.map((name) => load(name).meta.raw).sort()
    for (const name of curatedNames) {
      const raw = load(name).meta.raw
      expect(existsSync(path.join(rawDir, raw)), `${name}: raw file ${raw} does not exist`).toBe(
        true,
      )
    }
    expect(raws).toEqual(rawNames)
    expect(Object.keys(ARTEFACTS).sort()).toEqual(rawNames)
  })

  for (const name of curatedNames) {
    describe(name, () => {
      it('takes its title from the raw capture', () => {
        const doc = load(name)
        const raw = readFileSync(path.join(rawDir, doc.meta.raw), 'utf8')
        expect(raw, `${name}: title not in ${doc.meta.raw}`).toContain(doc.meta.title)
      })

      it('keeps every sentence of the raw article, in order, and adds nothing', () => {
        const doc = load(name)
        const raw = readFileSync(path.join(rawDir, doc.meta.raw), 'utf8')
        const canonical = fold(doc.text)
        let cursor = 0
        for (const sentence of sentences(articleWords(doc.meta.raw, raw))) {
          const at = canonical.indexOf(sentence, cursor)
          const where = canonical.includes(sentence) ? 'out of order' : 'missing'
          expect(at, `${name} (${doc.meta.raw}): sentence ${where}: "${sentence}"`).toBeGreaterThan(
            -1,
          )
          const extra = canonical.slice(cursor, at).trim()
          expect(extra, `${name}: text not in ${doc.meta.raw}, before "${sentence}"`).toBe('')
          cursor = at + sentence.length
        }
        const tail = canonical.slice(cursor).trim()
        expect(tail, `${name}: text not in ${doc.meta.raw} at the end`).toBe('')
      })
    })
  }
})
