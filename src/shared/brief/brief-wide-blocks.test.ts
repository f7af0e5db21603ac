import { describe, expect, it } from 'vitest'
import { parseBriefMarkdown, serializeBrief } from './brief-markdown'
import { LINE_LENGTH_OFF, LINE_LENGTH_ON } from './brief-wide-blocks'
import { lintFindings } from './fixtures/lint-brief'
import { summaryNodes } from './summary-markdown'

/** A summary as the brief writes it, under a title as every brief has. */
const written = (summary: string) =>
  serializeBrief({
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Brief' }] },
      ...summaryNodes(summary),
    ],
  })

const WIDE_TABLE = [
  '| Date | Event | Source |',
  '| --- | --- | --- |',
  '| 16 January 2024 | Iranian missile and drone strikes on Panjgur, Balochistan | IRNA, Dawn |',
  '| 18 January 2024 | Pakistani strikes on Saravan in Sistan and Baluchestan | ISPR |',
].join('\n')

const WIDE_CODE = [
  '```sh',
  `curl ${'https://example.org/a/very/long/path/'.repeat(3)}`,
  '```',
].join('\n')

describe('tables and code wider than a line in a brief', () => {
  it('lint clean under markdownlint default rules, kept as written', () => {
    for (const summary of [
      WIDE_TABLE,
      WIDE_CODE,
      `- In a list:\n\n  ${WIDE_CODE.replaceAll('\n', '\n  ')}`,
    ]) {
      const markdown = written(summary)
      expect(lintFindings(markdown), markdown).toEqual([])
      expect(markdown).toContain(LINE_LENGTH_OFF)
      expect(markdown.indexOf(LINE_LENGTH_OFF)).toBeLessThan(markdown.indexOf(LINE_LENGTH_ON))
    }
    // The table still reads as the same table.
    const table = parseBriefMarkdown(written(WIDE_TABLE)).children.find((n) => n.type === 'table')
    expect(table?.children).toHaveLength(3)
  })

  it('without the comments, markdownlint would find the long lines', () => {
    const bare = written(WIDE_TABLE).replace(LINE_LENGTH_OFF, '').replace(LINE_LENGTH_ON, '')
    expect(lintFindings(bare).some((finding) => finding.includes('MD013'))).toBe(true)
  })

  it('leaves a narrow table and short code as they were, with no comment', () => {
    const markdown = written('| a | b |\n| - | - |\n| 1 | 2 |\n\n```text\nok\n```')
    expect(markdown).not.toContain('markdownlint')
    expect(lintFindings(markdown)).toEqual([])
  })

  it('counts the indent of a list item: code that fits at the margin may not fit inside it', () => {
    const line = 'x'.repeat(78)
    expect(written(`\`\`\`text\n${line}\n\`\`\``)).not.toContain('markdownlint')
    const nested = written(`1. Item\n\n   \`\`\`text\n   ${line}\n   \`\`\``)
    expect(nested).toContain(LINE_LENGTH_OFF)
    expect(lintFindings(nested)).toEqual([])
  })
})
