import { describe, expect, it } from 'vitest'
import {
  isTrailingFurniture,
  openingHints,
  trailingFurnitureNotice,
  withoutTrailingFurniture,
} from './text-capture'

const blocks = (...texts: string[]) => texts.map((text) => ({ text }))

describe('openingHints', () => {
  it('reads a "written by" byline with its date (the bundled corpus’s 000)', () => {
    const hints = openingHints(
      blocks(
        'Pakistan and Iran: The way forward',
        'written by Saddam Tahir | February 3, 2024',
        'The beginning of this year was marked with escalating tensions.',
      ),
    )
    expect(hints.authors).toEqual(['Saddam Tahir'])
    expect(hints.published).toEqual({ year: 2024, month: 2, day: 3, approximate: false })
    expect(hints.publishedText).toBe('February 3, 2024')
    expect(hints.title).toBeNull()
  })

  it('reads a name, an outlet and a date separated by commas (004)', () => {
    const hints = openingHints(
      blocks('From rivals to partners', 'F.M. Shakil, The Cradle, July 26, 2023 —', 'With the…'),
    )
    expect(hints).toMatchObject({
      authors: ['F.M. Shakil'],
      outlet: 'The Cradle',
      published: { year: 2023, month: 7, day: 26 },
    })
  })

  it('reads "By" bylines with several people and no date', () => {
    expect(openingHints(blocks('Title', 'By Jane Doe and Omar Said')).authors).toEqual([
      'Jane Doe',
      'Omar Said',
    ])
    expect(openingHints(blocks('Title', 'By Hélène Dubois, Amna Baloch')).authors).toEqual([
      'Hélène Dubois',
      'Amna Baloch',
    ])
  })

  it('takes the title from under breadcrumbs fused onto it (003)', () => {
    const hints = openingHints(
      blocks(
        'HomeDiplomacyPakistan-Iran Relations: Seeking Stability',
        'Pakistan-Iran Relations: Seeking Stability',
      ),
    )
    expect(hints.title).toBe('Pakistan-Iran Relations: Seeking Stability')
  })

  it('guesses nothing from sentences that only look a little like bylines', () => {
    const hints = openingHints(
      blocks(
        'Border notes',
        'by the time the crossing reopened, queues had formed.',
        'Officials, speaking on Monday, said the border, long closed, would stay open.',
        'Written by hand, the ledger, dated 2019, was lost.',
      ),
    )
    expect(
      openingHints(blocks('Title', 'By Monday, Iran had withdrawn its envoy.')).authors,
    ).toEqual([])
    // A dateline names a place, not a person and an outlet.
    expect(openingHints(blocks('Title', 'Islamabad, Pakistan, July 26, 2023 —'))).toMatchObject({
      authors: [],
      outlet: null,
    })
    expect(hints).toEqual({
      title: null,
      authors: [],
      outlet: null,
      published: null,
      publishedText: null,
    })
  })
})

describe('trailing furniture', () => {
  it('recognises the footer lines of captured pages', () => {
    for (const line of [
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'Follow us',
      'Most Popular',
      'Share this:',
      'Related articles',
      '© Eastport Gazette 2024',
    ]) {
      expect(isTrailingFurniture(line), line).toBe(true)
    }
    // The article's own last sentences stay, whatever words they start with.
    for (const line of [
      'The newsletter said the talks would resume.',
      'Copyright holders have until March to respond.',
      'More in the coming weeks.',
      'Sign up for the draft begins Monday.',
      'Subscribe to that view and the deal collapses.',
      'Next article in the series will cover Gwadar.',
    ]) {
      expect(isTrailingFurniture(line), line).toBe(false)
    }
  })

  it('drops only the run at the very end, and says what it dropped', () => {
    const { kept, dropped } = withoutTrailingFurniture(
      blocks(
        'Follow us',
        'The crossing reopened on Monday.',
        'Asad Ali is an Islamabad based expert of South Asian Affairs',
        'Leave a Reply',
        'Your email address will not be published. Required fields are marked *',
      ),
    )
    expect(kept.map((b) => b.text)).toEqual([
      'Follow us',
      'The crossing reopened on Monday.',
      'Asad Ali is an Islamabad based expert of South Asian Affairs',
    ])
    expect(trailingFurnitureNotice(dropped)).toBe(
      'Left out the site’s 2 lines at the end (“Leave a Reply” and after).',
    )
    expect(trailingFurnitureNotice([])).toBeNull()
  })

  it('never drops the whole text', () => {
    expect(withoutTrailingFurniture(blocks('Share this')).kept).toHaveLength(1)
  })
})
