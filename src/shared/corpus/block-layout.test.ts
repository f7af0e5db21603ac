import { describe, expect, it } from 'vitest'
import type { Block } from './document-model'
import { groupBlocks, inlineSegments } from './block-layout'

function block(kind: Block['kind'], text: string): Block {
  return { kind, level: 0, text, start: 0, end: text.length, para: 1, marks: [] }
}

describe('groupBlocks', () => {
  it('groups consecutive list items and keeps block indexes', () => {
    const groups = groupBlocks([
      block('paragraph', 'a'),
      block('listItem', 'b'),
      block('listItem', 'c'),
      block('paragraph', 'd'),
      block('listItem', 'e'),
    ])
    expect(groups.map((g) => (g.kind === 'list' ? g.items.map((i) => i.index) : g.index))).toEqual([
      0,
      [1, 2],
      3,
      [4],
    ])
  })
})

describe('inlineSegments', () => {
  it('splits at mark boundaries and rejoins to the exact text', () => {
    const text = 'one two three four'
    const segments = inlineSegments(text, [
      { kind: 'strong', start: 4, end: 13 },
      { kind: 'emphasis', start: 8, end: 18 },
    ])
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments).toEqual([
      { text: 'one ', strong: false, emphasis: false },
      { text: 'two ', strong: true, emphasis: false },
      { text: 'three', strong: true, emphasis: true },
      { text: ' four', strong: false, emphasis: true },
    ])
  })

  it('returns one plain segment without marks, and none for empty text', () => {
    expect(inlineSegments('plain', [])).toEqual([{ text: 'plain', strong: false, emphasis: false }])
    expect(inlineSegments('', [])).toEqual([])
  })
})
