import { describe, expect, it } from 'vitest'
import { CORPUS_ENTITIES, generateArticle, generateCorpus } from './generate-corpus'

describe('generateCorpus', () => {
  it('is deterministic, article by article', () => {
    const all = [...generateCorpus({ articles: 5, words: 300 })]
    expect(all).toHaveLength(5)
    expect(generateArticle(3, { words: 300 })).toEqual(all[3])
    expect(generateArticle(3, { words: 300, seed: 15 })).not.toEqual(all[3])
  })

  it('writes about the asked number of words, with titles, outlets and dates', () => {
    const a = generateArticle(0)
    const words = a.paragraphs.join(' ').split(' ').length
    expect(words).toBeGreaterThanOrEqual(2000)
    expect(words).toBeLessThan(2400)
    expect(a.title).toMatch(/^[A-Z]/)
    expect(a.outlet).not.toBe('')
    expect(a.published).toMatch(/^202[34]-\d\d-\d\d$/)
  })

  it('mentions each listed entity in one of its spellings', () => {
    for (const a of generateCorpus({ articles: 200, words: 200 })) {
      const text = a.paragraphs.join('\n')
      for (const key of a.mentions) {
        expect(CORPUS_ENTITIES[key]!.some((s) => text.includes(s))).toBe(true)
      }
    }
  })
})
