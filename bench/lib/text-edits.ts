/**
 * Edits a text around known passages, for re-anchoring benchmarks: insertions and deletions
 * of whole words only where no passage lies (so those passages keep their exact quote and
 * only move), and one changed letter inside a share of the passages (so their quote is found
 * only by an approximate search). Says where every passage should be found afterwards.
 */
import { createRandom, type Random } from './prng'
import type { Passage } from './synthetic-highlights'

/** Options for {@link editAroundPassages}. */
export interface EditOptions {
  seed?: number
  /** Share of passages, in [0, 1], that get one letter changed inside (0.1 by default). */
  fuzzyShare?: number
  /** How many word insertions and deletions to try between passages (400 by default). */
  edits?: number
}

/** The edited text, where each passage now is, and which passages were changed inside. */
export interface EditedText {
  text: string
  /** Where passage i of the input is in the edited text (same order as the input). */
  expected: Passage[]
  /** True for passages whose quote had a letter changed. */
  changed: boolean[]
  insertions: number
  deletions: number
}

const INSERTED_WORDS = (
  'reportedly officials later added that the statement was revised after further review ' +
  'according to several sources familiar with the matter and in recent weeks'
).split(' ')

const isLetter = (c: string) => /[a-z]/i.test(c)

function otherLetter(random: Random, c: string): string {
  let next = c
  while (next.toLowerCase() === c.toLowerCase()) next = String.fromCharCode(97 + random.int(0, 25))
  return c === c.toUpperCase() ? next.toUpperCase() : next
}

function shuffled(random: Random, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[order[i], order[j]] = [order[j] as number, order[i] as number]
  }
  return order
}

interface Edit {
  at: number
  /** Characters removed from `at`. */
  remove: number
  insert: string
}

/**
 * Applies the edits. Passages changed inside are chosen so that the changed letter lies in
 * the middle half of that passage and in no other passage, so exactly the chosen share
 * needs an approximate search (as far as the text has such letters). Insertions and
 * deletions fall where no passage lies, on word boundaries within a line, so block
 * separators are untouched. Throws if its own bookkeeping disagrees with the edited text.
 */
export function editAroundPassages(
  text: string,
  passages: readonly Passage[],
  options: EditOptions = {},
): EditedText {
  const { seed = 3, fuzzyShare = 0.1, edits = 400 } = options
  const random = createRandom(seed)

  // How many passages cover each character.
  const cover = new Int32Array(text.length + 1)
  for (const p of passages) {
    cover[p.start]! += 1
    cover[p.end]! -= 1
  }
  for (let i = 1; i <= text.length; i++) cover[i]! += cover[i - 1]!

  const chars = text.split('')
  const changed = passages.map(() => false)
  const wanted = Math.round(fuzzyShare * passages.length)
  let changedCount = 0
  for (const i of shuffled(random, passages.length)) {
    if (changedCount >= wanted) break
    const { start, end } = passages[i] as Passage
    const quarter = Math.floor((end - start) / 4)
    const candidates: number[] = []
    for (let at = start + quarter; at < end - quarter; at++) {
      if (cover[at] === 1 && isLetter(text.charAt(at))) candidates.push(at)
    }
    if (candidates.length === 0) continue
    const at = random.pick(candidates)
    chars[at] = otherLetter(random, text.charAt(at))
    changed[i] = true
    changedCount++
  }

  // Word starts outside every passage, with the word and its following space outside too.
  const gaps: number[] = []
  for (let at = 1; at < text.length; at++) {
    if (cover[at] !== 0 || text.charAt(at - 1) !== ' ' || !isLetter(text.charAt(at))) continue
    gaps.push(at)
  }
  const chosen = shuffled(random, gaps.length)
    .slice(0, edits)
    .map((g) => gaps[g] as number)
    .sort((a, b) => a - b)
  const plan: Edit[] = []
  let reach = 0
  for (const at of chosen) {
    if (at < reach) continue
    if (random.chance(0.5)) {
      const count = random.int(1, 8)
      const words = Array.from({ length: count }, () => random.pick(INSERTED_WORDS))
      plan.push({ at, remove: 0, insert: words.join(' ') + ' ' })
      reach = at + 1
      continue
    }
    let end = at
    while (end < text.length && text.charAt(end) !== ' ' && text.charAt(end) !== '\n') end++
    if (text.charAt(end) !== ' ') continue
    end++
    let clear = true
    for (let k = at; k < end; k++) if (cover[k] !== 0) clear = false
    if (!clear) continue
    plan.push({ at, remove: end - at, insert: '' })
    reach = end
  }

  const pieces: string[] = []
  let from = 0
  for (const edit of plan) {
    pieces.push(chars.slice(from, edit.at).join(''), edit.insert)
    from = edit.at + edit.remove
  }
  pieces.push(chars.slice(from).join(''))
  const edited = pieces.join('')

  // Edits never fall inside a passage, so a passage moves by the net change before it.
  const expected: Passage[] = new Array<Passage>(passages.length)
  const byStart = passages.map((p, i) => ({ p, i })).sort((a, b) => a.p.start - b.p.start)
  let delta = 0
  let next = 0
  for (const { p, i } of byStart) {
    while (next < plan.length && (plan[next] as Edit).at < p.start) {
      const edit = plan[next] as Edit
      delta += edit.insert.length - edit.remove
      next++
    }
    expected[i] = { start: p.start + delta, end: p.end + delta }
  }

  passages.forEach((p, i) => {
    const e = expected[i] as Passage
    const before = text.slice(p.start, p.end)
    const after = edited.slice(e.start, e.end)
    const differing = [...before].filter((c, k) => c !== after.charAt(k)).length
    if (before.length !== after.length || differing !== (changed[i] ? 1 : 0)) {
      throw new Error(`editAroundPassages: passage ${i} did not end up where it was expected`)
    }
  })

  return {
    text: edited,
    expected,
    changed,
    insertions: plan.filter((e) => e.insert.length > 0).length,
    deletions: plan.filter((e) => e.remove > 0).length,
  }
}
