import { describe, expect, it } from 'vitest'
import { InlineTextBuilder } from './docx-inline-text'

describe('InlineTextBuilder', () => {
  it('folds whitespace, trims and marks what was appended inside a mark', () => {
    const builder = new InlineTextBuilder()
    builder.append('  Ships  left ')
    builder.mark('strong', () => builder.append(' four a day '))
    builder.append('\nin ')
    builder.mark('emphasis', () => builder.append('November'))
    expect(builder.finish()).toEqual({
      text: 'Ships left four a day in November',
      marks: [
        { kind: 'strong', start: 11, end: 21 },
        { kind: 'emphasis', start: 25, end: 33 },
      ],
    })
  })

  it('joins marks of one kind that touch, as Word splits bold into runs', () => {
    const builder = new InlineTextBuilder()
    builder.mark('strong', () => builder.append('Bold'))
    builder.mark('strong', () => builder.append(' run'))
    builder.append(' plain')
    expect(builder.finish().marks).toEqual([{ kind: 'strong', start: 0, end: 8 }])
  })

  it('is empty until something but whitespace comes', () => {
    const builder = new InlineTextBuilder()
    builder.append(' \n ')
    expect(builder.isEmpty).toBe(true)
    builder.mark('strong', () => builder.append(' '))
    expect(builder.finish()).toEqual({ text: '', marks: [] })
  })
})
