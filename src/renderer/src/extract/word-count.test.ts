import { describe, expect, it } from 'vitest'
import { emptyHints } from '@shared/import/extracted'
import { countBlockWords, withWordCount } from './word-count'

describe('countBlockWords and withWordCount', () => {
  const block = (text: string) => ({ kind: 'paragraph' as const, level: 0, text, marks: [] })

  it('adds up the words of every block, empty ones counting none', () => {
    expect(countBlockWords([block('one two'), block(''), block('\u00A0'), block('three')])).toBe(3)
    expect(countBlockWords([])).toBe(0)
  })

  it('gives the document its count, or the count it was given, leaving the rest alone', () => {
    const document = {
      format: 'text' as const,
      fileName: 'a.txt',
      blocks: [block('one two three')],
      hints: emptyHints(),
      notices: [],
    }
    expect(withWordCount(document)).toEqual({ ...document, wordCount: 3 })
    expect(withWordCount(document, 7).wordCount).toBe(7)
    expect(document).not.toHaveProperty('wordCount')
  })
})
