import { describe, expect, it } from 'vitest'
import { diffCounts, diffSegments, passageInContext } from './diff-segments'
import { diffWords } from './word-diff'

describe('diffSegments', () => {
  const a = 'Officials said the strike, on Tuesday, killed two children.'
  const b = 'Officials said the attack on Tuesday killed two young children in total.'
  const parts = diffWords(a, b)

  it('cuts each side into runs that cover it whole, keeping its punctuation', () => {
    expect(
      diffSegments(a, parts, 'a')
        .map((s) => s.text)
        .join(''),
    ).toBe(a)
    expect(
      diffSegments(b, parts, 'b')
        .map((s) => s.text)
        .join(''),
    ).toBe(b)
  })

  it('marks changed words on both sides, deletions on the first and insertions on the second', () => {
    const marks = (text: string, side: 'a' | 'b') =>
      diffSegments(text, parts, side)
        .filter((s) => s.mark !== 'same')
        .map((s) => `${s.mark}:${s.text}`)
    expect(marks(a, 'a')).toEqual(['changed:strike'])
    expect(marks(b, 'b')).toEqual(['changed:attack', 'inserted:young', 'inserted:in total'])
  })

  it("reads words in another text's offsets, as a quote drift gives them", () => {
    const doc = `He said: "${a}" and left.`
    const at = doc.indexOf(a)
    const shifted = diffWords(doc, b).filter((p) => p.kind !== 'deleted')
    const marks = diffSegments(a, shifted, 'a', at).filter((s) => s.mark !== 'same')
    expect(marks.map((s) => s.text)).toEqual(['strike'])
  })

  it('counts the words that differ', () => {
    expect(diffCounts(parts)).toEqual({ deleted: 0, inserted: 3, changed: 1 })
  })

  it('gives one unmarked run for texts with the same words', () => {
    const same = diffWords('Peace, now!', 'peace now')
    expect(diffSegments('Peace, now!', same, 'a')).toEqual([
      { text: 'Peace, now!', mark: 'same', start: 0, end: 11 },
    ])
  })
})

describe('passageInContext', () => {
  const text =
    'A heading\n\nFirst words of the paragraph come before the passage itself and then the rest follows on.\n\nNext block'

  it('keeps the paragraph around the passage and stops at other blocks', () => {
    const start = text.indexOf('the passage')
    const end = start + 'the passage'.length
    expect(passageInContext(text, start, end)).toEqual({
      before: 'First words of the paragraph come before ',
      passage: 'the passage',
      after: ' itself and then the rest follows on.',
    })
  })

  it('cuts long context at a word and marks the cut', () => {
    const start = text.indexOf('the passage')
    const { before, after } = passageInContext(text, start, start + 11, 14)
    expect(before).toBe('…come before ')
    expect(after.endsWith('…')).toBe(true)
    expect(after).toBe(' itself and…')
  })
})
