/** A small seeded pseudo-random generator, so every benchmark input is the same run to run. */

/** A source of numbers in [0, 1) and helpers over it; the same seed gives the same sequence. */
export interface Random {
  /** A number in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** One element of a non-empty list. Throws on an empty list. */
  pick<T>(list: readonly T[]): T
  /** True with probability `p`. */
  chance(p: number): boolean
}

/**
 * Mulberry32 seeded with `seed` (any 32-bit integer). Not for cryptography: it only has to
 * be fast, well spread and deterministic.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new RangeError('pick() needs a non-empty list')
      return list[Math.floor(next() * list.length)] as T
    },
    chance: (p) => next() < p,
  }
}
