import { describe, expect, it } from 'vitest'
import { boundedEditDistance, invertedEngine } from './inverted-engine'
import { queryWords } from './tokenise'

const search = (engine: ReturnType<typeof invertedEngine.create>, q: string, limit = 10) =>
  engine.search({ words: queryWords(q), prefix: false, fuzzy: false, limit }).map((h) => h.id)

describe('the inverted engine', () => {
  it('ranks a record with more of a rare word above one with a common word only', () => {
    const engine = invertedEngine.create()
    engine.add('a', { text: 'The border talks resumed at the border crossing.' })
    engine.add('b', { text: 'The talks resumed.' })
    engine.add('c', { text: 'Talks on the border.' })
    expect(search(engine, 'border talks')).toEqual(['a', 'c'])
    expect(search(engine, 'talks', 2)).toHaveLength(2)
  })

  it('counts a title double', () => {
    const engine = invertedEngine.create()
    engine.add('text', { text: 'Gwadar port expansion and more words here' })
    engine.add('title', { title: 'Gwadar', text: 'port expansion and more words here' })
    expect(search(engine, 'gwadar')).toEqual(['title', 'text'])
  })

  it('leaves removed records out of a snapshot and renumbers the rest', () => {
    const engine = invertedEngine.create()
    for (const [id, text] of [
      ['a', 'Panjgur and Turbat'],
      ['b', 'Turbat only'],
      ['c', 'Panjgur only'],
    ] as const) {
      engine.add(id, { text })
    }
    engine.remove('a')
    const loaded = invertedEngine.load(structuredClone(engine.snapshot()))
    expect(search(loaded, 'panjgur')).toEqual(['c'])
    expect(search(loaded, 'turbat')).toEqual(['b'])
    loaded.add('a', { text: 'Panjgur again' })
    expect(search(loaded, 'panjgur').sort()).toEqual(['a', 'c'])
    expect(() => invertedEngine.load({ ids: [] })).toThrow(/Not an inverted index/)
  })

  it('searches a loaded snapshot by prefix and by typo, and takes new terms and removals', () => {
    const engine = invertedEngine.create()
    engine.add('a', { text: 'Panjgur district' })
    engine.add('b', { text: 'Turbat district' })
    const loaded = invertedEngine.load(structuredClone(engine.snapshot()))
    const find = (q: string, prefix: boolean, fuzzy: boolean) =>
      loaded.search({ words: queryWords(q), prefix, fuzzy, limit: 10 }).map((h) => h.id)
    expect(find('panj', true, false)).toEqual(['a'])
    expect(find('panjgor', false, true)).toEqual(['a'])
    expect(find('distric', true, false).sort()).toEqual(['a', 'b'])
    loaded.add('c', { text: 'Panjshir valley' })
    expect(find('panj', true, false).sort()).toEqual(['a', 'c'])
    expect(find('panjshar', false, true)).toEqual(['c'])
    loaded.remove('a')
    expect(find('panj', true, false)).toEqual(['c'])
    expect(() => loaded.add('b', { text: 'again' })).toThrow(/already has b/)
    expect(() => loaded.add('x\ny', { text: 'a line break in an id' })).toThrow(/no line break/)
  })

  it('still finds every word of a query after records were replaced (removed records stay in postings until a snapshot)', () => {
    const engine = invertedEngine.create()
    for (let i = 0; i < 10; i++) engine.add(`c${i}`, { text: `Iran sanctions note ${i}` })
    for (let i = 0; i < 6; i++) {
      engine.remove(`c${i}`)
      engine.add(`c${i}`, { text: `Iran sanctions note ${i}, edited` })
    }
    const hits = engine.search({
      words: queryWords('iran sanctions'),
      prefix: false,
      fuzzy: false,
      limit: 50,
    })
    expect(hits).toHaveLength(10)
    expect(hits.every((hit) => hit.score > 0)).toBe(true)
    expect(() => engine.add('', { text: 'no id' })).toThrow(/non-empty/)
  })

  it('measures edits up to a bound', () => {
    expect(boundedEditDistance('balochstan', 'balochistan', 2)).toBe(1)
    expect(boundedEditDistance('amirabdolahian', 'amirabdollahian', 2)).toBe(1)
    expect(boundedEditDistance('saravaan', 'saravan', 1)).toBe(1)
    expect(boundedEditDistance('iran', 'iraq', 1)).toBe(1)
    expect(boundedEditDistance('pipeline', 'gasline', 1)).toBe(2)
    expect(boundedEditDistance('abc', 'abcdef', 2)).toBe(3)
  })
})
