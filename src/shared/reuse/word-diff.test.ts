import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffWords, formatWordDiff, shiftWords, wordsOf } from './word-diff'

describe('wordsOf', () => {
  it('cuts words with their offsets, keeping apostrophes and hyphens inside words', () => {
    const text = '“Iran’s tit-for-tat strikes,” he said.'
    const words = wordsOf(text)
    expect(words.map((w) => w.text)).toEqual(['Iran’s', 'tit-for-tat', 'strikes', 'he', 'said'])
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text)
    expect(words[0]!.folded).toBe("iran's")
  })

  it('folds case and diacritics', () => {
    expect(wordsOf('Tehrān PEACE').map((w) => w.folded)).toEqual(['tehran', 'peace'])
  })
})

describe('diffWords', () => {
  it('marks a changed word, an inserted and a deleted one', () => {
    const parts = diffWords(
      'We will respond firmly to any aggression against our territory',
      'We will respond to any act of aggression against our soil',
    )
    expect(formatWordDiff(parts)).toBe(
      'We will respond [-firmly] to any [+act of] aggression against our [territory → soil]',
    )
    expect(parts.map((p) => p.kind)).toEqual([
      'same',
      'deleted',
      'same',
      'inserted',
      'same',
      'changed',
    ])
  })

  it('sees no difference in case, punctuation or curly apostrophes', () => {
    const parts = diffWords('Iran’s border, secure.', "iran's BORDER secure")
    expect(parts).toHaveLength(1)
    expect(parts[0]!.kind).toBe('same')
  })

  it('gives offsets into each text, which shiftWords moves to canonical offsets', () => {
    const a = 'a secure economic zone'
    const b = 'a safe economic zone'
    const changed = diffWords(a, b).find((p) => p.kind === 'changed')
    expect(changed).toBeDefined()
    if (changed?.kind !== 'changed') return
    expect(a.slice(changed.a[0]!.start, changed.a[0]!.end)).toBe('secure')
    expect(b.slice(changed.b[0]!.start, changed.b[0]!.end)).toBe('safe')
    const canonical = `xxxx${b}`
    const moved = shiftWords(changed.b, 4)[0]!
    expect(canonical.slice(moved.start, moved.end)).toBe('safe')
  })

  it('gives nothing for two texts without words', () => {
    expect(diffWords('', '—')).toEqual([])
  })

  it('rebuilds both word lists from its parts', () => {
    const word = fc.constantFrom('iran', 'pakistan', 'border', 'trade', 'the', 'a', 'peace')
    const sentence = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '))
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const parts = diffWords(a, b)
        const left = parts.flatMap((p) => ('a' in p ? p.a : [])).map((w) => w.text)
        const right = parts.flatMap((p) => ('b' in p ? p.b : [])).map((w) => w.text)
        expect(left.join(' ')).toBe(a)
        expect(right.join(' ')).toBe(b)
        for (const p of parts) {
          if (p.kind === 'same') expect(p.a.map((w) => w.folded)).toEqual(p.b.map((w) => w.folded))
        }
      }),
    )
  })
})
