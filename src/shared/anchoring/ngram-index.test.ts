import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createNgramIndex, NGRAM_LENGTH } from './ngram-index'

/** Every position of `gram` in `text`, found the slow way. */
function occurrences(text: string, gram: string): number[] {
  const found: number[] = []
  for (let i = 0; i + gram.length <= text.length; i++) if (text.startsWith(gram, i)) found.push(i)
  return found
}

describe('createNgramIndex', () => {
  it('lists every occurrence of an n-gram, in ascending order', () => {
    const text = 'abcdefabcdefabcdeX'
    const hits = [...createNgramIndex(text).candidates('abcdef')]
    expect(hits.filter((at) => text.startsWith('abcdef', at))).toEqual([0, 6])
    expect(hits).toEqual([...hits].sort((a, b) => a - b))
  })

  it('answers nothing for grams of another length or texts shorter than a gram', () => {
    expect(createNgramIndex('abcdefgh').candidates('abc')).toHaveLength(0)
    expect(createNgramIndex('abc').candidates('abcdef')).toHaveLength(0)
    expect(createNgramIndex('').candidates('abcdef')).toHaveLength(0)
  })

  it('never misses an occurrence and never reports one out of order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), maxLength: 300 }),
        fc.nat(),
        (text, pick) => {
          fc.pre(text.length >= NGRAM_LENGTH)
          const at = pick % (text.length - NGRAM_LENGTH + 1)
          const gram = text.slice(at, at + NGRAM_LENGTH)
          const hits = [...createNgramIndex(text).candidates(gram)]
          expect(hits.filter((h) => text.startsWith(gram, h))).toEqual(occurrences(text, gram))
          expect(hits).toEqual([...hits].sort((a, b) => a - b))
        },
      ),
      { numRuns: 200 },
    )
  })
})
