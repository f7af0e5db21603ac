/**
 * Texts made for the reuse tests: filler of made-up words that no two calls share by chance
 * (each call draws from its own seed), and edits of a word list.
 */

const SYLLABLES = 'ba ke ti mo ru sa le di no pu za ve gi ho ny fa qe xi'.split(' ')

/** A deterministic generator of numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` made-up words of three or four syllables drawn from `seed`. */
export function fillerWords(count: number, seed: number): string[] {
  const random = seeded(seed)
  const words: string[] = []
  for (let i = 0; i < count; i++) {
    let word = ''
    const syllables = 3 + Math.floor(random() * 2)
    for (let s = 0; s < syllables; s++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
    words.push(word)
  }
  return words
}

/** `count` filler words as a sentence-ish string. */
export function filler(count: number, seed: number): string {
  return fillerWords(count, seed).join(' ')
}
