import { describe, expect, it } from 'vitest'
import {
  claimsMentioning,
  entityFilterOptions,
  entityFilterSummary,
  entityMatcher,
  eventMentions,
  highlightMentions,
  highlightsMentioning,
  highlightsMentioningInSlices,
  loosen,
  resolveEntityFilter,
  textMentions,
  type FilterableHighlight,
} from './entity-filter'
import { addMerge, buildEntityIndex, entityMentions, type DocumentMentions } from './entity-index'
import { TRANSLITERATIONS } from './entity-key'
import { extractFromText } from './extract-entities'

/** Three short sources, each naming the foreign minister its own way, with extraction run. */
const TEXTS: Record<string, string> = {
  a: 'Foreign Minister Hossein Amirabdollahian arrived in Islamabad on Monday. Iran and Pakistan agreed to talk.',
  b: 'Hossein Amir-Abdollahian met the Pakistani army chief. Iraq was not mentioned.',
  c: 'Iran’s Hossein Amir Abdollahian said the border with Balochistan would be reopened.',
}
const REV = 'rev-1'
const docs: DocumentMentions[] = Object.entries(TEXTS).map(([docId, text]) => ({
  docId,
  mentions: extractFromText(text),
}))
const index = buildEntityIndex(docs)
const entityNamed = (surface: string) => {
  const found = index.entities.find((e) => e.variants.some((v) => v.surface === surface))
  if (!found) throw new Error(`no entity spelt ${surface}`)
  return found
}
const finder = entityMentions(docs, index)
/** The entity's matcher, with its mentions as the entity worker answers them. */
const matcherOf = (surface: string) => {
  const entity = entityNamed(surface)
  return entityMatcher(entity, finder.mentionsOf(entity.id, null))
}
const minister = matcherOf('Hossein Amirabdollahian')
const iran = matcherOf('Iran')
const revOf = () => REV

let nextId = 0
/** A highlight of `quote` in a source, positioned where it sits in that source's text. */
function highlight(docId: string, quote: string, note = '', docRev = REV): FilterableHighlight {
  const start = TEXTS[docId]!.indexOf(quote)
  if (start < 0) throw new Error(`${quote} is not in ${docId}`)
  return {
    id: `h${nextId++}`,
    docId,
    docRev,
    selectors: { quote: { exact: quote }, position: { start, end: start + quote.length } },
    note,
  }
}

describe('textMentions', () => {
  it('finds the minister under each of his three spellings', () => {
    expect(entityNamed('Hossein Amir-Abdollahian')).toBe(entityNamed('Hossein Amirabdollahian'))
    for (const spelling of [
      'Hossein Amirabdollahian',
      'Hossein Amir-Abdollahian',
      'Hossein Amir Abdollahian',
    ]) {
      expect(textMentions(minister, `Talks with ${spelling} went well`), spelling).toBe(true)
    }
  })

  it('ignores case, accents, curly apostrophes and a possessive', () => {
    expect(textMentions(minister, 'HOSSEIN AMIR-ABDOLLAHIAN’S visit')).toBe(true)
    expect(textMentions(minister, 'Hosseín Amírabdollahian')).toBe(true)
    expect(textMentions(iran, 'Iran’s border')).toBe(true)
  })

  it('reads a transliteration as the name it spells', () => {
    const balochistan = matcherOf('Balochistan')
    expect(textMentions(balochistan, 'Attacks in Baluchistan rose')).toBe(true)
    expect(textMentions(balochistan, 'Attacks in Baluchestan rose')).toBe(true)
  })

  it('does not read Iraq or the demonym Iranian as Iran', () => {
    expect(textMentions(iran, 'Iraq closed its border')).toBe(false)
    expect(textMentions(iran, 'An Iranian delegation arrived')).toBe(false)
    expect(textMentions(iran, 'Iranians voted')).toBe(false)
  })

  it('matches whole words only, and joins words only where a name could be split', () => {
    expect(textMentions(iran, 'Miranda said so')).toBe(false)
    expect(textMentions(iran, 'I ran to the station')).toBe(false)
    // A spelling nobody used in the corpus still matches when written as a name.
    expect(textMentions(minister, 'Hossein AmirAbdollahian')).toBe(true)
    expect(textMentions(minister, 'Hossein Amir abdollahian')).toBe(true)
  })

  it('takes a bare surname for the person only where the corpus spells it so', () => {
    // No source here says plain "Amirabdollahian", so it is no spelling of his yet.
    expect(textMentions(minister, 'Amirabdollahian spoke')).toBe(false)
  })

  it('finds nothing in an empty text', () => {
    expect(textMentions(minister, '')).toBe(false)
    expect(textMentions(minister, '   ')).toBe(false)
  })
})

/** An entity spelt only these ways, with no mentions of its own. */
const spelt = (...surfaces: string[]) =>
  entityMatcher({
    id: surfaces[0]!,
    variants: surfaces.map((surface, i) => ({ id: `v${i}`, surface, count: 1 })),
  })

describe('screening texts before cutting them into words', () => {
  it('blurs both sides of every transliteration alike', () => {
    const sides: [string, string][] = [
      ['baluchistan', 'balochistan'],
      ['balochestan', 'balochistan'],
      ['seistan', 'sistan'],
      ['muhammad', 'mohammad'],
      ['mohammed', 'mohammad'],
      ['muhammed', 'mohammad'],
      ['mohamed', 'mohammad'],
      ['mohamad', 'mohammad'],
      ['organization', 'organisation'],
      ['center', 'centre'],
      ['defense', 'defence'],
    ]
    // Every rule is covered: a new rule needs its sides here, and may need loosen() to change.
    for (const rule of TRANSLITERATIONS) {
      expect(sides.some(([from]) => from.replace(rule.pattern, rule.replace) !== from)).toBe(true)
    }
    for (const [from, to] of sides) expect(loosen(from), from).toBe(loosen(to))
  })

  it('gives the answers cutting every text into words gives', () => {
    const matchers = [
      minister,
      iran,
      matcherOf('Balochistan'),
      spelt('Mohammad Ali'),
      spelt('Sistan-Baluchestan'),
      spelt('World Health Organization'),
    ]
    const texts = [
      'Attacks in Baluchistan rose',
      'Attacks in Balochestan and Seistan rose',
      'Sistan Baluchistan province',
      'Muhammad Ali and Mohamed Ali boxed',
      'Mohammed   Ali’s gloves',
      'Mahmoud Ali spoke',
      'the World Health Organisation said',
      'The World Health Organization’s centre',
      'Hosseín Amírabdollahian',
      'I ran to the station; Iran did not',
      'Bal-uch is not a word',
      '',
    ]
    for (const matcher of matchers) {
      expect(matcher.screen, matcher.entityId).not.toBeNull()
      const unscreened = { ...matcher, screen: null }
      for (const text of texts) {
        expect(textMentions(matcher, text), `${matcher.entityId}: ${text}`).toBe(
          textMentions(unscreened, text),
        )
      }
    }
    expect(textMentions(spelt('Mohammad Ali'), 'Muhammad Ali and Mohamed Ali boxed')).toBe(true)
    expect(textMentions(spelt('Mohammad Ali'), 'Mahmoud Ali spoke')).toBe(false)
  })
})

describe('highlightMentions', () => {
  it('finds the highlights that name the minister, and not one that does not', () => {
    const named = highlight('a', 'Foreign Minister Hossein Amirabdollahian arrived')
    const otherSpelling = highlight('b', 'Hossein Amir-Abdollahian met the Pakistani army chief')
    const unrelated = highlight('a', 'Iran and Pakistan agreed to talk')
    expect(highlightsMentioning(minister, [named, otherSpelling, unrelated], revOf)).toEqual(
      new Set([named.id, otherSpelling.id]),
    )
  })

  it('counts the note as well as the quote', () => {
    const h = highlight('a', 'Iran and Pakistan agreed', 'Hossein Amirabdollahian brokered this')
    expect(highlightMentions(minister, h, revOf)).toBe(true)
  })

  it('counts a quote that cuts the name in half, by its position, on the same rev only', () => {
    const half = highlight('b', 'Abdollahian met the Pakistani')
    expect(textMentions(minister, half.selectors.quote.exact)).toBe(false)
    expect(highlightMentions(minister, half, revOf)).toBe(true)
    const older = highlight('b', 'Abdollahian met the Pakistani', '', 'rev-0')
    expect(highlightMentions(minister, older, revOf)).toBe(false)
    const beside = highlight('b', 'met the Pakistani')
    expect(highlightMentions(minister, beside, revOf)).toBe(false)
    // Without the mentions from the worker, only texts can be tested.
    const textOnly = entityMatcher(entityNamed('Hossein Amirabdollahian'))
    expect(highlightMentions(textOnly, half, revOf)).toBe(false)
  })
})

describe('highlightsMentioningInSlices', () => {
  const many = Array.from({ length: 40 }, (_, i) =>
    i % 3 === 0
      ? highlight('a', 'Foreign Minister Hossein Amirabdollahian arrived')
      : i % 3 === 1
        ? highlight('b', 'Abdollahian met the Pakistani')
        : highlight('c', 'would be reopened', i % 2 ? 'Amir Abdollahian agreed' : ''),
  )

  it('finds what the one-piece pass finds, pausing between highlights', async () => {
    let pauses = 0
    const pause = () => {
      pauses++
      return Promise.resolve()
    }
    for (const matcher of [minister, iran]) {
      const sliced = await highlightsMentioningInSlices(matcher, many, revOf, pause)
      expect(sliced).toEqual(highlightsMentioning(matcher, many, revOf))
    }
    expect(pauses).toBe(2 * many.length)
  })

  it('agrees with the one-piece pass over 10,000 highlights, more texts than are kept cut', async () => {
    const quotes = [
      'Foreign Minister Hossein Amirabdollahian arrived',
      'Abdollahian met the Pakistani',
      'the border with Balochistan would be reopened',
      'Iran and Pakistan agreed to talk',
    ]
    const tenThousand = Array.from({ length: 10_000 }, (_, i): FilterableHighlight => {
      const base = highlight(['a', 'b', 'c', 'a'][i % 4]!, quotes[i % 4]!)
      // Distinct notes, so each is a text of its own to cut into words.
      const note = i % 2 ? `Seen in report ${i} on Baluchistan` : `Entry ${i}: Amir Abdollahian`
      return { ...base, id: `ten-${i}`, note }
    })
    const balochistan = matcherOf('Balochistan')
    for (const matcher of [minister, balochistan]) {
      const once = highlightsMentioning(matcher, tenThousand, revOf)
      const sliced = await highlightsMentioningInSlices(matcher, tenThousand, revOf, () =>
        Promise.resolve(),
      )
      expect(sliced).toEqual(once)
      expect(once.size).toBeGreaterThan(0)
      expect(once.size).toBeLessThan(tenThousand.length)
    }
  })

  it('gives no answer once it is no longer wanted', async () => {
    const controller = new AbortController()
    const pause = () => {
      controller.abort()
      return Promise.resolve()
    }
    expect(
      await highlightsMentioningInSlices(minister, many, revOf, pause, controller.signal),
    ).toBeNull()
  })
})

describe('claims and events', () => {
  const named = highlight('c', 'Hossein Amir Abdollahian said the border')
  const unrelated = highlight('c', 'would be reopened')
  const mentioning = highlightsMentioning(minister, [named, unrelated], revOf)

  it('a claim mentions the entity through its evidence, its statement or its note', () => {
    const claims = [
      { id: 'through-evidence', statement: 'The border will reopen', note: '' },
      { id: 'by-statement', statement: 'Hossein Amir-Abdollahian wants the border open', note: '' },
      { id: 'by-note', statement: 'Talks resume', note: 'per Hossein Amirabdollahian' },
      { id: 'unrelated', statement: 'The border will reopen', note: '' },
    ]
    const evidence = [
      { claimId: 'through-evidence', highlightId: named.id },
      { claimId: 'unrelated', highlightId: unrelated.id },
    ]
    expect(claimsMentioning(minister, claims, evidence, mentioning)).toEqual(
      new Set(['through-evidence', 'by-statement', 'by-note']),
    )
  })

  it('an event mentions the entity through its sources, its title or its note', () => {
    const event = (title: string, note: string, ...sources: string[]) => ({
      title,
      note,
      sources: sources.map((highlightId) => ({ highlightId })),
    })
    expect(eventMentions(minister, event('Border reopens', '', named.id), mentioning)).toBe(true)
    expect(eventMentions(minister, event('Hossein Amirabdollahian visits', ''), mentioning)).toBe(
      true,
    )
    expect(eventMentions(minister, event('Visit', 'Hossein Amir Abdollahian'), mentioning)).toBe(
      true,
    )
    expect(eventMentions(minister, event('Border reopens', '', unrelated.id), mentioning)).toBe(
      false,
    )
  })
})

describe('resolveEntityFilter', () => {
  const id = entityNamed('Hossein Amirabdollahian').id

  it('is off without an id, and waits for names rather than filtering to nothing', () => {
    expect(resolveEntityFilter(null, index, true)).toEqual({ status: 'off' })
    expect(resolveEntityFilter(id, null, false)).toEqual({ status: 'finding', id })
    expect(resolveEntityFilter('person:nobody', index, false)).toEqual({
      status: 'finding',
      id: 'person:nobody',
    })
  })

  it('says an entity the whole index lacks is missing', () => {
    expect(resolveEntityFilter('person:nobody', index, true)).toEqual({
      status: 'missing',
      id: 'person:nobody',
    })
  })

  it('filters by the entity, partial while sources are still read', () => {
    const state = resolveEntityFilter(id, index, false)
    expect(state).toMatchObject({ status: 'active', partial: true, merged: false })
    expect(state.status === 'active' && state.entity.name).toBe(
      entityNamed('Hossein Amirabdollahian').name,
    )
  })

  it('follows an entity merged into another', () => {
    const iranId = entityNamed('Iran').id
    const merged = buildEntityIndex(
      docs,
      addMerge({ version: 1, merges: [], splits: [] }, [id, iranId]),
    )
    const state = resolveEntityFilter(iranId, merged, true)
    expect(state).toMatchObject({ status: 'active', merged: true })
    expect(state.status === 'active' && state.entity.id).toBe(id)
  })
})

describe('entityFilterOptions', () => {
  it('lists every entity by name and kind, alphabetically', () => {
    const options = entityFilterOptions(index.entities)
    expect(options).toHaveLength(index.entities.length)
    expect(options.map((o) => o.label)).toContain('Hossein Amir Abdollahian (person)')
    expect(options.map((o) => o.label)).toContain('Iran (place)')
    const labels = options.map((o) => o.label)
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)))
  })

  it('tells apart two entities that share a name and kind by their counts', () => {
    const split = buildEntityIndex(docs, {
      version: 1,
      merges: [],
      splits: [{ variant: 'person|Hossein Amirabdollahian' }],
    })
    const labels = entityFilterOptions(split.entities).map((o) => o.label)
    expect(labels.filter((l) => l.startsWith('Hossein'))).toHaveLength(2)
  })
})

describe('entityFilterSummary', () => {
  const id = entityNamed('Hossein Amirabdollahian').id
  const whole = { extracted: 3, total: 3 }

  it('names the entity filtered by, and says when more may match', () => {
    const active = resolveEntityFilter(id, index, true)
    expect(entityFilterSummary(active, whole)).toEqual({
      label: 'Mentions: Hossein Amir Abdollahian',
      detail: '',
    })
    const partial = resolveEntityFilter(id, index, false)
    expect(entityFilterSummary(partial, { extracted: 1, total: 3 })?.detail).toBe(
      'Still finding names (1 of 3 sources read): more may match.',
    )
  })

  it('never leaves an empty screen unexplained', () => {
    expect(entityFilterSummary({ status: 'off' }, whole)).toBeNull()
    expect(entityFilterSummary({ status: 'finding', id }, { extracted: 0, total: 5 })).toEqual({
      label: 'Finding names…',
      detail: 'Everything is shown until the entity is found (0 of 5 sources read).',
    })
    expect(entityFilterSummary(resolveEntityFilter(id, index, true), whole, true)).toEqual({
      label: 'Finding mentions of Hossein Amir Abdollahian…',
      detail: 'Everything is shown until they are found.',
    })
    expect(entityFilterSummary({ status: 'missing', id }, whole)?.label).toBe(
      'Mentions: an entity no longer in the index',
    )
    expect(
      entityFilterSummary({ status: 'error', id, message: 'The worker stopped.' }, whole)?.detail,
    ).toBe('The worker stopped. Everything is shown.')
  })
})
