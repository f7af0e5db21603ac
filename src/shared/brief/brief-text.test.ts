import { describe, expect, it } from 'vitest'
import { cleanText, singleLine, textParagraphs } from './brief-text'

describe('cleanText', () => {
  it('replaces lone surrogates and U+0000, which no Markdown file carries, and keeps pairs', () => {
    expect(cleanText('a\uD800b\uDC00c\0d😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd😀')
    expect(cleanText('end\uD83D')).toBe('end\uFFFD')
  })

  it('makes every line end a line feed', () => {
    expect(cleanText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd')
  })
})

describe('singleLine', () => {
  it('folds line breaks and the spaces around them into one space and trims the ends', () => {
    expect(singleLine('  Iran \r\n\n  and\tPakistan  ')).toBe('Iran and\tPakistan')
  })

  it('keeps runs of spaces inside a line and non-breaking spaces at the ends', () => {
    expect(singleLine('\u00A0a  b\u00A0')).toBe('\u00A0a  b\u00A0')
  })
})

describe('textParagraphs', () => {
  it('splits at blank lines, even ones holding spaces or tabs', () => {
    expect(textParagraphs('First.\n\nSecond\nline.\n \t\nThird.')).toEqual([
      'First.',
      'Second line.',
      'Third.',
    ])
  })

  it('drops empty paragraphs and returns none for blank text', () => {
    expect(textParagraphs('\n\n\n  \n')).toEqual([])
    expect(textParagraphs('')).toEqual([])
    expect(textParagraphs('a\r\n\r\n\r\nb')).toEqual(['a', 'b'])
  })
})
