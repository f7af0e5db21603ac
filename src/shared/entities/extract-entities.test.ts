import { describe, expect, it } from 'vitest'
import { layoutDocument } from '../corpus/parse-document'
import type { DocumentMeta } from '../corpus/document-model'
import type { EntityMention } from './entity-kind'
import { extractEntities, extractFromText } from './extract-entities'

const brief = (mentions: EntityMention[]) => mentions.map((m) => `${m.kind}:${m.surface}`)

describe('extractFromText', () => {
  it('takes the person out of a title and punctuation', () => {
    const text = 'Iran’s Foreign Minister, Hossein Amir-Abdollahian, emphasized the unity of both.'
    expect(brief(extractFromText(text))).toEqual(['place:Iran', 'person:Hossein Amir-Abdollahian'])
  })

  it('strips a lower-case title and a possessive', () => {
    const text = "Iran's foreign minister Hossein Amirabdollahian landed in Islamabad."
    expect(brief(extractFromText(text))).toEqual([
      'place:Iran',
      'person:Hossein Amirabdollahian',
      'place:Islamabad',
    ])
    expect(brief(extractFromText('General Asim Munir’s Tehran trip'))).toEqual([
      'person:Asim Munir',
      'place:Tehran',
    ])
  })

  it('keeps offsets on the text', () => {
    const text = 'Minister Hossein Amir Abdollahian met Iranian President Ebrahim Raisi.'
    for (const m of extractFromText(text)) expect(text.slice(m.start, m.end)).toBe(m.surface)
    expect(brief(extractFromText(text))).toEqual([
      'person:Hossein Amir Abdollahian',
      'person:Ebrahim Raisi',
    ])
  })

  it('splits a possessive place from the place it owns, and drops the generic noun', () => {
    const text = "Iran launched missile attacks within Pakistan's Balochistan province."
    expect(brief(extractFromText(text))).toEqual([
      'place:Iran',
      'place:Pakistan',
      'place:Balochistan',
    ])
  })

  it('reads Jaish al-Adl in its spellings as an organisation, not a person', () => {
    for (const name of ['Jaish al-Adl', 'Jaish-al-Adl', 'Jaish al Adl']) {
      const text = `Iran targeted the “${name}” group in Pakistan.`
      expect(brief(extractFromText(text))).toContain(`organisation:${name}`)
      expect(brief(extractFromText(text)).filter((m) => m.startsWith('person'))).toEqual([])
    }
  })

  it('finds offices and acronyms compromise does not know', () => {
    const text = 'The Pakistani Foreign Office said the ISPR would brief on the TTP.'
    expect(brief(extractFromText(text))).toEqual([
      'organisation:Foreign Office',
      'organisation:ISPR',
      'organisation:TTP',
    ])
  })

  it('reads an all-caps dateline as a place', () => {
    expect(brief(extractFromText('ISLAMABAD: The talks ended.'))).toEqual(['place:ISLAMABAD'])
    expect(brief(extractFromText('PANJGUR, Pakistan — A market opened.'))).toContain(
      'place:PANJGUR',
    )
  })

  it('reads curated names inside a dateline, and no acronym in brackets after its name', () => {
    expect(brief(extractFromText('PAKISTAN-IRAN BORDER: Trade resumed.'))).toEqual([
      'place:PAKISTAN',
      'place:IRAN',
    ])
    const text = 'The Iran-Pakistan (IP) gas pipeline and the Balochistan Liberation Army (BLA).'
    expect(brief(extractFromText(text))).toEqual([
      'place:Iran',
      'place:Pakistan',
      'organisation:Balochistan Liberation Army',
      'organisation:BLA',
    ])
  })

  it('splits lists and country pairs into their places', () => {
    const text =
      'Iran launched strikes against targets in Syria, Iraq, and Pakistan over Iran-Pakistan ties.'
    expect(brief(extractFromText(text))).toEqual([
      'place:Iran',
      'place:Syria',
      'place:Iraq',
      'place:Pakistan',
      'place:Iran',
      'place:Pakistan',
    ])
  })

  it('keeps whole names compromise cuts short, and drops months, demonyms and citations', () => {
    const text =
      'In June, caretaker Foreign Minister of Pakistan, Jalil Abbas Jilani, crossed into Iranian territory (Ali, 2024).'
    expect(brief(extractFromText(text))).toEqual(['place:Pakistan', 'person:Jalil Abbas Jilani'])
  })

  it('keeps a demonym that is part of a name', () => {
    expect(brief(extractFromText('Ships sailed into the Indian Ocean.'))).toEqual([
      'place:Indian Ocean',
    ])
  })

  it('finds people named by a title alone', () => {
    const text =
      'Talks between General Munir and former army chief General Qamar Javed Bajwa’s aides.'
    expect(brief(extractFromText(text))).toEqual(['person:Munir', 'person:Qamar Javed Bajwa'])
  })

  it('reads the gazetteer alone when asked', () => {
    expect(brief(extractFromText('Will Pakistan Build It? The Diplomat', 'gazetteer'))).toEqual([
      'place:Pakistan',
    ])
  })
})

describe('extractEntities', () => {
  const meta: DocumentMeta = {
    id: 'x',
    title: 'x',
    authors: [],
    outlet: null,
    published: null,
    genre: 'news',
    raw: 'x.txt',
    authorNote: null,
  }
  it('marks an acronym the text defines, and finds it again', () => {
    const doc = layoutDocument(meta, [
      {
        kind: 'paragraph',
        level: 0,
        text: 'The Pakistan Maritime Security Agency (PMSA) said so. The Iran-Pakistan (IP) gas pipeline.',
        marks: [],
      },
      { kind: 'paragraph', level: 0, text: 'Later the PMSA seized a boat.', marks: [] },
    ])
    const mentions = extractEntities(doc)
    expect(mentions.map((m) => [m.surface, m.abbreviates])).toEqual([
      ['Pakistan Maritime Security Agency', undefined],
      ['PMSA', 'Pakistan Maritime Security Agency'],
      ['Iran', undefined],
      ['Pakistan', undefined],
      ['PMSA', undefined],
    ])
  })

  it('finds a name again where the document repeats it, and a person by surname alone', () => {
    const doc = layoutDocument(meta, [
      {
        kind: 'paragraph',
        level: 0,
        text: 'Mansur Khan Mahsud, head of a centre, spoke.',
        marks: [],
      },
      {
        kind: 'paragraph',
        level: 0,
        text: 'According to Mahsud, the ties grew (Mahsud, 2023).',
        marks: [],
      },
    ])
    const mentions = extractEntities(doc)
    expect(brief(mentions)).toEqual(['person:Mansur Khan Mahsud', 'person:Mahsud'])
    for (const m of mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.surface)
  })

  const doc = layoutDocument(meta, [
    { kind: 'heading', level: 1, text: 'Seeking Stability With Tehran', marks: [] },
    {
      kind: 'paragraph',
      level: 0,
      text: 'Hossein Amir-Abdollahian visited Islamabad.',
      marks: [],
    },
    { kind: 'heading', level: 2, text: 'References', marks: [] },
    {
      kind: 'listItem',
      level: 0,
      text: 'Jamal, U. (2024, March 26). Will Pakistan go ahead? The Diplomat',
      marks: [],
    },
  ])

  it('gives offsets into the canonical text and reads headings and references by gazetteer', () => {
    const mentions = extractEntities(doc)
    for (const m of mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.surface)
    expect(brief(mentions)).toEqual([
      'place:Tehran',
      'person:Hossein Amir-Abdollahian',
      'place:Islamabad',
      'place:Pakistan',
    ])
  })
})
