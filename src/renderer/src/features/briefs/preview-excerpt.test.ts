import { describe, expect, it } from 'vitest'
import { previewExcerpt } from './preview-excerpt'

const quote = (i: number) => `> Quote number ${i} from a source[^${(i % 3) + 1}]\n`
const brief = (quotes: number) =>
  [
    '# Brief\n',
    '## Claims\n',
    ...Array.from(
      { length: quotes },
      (_, i) => `${i % 10 === 0 ? `### Claim ${i}\n\n` : ''}${quote(i)}`,
    ),
    '## Sources\n',
    '- A source\n',
    '[^1]: One, ¶1\n\n[^2]: Two, ¶2\n\n[^3]: Three, ¶3\n',
  ].join('\n')

describe('previewExcerpt', () => {
  it('leaves a brief within the limit whole', () => {
    const markdown = brief(10)
    expect(previewExcerpt(markdown, 10_000)).toEqual({ markdown, omitted: 0 })
  })

  it('cuts a long brief where a block ends and keeps the citation definitions', () => {
    const markdown = brief(2_000)
    const { markdown: shown, omitted } = previewExcerpt(markdown, 20_000)
    expect(shown.length).toBeLessThan(21_000)
    expect(omitted).toBeGreaterThan(0)
    expect(shown.length + omitted).toBe(markdown.length + 1)
    // Every line shown is a whole line of the brief.
    const lines = new Set(markdown.split('\n'))
    expect(shown.split('\n').every((line) => lines.has(line))).toBe(true)
    expect(shown).toContain('[^1]: One, ¶1')
    expect(shown).toContain('[^3]: Three, ¶3')
    expect(shown).not.toContain('## Sources')
  })
})
