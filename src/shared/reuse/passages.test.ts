import { describe, expect, it } from 'vitest'
import { addAndFindReuse } from './find-reuse'
import { fingerprints } from './fingerprints'
import { extractPassages, MIN_PASSAGE_WORDS } from './passages'
import { ReuseIndex } from './reuse-index'
import { filler, fillerWords, seeded } from './testing/made-texts'
import type { SharedPassage } from './types'
import { reuseWords, type ReuseWords } from './words'

/** Every passage among `docs`, found by adding them to an index one at a time. */
function reuseAmong(docs: Record<string, string>): SharedPassage[] {
  const index = new ReuseIndex()
  const words = new Map<string, ReuseWords>()
  const passages: SharedPassage[] = []
  for (const [id, text] of Object.entries(docs)) {
    passages.push(...addAndFindReuse(index, { id, text }, (other) => words.get(other)))
    words.set(id, reuseWords(text))
  }
  return passages
}

/** The passages between two texts, directly. */
function between(textA: string, textB: string): SharedPassage[] {
  const a = { id: 'a', words: reuseWords(textA) }
  const b = { id: 'b', words: reuseWords(textB) }
  const index = new ReuseIndex()
  index.add('b', fingerprints(b.words))
  const seeds = index.candidates(fingerprints(a.words))[0]?.seeds ?? new Uint32Array(0)
  return extractPassages(a, b, seeds)
}

const WIRE =
  'QUETTA, Pakistan (Wire) — Pakistani security forces killed seven militants in a pre-dawn ' +
  'raid on a hideout near the Iranian border on Tuesday, the military’s media wing said in a ' +
  'statement. The operation in the Panjgur district followed a string of attacks on border ' +
  'posts that left four soldiers dead last month. "The terrorists were planning attacks on ' +
  'civilians and security personnel," the statement said, adding that weapons and explosives ' +
  'were recovered from the compound. Iran’s foreign ministry spokesman said Tehran respected ' +
  'Pakistan’s sovereignty and was ready to cooperate against groups that threaten both ' +
  'countries. Analysts said the raid showed that the two neighbours were trying to repair ' +
  'relations after the exchange of missile strikes in January.'

/** Lightly edited: a few words changed, quotes and punctuation restyled, other news after. */
const DAILY_POST =
  'Security round-up. Pakistani security forces killed seven militants in a pre-dawn raid on a ' +
  'hideout close to the Iranian border on Tuesday, the army’s media wing said in a statement. ' +
  'The operation in Panjgur district followed a series of attacks on border posts that left ' +
  "four soldiers dead last month. 'The terrorists were planning attacks on civilians and " +
  "security personnel', the statement said, adding that weapons and explosives had been " +
  'recovered from the compound. In other news, the provincial assembly met on Wednesday to ' +
  'debate a budget that opposition members called a betrayal of teachers and farmers.'

/** Clauses reordered, punctuation changed. */
const FRONTIER_TIMES =
  'On Tuesday, Pakistani security forces killed seven militants in a pre-dawn raid on a ' +
  'hideout near the Iranian border; the military’s media wing said so in a statement. ' +
  'Following a string of attacks on border posts that left four soldiers dead last month, the ' +
  'operation took place in the Panjgur district. Weapons and explosives were recovered from ' +
  'the compound, the statement said: “the terrorists were planning attacks on civilians and ' +
  'security personnel.” Tehran respected Pakistan’s sovereignty and was ready to cooperate ' +
  'against groups that threaten both countries, Iran’s foreign ministry spokesman said.'

/** The same event, told in other words. */
const OWN_REPORT =
  'Seven insurgents died when troops stormed a compound in Panjgur before sunrise on Tuesday, ' +
  'according to the army. Soldiers seized guns and bomb-making material at the site, which ' +
  'lies a few kilometres from the frontier with Iran. The district has seen repeated assaults ' +
  'on checkpoints this year; four soldiers were killed in one of them in the last weeks. ' +
  'Officials in Tehran said they would work with Islamabad against armed groups operating on ' +
  'both sides of the line.'

const FURNITURE =
  'Share this: Click to share on Twitter (Opens in new window) Click to share on Facebook ' +
  '(Opens in new window) Like this: Like Loading... Leave a Reply Cancel reply Your email ' +
  'address will not be published. Required fields are marked * Comment * Name * Email * ' +
  'Website Save my name, email, and website in this browser for the next time I comment.'

function quote(text: string, side: { start: number; end: number }): string {
  return text.slice(side.start, side.end)
}

describe('shared passages', () => {
  const docs = { wire: WIRE, 'daily-post': DAILY_POST, 'frontier-times': FRONTIER_TIMES }

  it('finds a wire story in both its rewrites, and the rewrites in each other', () => {
    const passages = reuseAmong(docs)
    const pairs = new Set(passages.map((p) => `${p.a.docId}+${p.b.docId}`))
    expect([...pairs].sort()).toEqual([
      'daily-post+frontier-times',
      'daily-post+wire',
      'frontier-times+wire',
    ])
    for (const p of passages) {
      expect(p.a.docId < p.b.docId).toBe(true)
      expect(p.words).toBeGreaterThanOrEqual(MIN_PASSAGE_WORDS)
      expect(p.similarity).toBeGreaterThanOrEqual(0.8)
      expect(p.similarity).toBeLessThanOrEqual(1)
    }
  })

  it('marks the lightly edited copy as one passage from its first to its last shared word', () => {
    const passages = reuseAmong({ wire: WIRE, 'daily-post': DAILY_POST })
    expect(passages).toHaveLength(1)
    const [p] = passages as [SharedPassage]
    expect(p.a.docId).toBe('daily-post')
    expect(quote(DAILY_POST, p.a)).toMatch(/^Pakistani security forces .* from the compound$/)
    expect(quote(WIRE, p.b)).toMatch(/^Pakistani security forces .* from the compound$/)
    expect(p.words).toBeGreaterThan(60)
    expect(p.similarity).toBeGreaterThan(0.9)
    expect(p.similarity).toBeLessThan(1)
  })

  it('covers the reordered rewrite’s shared sentences, moved clauses included', () => {
    const passages = reuseAmong({ wire: WIRE, 'frontier-times': FRONTIER_TIMES })
    const covered = (phrase: string) =>
      passages.some((p) => {
        const at = FRONTIER_TIMES.indexOf(phrase)
        return at >= p.a.start && at + phrase.length <= p.a.end
      })
    expect(passages.every((p) => p.a.docId === 'frontier-times')).toBe(true)
    expect(covered('Pakistani security forces killed seven militants')).toBe(true)
    expect(covered('left four soldiers dead last month')).toBe(true)
    expect(covered('the terrorists were planning attacks on civilians')).toBe(true)
    expect(covered('ready to cooperate against groups that threaten both countries')).toBe(true)
  })

  it('finds nothing between two reports of one event in different words', () => {
    expect(reuseAmong({ wire: WIRE, own: OWN_REPORT, 'daily-post': DAILY_POST })).toEqual(
      reuseAmong({ wire: WIRE, 'daily-post': DAILY_POST }),
    )
    expect(between(OWN_REPORT, WIRE)).toEqual([])
  })

  it('ignores site furniture two unrelated posts share', () => {
    const postA = `${filler(120, 21)}. ${FURNITURE} © 2024 Daily Post. All rights reserved.`
    const postB = `${filler(90, 22)}. ${FURNITURE} © 2023 Frontier Times. All rights reserved.`
    expect(between(postA, postB)).toEqual([])
    // Furniture beside a real shared passage does not hide it.
    const story = filler(40, 23)
    const withStoryA = `${filler(50, 24)}. ${story}. ${FURNITURE}`
    const withStoryB = `${filler(70, 25)}. ${story}. ${FURNITURE}`
    const found = between(withStoryA, withStoryB)
    expect(found.length).toBeGreaterThanOrEqual(1)
    expect(found.some((p) => quote(withStoryA, p.a) === story)).toBe(true)
  })

  it('does not report a shared 9-word phrase, and reports a 12-word one at its exact text', () => {
    const nineWords = 'minister said the border would stay closed until further'
    expect(reuseWords(nineWords).length).toBe(9)
    const nineA = `${filler(40, 31)} ${nineWords} ${filler(40, 32)}`
    const nineB = `${filler(30, 33)} ${nineWords} ${filler(30, 34)}`
    expect(between(nineA, nineB)).toEqual([])
    const twelve =
      'Officials said the “border crossing” would stay closed until further notice, again.'
    const textA = `${filler(40, 35)}: ${twelve} ${filler(40, 36)}`
    const textB = `${filler(25, 37)} — ${twelve.replace('“border crossing”', "'border crossing'")} ${filler(60, 38)}`
    const found = between(textA, textB)
    expect(found).toHaveLength(1)
    const [p] = found as [SharedPassage]
    expect(p.words).toBe(12)
    expect(p.similarity).toBe(1)
    expect(quote(textA, p.a)).toBe(
      'Officials said the “border crossing” would stay closed until further notice, again',
    )
    expect(quote(textB, p.b)).toBe(
      "Officials said the 'border crossing' would stay closed until further notice, again",
    )
    expect(p.aWords).toEqual({ start: 40, end: 52 })
    expect(p.bWords).toEqual({ start: 25, end: 37 })
  })

  it('finds copies of 12 to 60 words with up to a tenth of their words edited', () => {
    const random = seeded(2026)
    let found = 0
    const trials = 200
    for (let t = 0; t < trials; t++) {
      const length = 12 + Math.floor(random() * 49)
      const original = fillerWords(length, 5000 + t)
      const copy = [...original]
      const edits = Math.floor(random() * (Math.floor(0.1 * length) + 1))
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * copy.length)
        const kind = Math.floor(random() * 3)
        if (kind === 0) copy[at] = `edited${e}`
        else if (kind === 1) copy.splice(at, 0, `inserted${e}`)
        else copy.splice(at, 1)
      }
      const textA = `${filler(50, 9000 + t)} ${original.join(' ')} ${filler(50, 9500 + t)}`
      const textB = `${filler(30, 10_000 + t)} ${copy.join(' ')} ${filler(70, 10_500 + t)}`
      const passages = between(textA, textB)
      const hit = passages.some((p) => p.aWords.start < 50 + length && p.aWords.end > 50)
      if (hit) found++
      // Nothing outside the copy is reported.
      for (const p of passages) {
        expect(p.aWords.start).toBeGreaterThanOrEqual(50 - 1)
        expect(p.aWords.end).toBeLessThanOrEqual(50 + length + 1)
      }
    }
    expect(found / trials).toBeGreaterThanOrEqual(0.95)
  })

  it('finds no passage in boilerplate more than 20 documents carry, and finds it in 20', () => {
    const boiler = filler(30, 4242)
    const docs: Record<string, string> = {}
    for (let i = 0; i < 21; i++)
      docs[`d${String(i).padStart(2, '0')}`] = `${filler(60, 300 + i)}. ${boiler}`
    // Each new document is checked against those before it: the boilerplate counts until 20
    // documents carry it, so only the 22nd, added last, must come back empty.
    const index = new ReuseIndex()
    const words = new Map<string, ReuseWords>()
    for (const [id, text] of Object.entries(docs)) {
      addAndFindReuse(index, { id, text }, (other) => words.get(other))
      words.set(id, reuseWords(text))
    }
    const last = `${filler(50, 999)}. ${boiler}`
    const lastWords = reuseWords(last)
    expect(addAndFindReuse(index, { id: 'last', text: last }, (other) => words.get(other))).toEqual(
      [],
    )
    words.set('last', lastWords)
    index.remove('d00')
    index.remove('last')
    const again = addAndFindReuse(index, { id: 'again', text: last }, (other) => words.get(other))
    expect(new Set(again.map((p) => (p.b.docId === 'again' ? p.a.docId : p.b.docId))).size).toBe(20)
  })

  it('finds nothing between a document and itself', () => {
    const a = { id: 'a', words: reuseWords(WIRE) }
    expect(extractPassages(a, a, new Uint32Array([0, 0, 5, 5]))).toEqual([])
  })
})
