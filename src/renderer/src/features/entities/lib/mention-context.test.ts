import { describe, expect, it } from 'vitest'
import { mentionContext } from './mention-context'

const text = [
  'Talks began in Islamabad. Foreign Minister Hossein Amirabdollahian met his counterpart on Monday. Both spoke.',
  'A second paragraph names Tehran.',
].join('\n\n')

const at = (surface: string) => {
  const start = text.indexOf(surface)
  return [start, start + surface.length] as const
}

describe('mentionContext', () => {
  it('gives the sentence around the mention, and only that sentence', () => {
    const context = mentionContext(text, ...at('Hossein Amirabdollahian'))
    expect(context).toEqual({
      before: 'Foreign Minister ',
      mention: 'Hossein Amirabdollahian',
      after: ' met his counterpart on Monday.',
    })
  })

  it('stops at the paragraph', () => {
    const context = mentionContext(text, ...at('Tehran'))
    expect(context.before).toBe('A second paragraph names ')
    expect(context.after).toBe('.')
    const first = mentionContext(text, ...at('Islamabad'))
    expect(first.before).toBe('Talks began in ')
    expect(first.after).toBe('.')
  })

  it('shortens a long sentence at word boundaries, saying so', () => {
    const long = `${'word '.repeat(60)}Quetta ${'more '.repeat(60)}end.`
    const start = long.indexOf('Quetta')
    const context = mentionContext(long, start, start + 6, 40)
    expect(context.before.startsWith('…word')).toBe(true)
    expect(context.before.length).toBeLessThanOrEqual(41)
    expect(context.after.endsWith('more…')).toBe(true)
    expect(context.mention).toBe('Quetta')
  })

  it('clamps offsets beyond the text', () => {
    expect(mentionContext('Iran.', 3, 99).mention).toBe('n.')
  })
})
