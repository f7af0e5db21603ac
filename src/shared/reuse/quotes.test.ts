import { describe, expect, it } from 'vitest'
import { extractEntities } from '../entities/extract-entities'
import { extractQuotes, sameSpeaker, type Quote, type QuoteSpeaker } from './quotes'
import { smallDocument } from './testing/small-documents'

/** The quotes of a small document, speakers read from its real entity mentions. */
function quotesOf(...paragraphs: string[]): Quote[] {
  const doc = smallDocument('doc', ...paragraphs)
  return extractQuotes(doc, extractEntities(doc))
}

function only(...paragraphs: string[]): Quote {
  const quotes = quotesOf(...paragraphs)
  expect(quotes).toHaveLength(1)
  return quotes[0]!
}

describe('extractQuotes: finding the quotes', () => {
  it('finds curly, straight and guillemet quotes with their offsets, inside the marks', () => {
    const doc = smallDocument(
      'doc',
      'The minister called it “a new chapter in our relations”, and aides spoke of "a turning point for the region".',
      'A French paper wrote of « une nouvelle ère » between the neighbours.',
    )
    const quotes = extractQuotes(doc, [])
    expect(quotes.map((q) => q.text)).toEqual([
      'a new chapter in our relations',
      'a turning point for the region',
      'une nouvelle ère',
    ])
    for (const q of quotes) expect(doc.text.slice(q.start, q.end)).toBe(q.text)
    expect(quotes.map((q) => q.words)).toEqual([6, 6, 3])
  })

  it('reads single curly quotes only where they cannot be apostrophes', () => {
    const quotes = quotesOf(
      'Iran’s and Pakistan’s ministers described the talks as ‘friendly’ and the ministers’ mood as calm.',
    )
    expect(quotes.map((q) => q.text)).toEqual(['friendly'])
  })

  it('takes only the outermost marks of a quote holding a quote', () => {
    const quotes = quotesOf(
      '“We reject what they call ‘a border problem’ entirely,” Jalil Abbas Jilani said.',
    )
    expect(quotes.map((q) => q.text)).toEqual([
      'We reject what they call ‘a border problem’ entirely,',
    ])
  })

  it('runs a quote over paragraphs when each opens with a mark and only the last closes', () => {
    const quotes = quotesOf(
      'Jalil Abbas Jilani said:',
      '“We have agreed to return the ambassadors to their posts.',
      '“We will meet again in Tehran next month.”',
    )
    expect(quotes.map((q) => q.text)).toEqual([
      'We have agreed to return the ambassadors to their posts.',
      'We will meet again in Tehran next month.',
    ])
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jalil Abbas Jilani', 'Jalil Abbas Jilani'])
  })

  it('ignores an opening mark that never closes, and marks with no words', () => {
    expect(quotesOf('He wrote “ and then stopped.', 'The sign read “…” and nothing more.')).toEqual(
      [],
    )
  })
})

describe('extractQuotes: who said it', () => {
  const speakerOf = (...paragraphs: string[]): Pick<QuoteSpeaker, 'name' | 'how'> | null => {
    const speaker = only(...paragraphs).speaker
    return speaker && { name: speaker.name, how: speaker.how }
  }

  it.each([
    [
      'X said, after the quote',
      '“We will not allow our soil to be used against any country,” Jalil Abbas Jilani said on Monday.',
      'Jalil Abbas Jilani',
    ],
    [
      'said X, after the quote',
      '“We will not allow our soil to be used against any country,” said Foreign Minister Jalil Abbas Jilani.',
      'Jalil Abbas Jilani',
    ],
    [
      'X, an apposition, said: before the quote',
      'Hossein Amir-Abdollahian, Iran’s foreign minister, said: “The security of Pakistan is the security of Iran.”',
      'Hossein Amir-Abdollahian',
    ],
    [
      'X told someone that, before the quote',
      'Asim Munir told reporters in Rawalpindi that “terrorism is a common enemy of both countries”.',
      'Asim Munir',
    ],
    [
      'according to X',
      'According to Shehbaz Sharif, “the border markets will open before the end of the year.”',
      'Shehbaz Sharif',
    ],
    [
      'X: and the quote',
      'Ebrahim Raisi: “Our two nations are brothers and will remain so.”',
      'Ebrahim Raisi',
    ],
    [
      'X added, after the quote with an apposition',
      '“The pipeline will be finished on our side,” Ebrahim Raisi, the Iranian president, added.',
      'Ebrahim Raisi',
    ],
  ])('reads %s', (_, paragraph, name) => {
    expect(speakerOf(paragraph)).toEqual({ name, how: 'named' })
  })

  it('resolves "he said" to the last named speaker in the paragraph', () => {
    expect(
      speakerOf(
        'Jalil Abbas Jilani said the talks had gone well. “We have agreed to return the ambassadors,” he said.',
      ),
    ).toEqual({ name: 'Jalil Abbas Jilani', how: 'pronoun' })
  })

  it('leaves "he said" unattributed when no one has spoken before it', () => {
    expect(
      speakerOf(
        'Jalil Abbas Jilani met Hossein Amir-Abdollahian in Islamabad. “We have agreed to return the ambassadors,” he said.',
      ),
    ).toBeNull()
  })

  it('gives a quote paragraph the speaker who introduced it in the paragraph before', () => {
    expect(
      speakerOf(
        'Asim Munir, the army chief, said:',
        '“Terrorism is a common enemy of both our countries.”',
      ),
    ).toEqual({ name: 'Asim Munir', how: 'named' })
    expect(
      speakerOf(
        'According to Asim Munir, the militants had crossed the border twice this year.',
        '“Terrorism is a common enemy of both our countries.”',
      ),
    ).toEqual({ name: 'Asim Munir', how: 'continued' })
  })

  it('reads a surname alone as the full name the document gives', () => {
    const quotes = quotesOf(
      'Jalil Abbas Jilani met his counterpart on Monday.',
      '“The ambassadors will return this week,” Jilani said.',
    )
    expect(quotes[0]!.speaker?.name).toBe('Jalil Abbas Jilani')
  })

  it('attributes no speaker to a phrase in quotes with no speech around it', () => {
    const quote = only('The so-called “Peace Pipeline” has been delayed for a decade by sanctions.')
    expect(quote.text).toBe('Peace Pipeline')
    expect(quote.speaker).toBeNull()
  })

  it('does not take a speech verb inside a quote as an attribution', () => {
    expect(
      speakerOf(
        'Officials repeated the line that “Shehbaz Sharif said nothing of the kind to Tehran”.',
      ),
    ).toBeNull()
  })
})

describe('sameSpeaker', () => {
  const speaker = (name: string, key: string): QuoteSpeaker => ({
    name,
    key,
    kind: 'person',
    how: 'named',
    at: { docId: 'd', start: 0, end: 1 },
  })

  it('matches a surname alone to the full name, across spellings', () => {
    const full = speaker('Hossein Amir-Abdollahian', 'person:hosseinamirabdollahian')
    expect(sameSpeaker(full, speaker('Amirabdollahian', 'person:amirabdollahian'))).toBe(true)
    expect(
      sameSpeaker(full, speaker('Hossein Amirabdollahian', 'person:hosseinamirabdollahian')),
    ).toBe(true)
  })

  it('keeps apart different full names sharing a surname, and people from bodies', () => {
    expect(
      sameSpeaker(
        speaker('Imran Khan', 'person:imrankhan'),
        speaker('Ayub Khan', 'person:ayubkhan'),
      ),
    ).toBe(false)
    expect(
      sameSpeaker(speaker('Khan', 'person:khan'), {
        ...speaker('Khan', 'organisation:khan'),
        kind: 'organisation',
      }),
    ).toBe(false)
  })
})
