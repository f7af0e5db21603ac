import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeSelection } from './describe'
import {
  DEFAULT_CONFIDENCE_THRESHOLD,
  maxFarErrors,
  maxQuoteErrors,
  type Placement,
  reanchor,
  reanchorAll,
  SEARCH_WINDOW,
  type StoredAnchor,
} from './reanchor'

const PARAGRAPHS = [
  'The port authority confirmed on Tuesday that the new customs terminal would open in March.',
  'Officials said the delay was caused by the dispute over the dredging contract with a foreign firm.',
  'According to the minister, the terminal will handle twelve thousand containers a month.',
  'Critics argued that the projected volume ignored the seasonal collapse of transit trade.',
  'A spokesperson for the firm declined to comment on the dispute or on the revised schedule.',
]
const TEXT = PARAGRAPHS.join('\n\n')

/** Selectors for the `nth` occurrence of `quote` in `text`, made on rev `rev`. */
function anchor(text: string, quote: string, nth = 0, rev = 'r1'): StoredAnchor {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1)
  if (at < 0) throw new Error(`fixture: ${quote} not found`)
  return { selectors: describeSelection(text, at, at + quote.length), rev }
}

function placedText(text: string, placement: Placement): string | null {
  return placement.status === 'orphan' ? null : text.slice(placement.start, placement.end)
}

describe('reanchor: each path', () => {
  it('keeps the stored position when the rev is unchanged', () => {
    const stored = anchor(TEXT, 'dredging contract')
    expect(reanchor(TEXT, 'r1', stored)).toEqual({
      status: 'placed',
      start: stored.selectors.position.start,
      end: stored.selectors.position.end,
      method: 'position',
      score: 1,
    })
  })

  it('does not trust a same-rev position that is out of range or disagrees with the quote', () => {
    const stored = anchor(TEXT, 'dredging contract')
    const outOfRange = {
      ...stored,
      selectors: { ...stored.selectors, position: { start: 5000, end: 5017 } },
    }
    const wrongPlace = {
      ...stored,
      selectors: { ...stored.selectors, position: { start: 0, end: 17 } },
    }
    for (const bad of [outOfRange, wrongPlace]) {
      const placement = reanchor(TEXT, 'r1', bad)
      expect(placement).toMatchObject({ status: 'placed', method: 'exact' })
      expect(placedText(TEXT, placement)).toBe('dredging contract')
      expect(placement.status === 'placed' && placement.start).toBe(stored.selectors.position.start)
    }
  })

  it('uses the quote at the stored position when an edit elsewhere changed the rev', () => {
    const stored = anchor(TEXT, 'twelve thousand containers')
    const edited = TEXT + '\n\nA new closing paragraph.'
    expect(reanchor(edited, 'r2', stored)).toEqual({
      status: 'placed',
      start: stored.selectors.position.start,
      end: stored.selectors.position.end,
      method: 'quote-at-position',
      score: 1,
    })
  })

  it('finds the quote exactly after text was inserted before it', () => {
    const stored = anchor(TEXT, 'seasonal collapse of transit trade')
    const inserted = 'An editor’s note added at the top of the article. '
    const edited = inserted + TEXT
    const placement = reanchor(edited, 'r2', stored)
    expect(placement).toMatchObject({ status: 'placed', method: 'exact' })
    expect(placement.status === 'placed' && placement.start).toBe(
      stored.selectors.position.start + inserted.length,
    )
    expect(placement.status === 'placed' && placement.score).toBeGreaterThan(0.99)
  })

  it('lets context, not nearness, choose between occurrences of a repeated phrase', () => {
    // "the dispute" occurs in paragraphs 2 and 5; the highlight is on the second.
    const stored = anchor(TEXT, 'the dispute', 1)
    // Move the paragraphs so the other occurrence sits where the highlight used to be.
    const moved = [PARAGRAPHS[4], PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[3]]
    const edited = moved.join('\n\n')
    const placement = reanchor(edited, 'r2', stored)
    expect(placement).toMatchObject({ status: 'placed', method: 'exact' })
    expect(placement.status === 'placed' && placement.start).toBe(
      edited.indexOf('comment on the dispute') + 'comment on '.length,
    )
  })

  it('prefers the nearest of occurrences whose context is the same', () => {
    const repeated = 'The same sentence appears twice in this text.'
    const text = [repeated, 'Something in between.', repeated, 'And an ending.'].join('\n\n')
    const stored = anchor(text, 'sentence appears twice', 1)
    const edited = 'Prefixed. ' + text
    const placement = reanchor(edited, 'r2', stored)
    expect(placement.status === 'placed' && placement.start).toBe(
      stored.selectors.position.start + 'Prefixed. '.length,
    )
  })

  it('does not re-attach a common word to another "the" once its paragraph is gone', () => {
    // "Officials said the delay": the highlight is on that "the".
    const at = TEXT.indexOf('said the delay') + 'said '.length
    const stored: StoredAnchor = { selectors: describeSelection(TEXT, at, at + 3), rev: 'r1' }
    const deleted = PARAGRAPHS.filter((_, i) => i !== 1).join('\n\n')
    // Worse: a new paragraph puts another "the" at exactly the old offset.
    const replaced = TEXT.replace(
      PARAGRAPHS[1] ?? '',
      'Reporters said the ferry was late because the weather had turned against the crossing.',
    )
    expect(replaced.slice(at, at + 3)).toBe('the')
    for (const edited of [deleted, replaced]) {
      const placement = reanchor(edited, 'r2', stored)
      expect(placement.status).not.toBe('placed')
    }
  })

  it('places a common word again when its context survives a shift', () => {
    const stored = anchor(TEXT, 'the', 3)
    const edited = 'Update: times corrected. ' + TEXT
    const placement = reanchor(edited, 'r2', stored)
    expect(placement).toMatchObject({ status: 'placed', method: 'exact' })
    expect(placement.status === 'placed' && placement.start).toBe(
      stored.selectors.position.start + 'Update: times corrected. '.length,
    )
  })

  it('finds a quote with a corrected typo approximately and keeps a lower score', () => {
    const stored = anchor(TEXT, 'caused by the dispute over the dredging contract')
    const edited = TEXT.replace('dredging contract', 'dreging contract').replace(
      'Tuesday',
      'Wednesday',
    )
    const placement = reanchor(edited, 'r2', stored)
    expect(placement).toMatchObject({ status: 'placed', method: 'fuzzy' })
    expect(placedText(edited, placement)).toBe('caused by the dispute over the dreging contract')
    expect(placement.status === 'placed' && placement.score).toBeLessThan(1)
    expect(placement.status === 'placed' && placement.score).toBeGreaterThanOrEqual(
      DEFAULT_CONFIDENCE_THRESHOLD,
    )
  })

  it('offers, but does not place, a quote rewritten beyond a quarter of its characters', () => {
    const stored = anchor(TEXT, 'handle twelve thousand containers')
    const edited = TEXT.replace('handle twelve thousand containers', 'handle 12,000 containers')
    const placement = reanchor(edited, 'r2', stored)
    expect(placement).toMatchObject({ status: 'uncertain', method: 'fuzzy' })
    expect(placedText(edited, placement)).toContain('containers')
  })

  it('asks before placing a short quote whose words changed, even with its context intact', () => {
    const text = 'The envoy, Karimov, met the governor in Quetta on Friday.'
    const stored = anchor(text, 'Karimov')
    const edited = text.replace('Karimov', 'Karimi')
    const placement = reanchor(edited, 'r2', stored)
    // Context alone would score this above the threshold; the changed name must not.
    expect(placement.status === 'orphan' || placement.score).toBeGreaterThanOrEqual(
      DEFAULT_CONFIDENCE_THRESHOLD,
    )
    expect(placement).toMatchObject({ status: 'uncertain', method: 'fuzzy' })
    expect(placedText(edited, placement)).toContain('Karim')
  })

  it('does not place a deleted short quote on a neighbour that starts like it', () => {
    // Found by the property below: once "trade bh" is deleted, the "trade " before it
    // matches three quarters of the quote with the suffix intact, but the prefix is gone.
    const text = 'trade trade bhmm Jd.\n\nGcdbvcdcn talks about minister trade and the talks.'
    const stored: StoredAnchor = { selectors: describeSelection(text, 6, 14), rev: 'r1' }
    const edited = text.slice(0, 6) + text.slice(14)
    expect(reanchor(edited, 'r2', stored).status).not.toBe('placed')
  })

  it('still places a lightly edited quote when one side of its context was rewritten', () => {
    const text =
      'The talks in Tehran ended early. Both ministers agreed to reopen the Taftan crossing in May.'
    const quote = 'agreed to reopen the Taftan crossing in May'
    const stored = anchor(text, quote)
    const edited = text
      .replace('The talks in Tehran ended early. Both ministers', 'Officials from both governments')
      .replace('Taftan', 'Taftaan')
    const placement = reanchor(edited, 'r2', stored)
    expect(placement).toMatchObject({ status: 'placed', method: 'fuzzy' })
    expect(placedText(edited, placement)).toBe('agreed to reopen the Taftaan crossing in May')
  })

  it('does not credit a quote at the start of the text with the prefix it used to have', () => {
    // The text now opens with what was the quote's prefix, and the only "trade" left is
    // inside it. It cannot have that prefix before it (nothing is before it), and its
    // suffix only resembles the old one: a short quote without an intact side waits.
    const text = 'trade, trade talks resumed on Monday.'
    const stored = anchor(text, 'trade', 1)
    const edited = 'trade, the talks resumed Monday.'
    expect(reanchor(edited, 'r2', stored)).toMatchObject({ status: 'uncertain', start: 0 })
  })

  it('orphans a highlight whose passage was deleted', () => {
    const stored = anchor(TEXT, 'declined to comment on the dispute or on the revised schedule')
    const edited = PARAGRAPHS.slice(0, 4).join('\n\n')
    expect(reanchor(edited, 'r2', stored)).toEqual({ status: 'orphan' })
  })

  it('never matches quotes under three characters approximately', () => {
    const text = 'Route A7 closed. Route B9 open.'
    const stored = anchor(text, 'A7')
    expect(reanchor('Route A8 closed. Route B9 open.', 'r2', stored)).toEqual({
      status: 'orphan',
    })
  })

  it('orphans an empty quote and anything on an empty text', () => {
    const stored = anchor(TEXT, 'minister')
    const empty: StoredAnchor = {
      rev: 'r1',
      selectors: { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 3, end: 3 } },
    }
    expect(reanchor(TEXT, 'r2', empty)).toEqual({ status: 'orphan' })
    expect(reanchor('', 'r2', stored)).toEqual({ status: 'orphan' })
  })

  it('ignores positions that are not integers', () => {
    const stored = anchor(TEXT, 'customs terminal')
    const broken = {
      ...stored,
      selectors: { ...stored.selectors, position: { start: Number.NaN, end: 2.5 } },
    }
    const placement = reanchor(TEXT, 'r1', broken)
    expect(placedText(TEXT, placement)).toBe('customs terminal')
  })

  it('honours a stricter threshold', () => {
    const stored = anchor(TEXT, 'caused by the dispute over the dredging contract')
    const edited = TEXT.replace('dredging', 'dreging')
    expect(reanchor(edited, 'r2', stored).status).toBe('placed')
    expect(reanchor(edited, 'r2', stored, { threshold: 0.999 }).status).toBe('uncertain')
  })

  it('finds a passage moved far away through its surviving context', () => {
    const filler = 'Unrelated filler about weather and football results. '.repeat(60)
    const text = TEXT + '\n\n' + filler
    const stored = anchor(text, 'projected volume ignored the seasonal')
    const moved = filler + '\n\n' + TEXT.replace('projected volume', 'projected volumes')
    expect(moved.indexOf('projected volumes') - stored.selectors.position.start).toBeGreaterThan(
      SEARCH_WINDOW * 2,
    )
    const placement = reanchor(moved, 'r2', stored)
    expect(placement).toMatchObject({ status: 'placed', method: 'fuzzy' })
    expect(placedText(moved, placement)).toBe('projected volumes ignored the seasonal')
  })

  it('finds a passage moved far away with its context rewritten, only lightly edited', () => {
    const quote = 'the terminal will handle twelve thousand containers a month'
    const filler = 'Unrelated filler about weather and football results. '.repeat(60)
    const text = `Old lead-in sentence, soon gone: ${quote}; and an old tail that goes too.`
    const stored = anchor(text, quote)
    const edited = `${filler}New opening words now say ${quote.replace('month', 'mnth')} as of spring.`
    const placement = reanchor(edited, 'r2', stored)
    expect(placement.status).not.toBe('orphan')
    expect(placedText(edited, placement)).toBe(quote.replace('month', 'mnth'))
  })
})

describe('reanchorAll', () => {
  it('returns one placement per highlight, in order, as reanchor would', () => {
    const stored = [
      anchor(TEXT, 'customs terminal'),
      anchor(TEXT, 'declined to comment'),
      anchor(TEXT, 'dredging contract'),
    ]
    const edited = 'Prefixed. ' + TEXT.replace('declined', 'refused')
    const where = (p: Placement) => (p.status === 'orphan' ? p : [p.status, p.start, p.end])
    const all = reanchorAll(edited, 'r2', stored)
    expect(all.map(where)).toEqual(stored.map((s) => where(reanchor(edited, 'r2', s))))
    expect(all.map((p) => placedText(edited, p))).toEqual([
      'customs terminal',
      'refused to comment',
      'dredging contract',
    ])
  })

  it('uses the shift of neighbours to find a rewritten quote after a long insertion', () => {
    const quote = 'the terminal will handle twelve thousand containers a month'
    const stored = [
      anchor(TEXT, 'the delay was caused by'),
      anchor(TEXT, quote),
      anchor(TEXT, 'projected volume ignored'),
    ]
    // 5,000 characters inserted above, the words around the quote changed so no context
    // survives verbatim, and more than a tenth of the quote rewritten: too much to look
    // for far away, so only a search near the right place can find it.
    const rewritten = 'the terminal shall handle twelve thousand boxes a month'
    const edited =
      'Editor’s note. '.repeat(350) +
      TEXT.replace(`According to the minister, ${quote}.`, `The minister says ${rewritten}!`)
    expect(reanchor(edited, 'r2', stored[1] as StoredAnchor)).toEqual({ status: 'orphan' })
    const [before, placement, after] = reanchorAll(edited, 'r2', stored)
    expect(before?.status).toBe('placed')
    expect(after?.status).toBe('placed')
    expect(placement?.status).not.toBe('orphan')
    expect(placedText(edited, placement as Placement)).toContain('shall handle twelve')
  })
})

describe('far search', () => {
  const SENTENCES = [
    'the customs terminal will open in March after a long delay',
    'a dispute over dredging held up the contract for two years',
    'twelve thousand containers a month is the projected volume',
    'critics say seasonal transit trade collapses every winter',
    'the foreign firm declined to comment on the revised schedule',
    'port workers threatened a strike over unpaid overtime wages',
    'the harbour master resigned citing political interference',
    'new cranes arrived from abroad but stood idle for months',
  ]

  it('finds many moved, lightly edited passages whose context was rewritten', () => {
    const text = SENTENCES.map((s, i) => `Old context ${i} before: ${s}; old after ${i}.`).join(' ')
    const stored = SENTENCES.map((s) => anchor(text, s))
    const typo = (s: string) => s.slice(0, 20) + s.slice(21)
    const filler = 'Weather and football scores fill this space. '.repeat(80)
    // Reversed order, new surroundings, one character dropped from each quote: only a
    // search of the whole text with errors can find them. Enough of them that the
    // search switches from scanning to the n-gram index.
    const edited =
      filler +
      [...SENTENCES]
        .reverse()
        .map((s, i) => `Fresh words ${i} lead in to ${typo(s)} and then go on ${i}.`)
        .join(' ')
    for (const placements of [
      reanchorAll(edited, 'r2', stored),
      stored.map((a) => reanchor(edited, 'r2', a)),
    ]) {
      expect(placements.map((p) => placedText(edited, p))).toEqual(SENTENCES.map(typo))
    }
  })

  it('does not search far for passages that are gone', () => {
    const text = SENTENCES.join('. ')
    const stored = SENTENCES.map((s) => anchor(text, s))
    const edited = 'Nothing of the old article survives in this replacement text at all. '.repeat(
      20,
    )
    expect(reanchorAll(edited, 'r2', stored)).toEqual(SENTENCES.map(() => ({ status: 'orphan' })))
  })
})

describe('error budgets', () => {
  it('allows half the quote, at most 256, and a tenth far away', () => {
    expect(maxQuoteErrors(3)).toBe(1)
    expect(maxQuoteErrors(41)).toBe(20)
    expect(maxQuoteErrors(10_000)).toBe(256)
    expect(maxFarErrors(41)).toBe(4)
    expect(maxFarErrors(10_000)).toBe(256)
  })
})

// Property tests: documents mix a small vocabulary (so phrases repeat) with random
// letter strings, like real prose mixes common words and names.
const VOCABULARY = ['the', 'of', 'and', 'border', 'talks', 'minister', 'said', 'trade', 'in']
const word = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.stringMatching(/^[a-z]{2,9}$/),
  fc.stringMatching(/^[A-Z][a-z]{1,8}[,.]?$/),
)
const documentText = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', ' ', ' ', '\n\n')), {
    minLength: 40,
    maxLength: 160,
  })
  .map((parts) =>
    parts
      .map(([w, sep]) => w + sep)
      .join('')
      .trim(),
  )

/** A document and a selection of at least `minLength` characters that is not blank. */
function documentWithSelection(minLength: number) {
  return documentText
    .filter((text) => text.length > minLength + 10)
    .chain((text) =>
      fc
        .tuple(fc.nat(text.length - minLength), fc.nat(40))
        .map(([start, extra]) => {
          const end = Math.min(text.length, start + minLength + extra)
          return { text, start, end }
        })
        .filter(({ text, start, end }) => text.slice(start, end).trim().length > 0),
    )
}

const insertion = fc.stringMatching(/^[a-z ]{1,30}$/)

describe('reanchor: properties', () => {
  it('finds the quote exactly at its new place after edits elsewhere', () => {
    fc.assert(
      fc.property(
        documentWithSelection(8),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(20), insertion), {
          maxLength: 4,
        }),
        ({ text, start, end }, edits) => {
          const stored: StoredAnchor = { selectors: describeSelection(text, start, end), rev: 'a' }
          // Apply edits from the back so earlier offsets stay valid; skip any that would
          // touch the quote or its stored context.
          const guardFrom = start - 32
          const guardTo = end + 32
          let edited = text
          let shift = 0
          const offsets = edits
            .map(([where, remove, add]) => ({ at: Math.floor(where * text.length), remove, add }))
            .sort((a, b) => b.at - a.at)
          let lastAt = Number.POSITIVE_INFINITY
          for (const { at, remove, add } of offsets) {
            const removeTo = Math.min(at + remove, text.length, lastAt)
            if (removeTo > guardFrom && at < guardTo) continue
            edited = edited.slice(0, at) + add + edited.slice(removeTo)
            if (at < start) shift += add.length - (removeTo - at)
            lastAt = at
          }
          const whole = stored.selectors.quote
          const context = whole.prefix + whole.exact + whole.suffix
          // A repeat of the quote with all its context makes either place right.
          fc.pre(edited.indexOf(context) === edited.lastIndexOf(context))
          const placement = reanchor(edited, 'b', stored)
          expect(placement.status).toBe('placed')
          expect(placement.status === 'placed' && [placement.start, placement.end]).toEqual([
            start + shift,
            end + shift,
          ])
        },
      ),
      { numRuns: 150 },
    )
  })

  it('still finds a quote of 40+ characters after one or two substitutions inside it', () => {
    fc.assert(
      fc.property(
        documentWithSelection(40),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
          minLength: 1,
          maxLength: 2,
        }),
        ({ text, start, end }, where) => {
          const stored: StoredAnchor = { selectors: describeSelection(text, start, end), rev: 'a' }
          let edited = text
          for (const w of where) {
            const at = start + Math.floor(w * (end - start))
            edited = edited.slice(0, at) + '#' + edited.slice(at + 1)
          }
          const placement = reanchor(edited, 'b', stored)
          expect(placement.status).not.toBe('orphan')
          if (placement.status === 'orphan') return
          // Overlaps the true range (which kept its offsets: substitutions keep lengths).
          expect(placement.start).toBeLessThan(end)
          expect(placement.end).toBeGreaterThan(start)
          expect(Math.abs(placement.start - start)).toBeLessThanOrEqual(2)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('never confidently places a passage that was replaced by unrelated text', () => {
    fc.assert(
      fc.property(
        documentWithSelection(8),
        fc.stringMatching(/^[0-9]{0,20}$/),
        fc.boolean(),
        ({ text, start, end }, replacement, withContext) => {
          const stored: StoredAnchor = { selectors: describeSelection(text, start, end), rev: 'a' }
          const from = withContext ? Math.max(0, start - 32) : start
          const to = withContext ? Math.min(text.length, end + 32) : end
          const edited = text.slice(0, from) + replacement + text.slice(to)
          const { exact } = stored.selectors.quote
          // If the words survive elsewhere verbatim, finding them there is not an error.
          fc.pre(!edited.includes(exact))
          const placement = reanchor(edited, 'b', stored)
          expect(placement.status).not.toBe('placed')
        },
      ),
      { numRuns: 150 },
    )
  })
})
