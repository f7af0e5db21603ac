import { describe, expect, it } from 'vitest'
import { boundedEditDistance, invertedEngine } from './inverted-engine'
import { queryWords } from './tokenise'

const search = (engine: ReturnType<typeof invertedEngine.create>, q: string, limit = 10) =>
  engine.search({ words: queryWords(q), prefix: false, fuzzy: false, limit }).map((h) => h.id)

/**
 * 4,000 records of 40 made-up words (every thousandth with "turbat"), snapshotted and loaded
 * back with no chunk of postings read: what a restored index is before any query.
 */
function restoredUnread() {
  const engine = invertedEngine.create()
  const word = (n: number) => `w${n.toString(36).padStart(4, '0')}`
  for (let r = 0; r < 4000; r++) {
    const words = Array.from({ length: 40 }, (_, k) => word((r * 7 + k * 131) % 5000))
    engine.add(`r${r}`, { text: `${words.join(' ')}${r % 1000 === 17 ? ' turbat' : ''}` })
  }
  const stored = structuredClone(engine.snapshot()) as { chunks: unknown[] }
  const loaded = invertedEngine.load({ ...stored, chunks: stored.chunks.map(() => null) })
  return { engine, word, stored, loaded }
}

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

  it('restores a snapshot chunk by chunk: a query reads only the chunks of its terms', () => {
    // Enough postings for several chunks: 4,000 records of 40 words each, one word shared.
    const engine = invertedEngine.create()
    const word = (n: number) => `w${n.toString(36).padStart(4, '0')}`
    for (let r = 0; r < 4000; r++) {
      const words = Array.from({ length: 40 }, (_, k) => word((r * 7 + k * 131) % 5000))
      engine.add(`r${r}`, { text: `${words.join(' ')}${r === 17 ? ' balochistan' : ''}` })
    }
    const stored = structuredClone(engine.snapshot()) as { chunks: unknown[] }
    expect(stored.chunks.length).toBeGreaterThan(2)
    const loaded = invertedEngine.load({ ...stored, chunks: stored.chunks.map(() => null) })
    const query = (q: string, fuzzy = false) => ({
      words: queryWords(q),
      prefix: false,
      fuzzy,
      limit: 5,
    })
    expect(loaded.missingChunks!()).toHaveLength(stored.chunks.length)
    expect(stored.chunks.map((_, c) => loaded.chunkPostings!(c))).toEqual(
      stored.chunks.map((chunk) => (chunk as { records: Uint32Array }).records.length),
    )
    const needed = loaded.chunksFor!(query('balochistan'))
    expect(needed).toHaveLength(1)
    expect(() => loaded.search(query('balochistan'))).toThrow(/not read yet/)
    for (const c of needed) loaded.fillChunk!(c, stored.chunks[c])
    expect(loaded.search(query('balochistan')).map((h) => h.id)).toEqual(['r17'])
    // A typo's candidates are spread over the terms: each of their chunks is needed.
    for (const c of loaded.chunksFor!(query('balochstan', true))) {
      loaded.fillChunk!(c, stored.chunks[c])
    }
    expect(loaded.search(query('balochstan', true)).map((h) => h.id)).toEqual(['r17'])
    expect(() =>
      loaded.fillChunk!(loaded.missingChunks!()[0]!, {
        records: new Uint32Array(1),
        weights: new Uint16Array(1),
      }),
    ).toThrow(/not as written/)
    for (const c of loaded.missingChunks!()) loaded.fillChunk!(c, stored.chunks[c])
    expect(loaded.missingChunks!()).toEqual([])
    expect(search(loaded, word(131), 50)).toEqual(search(engine, word(131), 50))
    loaded.add('new', { text: 'Balochistan again' })
    expect(search(loaded, 'balochistan').sort()).toEqual(['new', 'r17'])
  })

  it('takes changes before any chunk is read: added postings follow the chunk once it is read', () => {
    const { engine, stored, loaded } = restoredUnread()
    const missing = loaded.missingChunks!().length
    // An edit (remove, add again) and a new record, on a known term and a new one.
    expect(loaded.remove('r17')).toBe(17)
    expect(loaded.add('r17', { text: 'Turbat, edited: Kech district' })).toBe(4000)
    expect(loaded.add('n1', { text: 'Turbat and Panjgur' })).toBe(4001)
    expect(loaded.numbered).toBe(4002)
    expect(loaded.recordOf('n1')).toBe(4001)
    expect(loaded.missingChunks!()).toHaveLength(missing)
    const query = (q: string) => ({ words: queryWords(q), prefix: false, fuzzy: false, limit: 10 })
    // "kech" and "panjgur" are new terms: answered with no chunk read.
    expect(loaded.chunksFor!(query('kech'))).toEqual([])
    expect(loaded.search(query('kech')).map((h) => h.id)).toEqual(['r17'])
    for (const c of loaded.chunksFor!(query('turbat'))) loaded.fillChunk!(c, stored.chunks[c])
    expect(
      loaded
        .search(query('turbat'))
        .map((h) => h.id)
        .sort(),
    ).toEqual(['n1', 'r1017', 'r17', 'r2017', 'r3017'])
    // The chunk read is as stored: a snapshot of the changed index is the same again.
    for (const c of loaded.missingChunks!()) loaded.fillChunk!(c, stored.chunks[c])
    expect(stored.chunks[0]).toEqual((engine.snapshot() as { chunks: unknown[] }).chunks[0])
    const again = invertedEngine.load(structuredClone(loaded.snapshot()))
    expect(search(again, 'turbat').sort()).toEqual(['n1', 'r1017', 'r17', 'r2017', 'r3017'])
    expect(search(again, 'panjgur')).toEqual(['n1'])
  })

  it('lets go of the least recently used chunks beyond a budget and answers the same once they are given again', () => {
    const engine = invertedEngine.create()
    const word = (n: number) => `w${n.toString(36).padStart(4, '0')}`
    for (let r = 0; r < 4000; r++) {
      const words = Array.from({ length: 40 }, (_, k) => word((r * 7 + k * 131) % 5000))
      engine.add(`r${r}`, { text: `${words.join(' ')}${r % 1000 === 17 ? ' turbat' : ''}` })
    }
    const stored = structuredClone(engine.snapshot()) as {
      chunks: { records: Uint32Array; weights: Uint16Array }[]
    }
    const bytes = (c: number) =>
      stored.chunks[c]!.records.byteLength + stored.chunks[c]!.weights.byteLength
    const loaded = invertedEngine.load({ ...stored, chunks: stored.chunks.map(() => null) })
    const query = (q: string, prefix = false) => ({
      words: queryWords(q),
      prefix,
      fuzzy: false,
      limit: 10_000,
    })
    const answer = (q: string, prefix = false) => {
      for (const c of loaded.chunksFor!(query(q, prefix))) loaded.fillChunk!(c, stored.chunks[c])
      return loaded.search(query(q, prefix))
    }
    const budget = 2 * Math.max(...stored.chunks.map((_, c) => bytes(c)))
    expect(budget).toBeLessThan(stored.chunks.reduce((sum, _, c) => sum + bytes(c), 0) / 3)
    const queries = [word(0), word(131), `${word(7)} ${word(138)}`, 'turbat', word(4999), word(0)]
    for (const q of queries) {
      expect(answer(q)).toEqual(engine.search(query(q)))
      expect(loaded.releaseChunks!(budget)).toBeLessThanOrEqual(budget)
      expect(loaded.heldChunkBytes!()).toBeLessThanOrEqual(budget)
    }
    expect(answer('w00', true)).toEqual(engine.search(query('w00', true)))
    // The chunk searched last stays; those given or searched before it go first.
    const all = stored.chunks.map((_, c) => c)
    for (const c of loaded.missingChunks!()) loaded.fillChunk!(c, stored.chunks[c])
    loaded.search(query(word(4999)))
    const lastChunk = all.find((c) => {
      const copy = invertedEngine.load({ ...stored, chunks: stored.chunks.map(() => null) })
      return copy.chunksFor!(query(word(4999)))[0] === c
    })!
    expect(loaded.releaseChunks!(bytes(lastChunk))).toBe(bytes(lastChunk))
    expect(loaded.chunksFor!(query(word(4999)))).toEqual([])
    // A chunk named to keep stays even over the budget.
    for (const c of loaded.missingChunks!()) loaded.fillChunk!(c, stored.chunks[c])
    expect(loaded.releaseChunks!(0, (c) => c === 0)).toBe(bytes(0))
    expect(loaded.missingChunks!()).toEqual(all.slice(1))
    expect(loaded.heldChunkBytes!()).toBe(bytes(0))
  })

  it('keeps a change made after a chunk was let go, and a term changed while its chunk was held', () => {
    const { word, stored, loaded } = restoredUnread()
    const query = (q: string) => ({ words: queryWords(q), prefix: false, fuzzy: false, limit: 50 })
    const answer = (q: string) => {
      for (const c of loaded.chunksFor!(query(q))) loaded.fillChunk!(c, stored.chunks[c])
      return loaded
        .search(query(q))
        .map((h) => h.id)
        .sort()
    }
    const turbat = ['r1017', 'r17', 'r2017', 'r3017']
    expect(answer('turbat')).toEqual(turbat)
    // Changed while its chunk is held: the term keeps its own copy when the chunk goes.
    loaded.add('held', { text: 'Turbat' })
    loaded.remove('r1017')
    expect(loaded.releaseChunks!(0)).toBe(0)
    expect(loaded.missingChunks!()).toHaveLength(stored.chunks.length)
    expect(loaded.chunksFor!(query('turbat'))).toEqual([])
    expect(answer('turbat')).toEqual(['held', 'r17', 'r2017', 'r3017'])
    // Changed after its chunk went: pending until the chunk is read again.
    const other = word(131)
    const before = answer(other)
    expect(before.length).toBeGreaterThan(0)
    loaded.releaseChunks!(0)
    loaded.add('later', { text: other })
    loaded.remove(before[0]!)
    expect(loaded.chunksFor!(query(other))).toHaveLength(1)
    expect(answer(other)).toEqual([...before.slice(1), 'later'].sort())
    // And a snapshot of it all is the changed index.
    for (const c of loaded.missingChunks!()) loaded.fillChunk!(c, stored.chunks[c])
    const again = invertedEngine.load(structuredClone(loaded.snapshot()))
    expect(search(again, 'turbat', 50).sort()).toEqual(['held', 'r17', 'r2017', 'r3017'])
    expect(search(again, other, 50).sort()).toEqual([...before.slice(1), 'later'].sort())
  })

  it('keeps prefixes right as terms are added to a loaded index', () => {
    const engine = invertedEngine.create()
    engine.add('a', { text: 'Panjgur district' })
    const loaded = invertedEngine.load(structuredClone(engine.snapshot()))
    loaded.add('b', { text: 'Panjshir and Pakistan' })
    loaded.add('c', { text: 'Panama' })
    const prefix = (q: string) =>
      loaded
        .search({ words: queryWords(q), prefix: true, fuzzy: false, limit: 10 })
        .map((h) => h.id)
        .sort()
    expect(prefix('panj')).toEqual(['a', 'b'])
    expect(prefix('pan')).toEqual(['a', 'b', 'c'])
    expect(prefix('pak')).toEqual(['b'])
  })

  it('matches a last word of one or two letters whole, and by its beginning from three', () => {
    const engine = invertedEngine.create()
    engine.add('a', { text: 'Balochistan border' })
    engine.add('b', { text: 'BA degree' })
    const find = (q: string) =>
      engine
        .search({ words: queryWords(q), prefix: true, fuzzy: false, limit: 10 })
        .map((h) => h.id)
    expect(find('b')).toEqual([])
    expect(find('ba')).toEqual(['b'])
    expect(find('bal')).toEqual(['a'])
    expect(find('border b')).toEqual([])
    expect(find('border bal')).toEqual(['a'])
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
