import { describe, expect, it } from 'vitest'
import type { Root } from 'mdast'
import { inlineHtmlFindings, markdownHazards, markdownText } from '../testing/markdown-hazards'
import { xssPayloads } from '../testing/xss-payloads'
import { parseBriefMarkdown, serializeBrief } from './brief-markdown'
import { summaryNodes } from './summary-markdown'

/** A summary as the brief writes it. */
function written(summary: string): string {
  return serializeBrief({ type: 'root', children: summaryNodes(summary) })
}

/** A summary as the brief writes it, then read back as any Markdown viewer would. */
function exported(summary: string): Root {
  return parseBriefMarkdown(written(summary))
}

describe('a brief summary made of XSS payloads', () => {
  const payloads = xssPayloads()

  it('exports no raw HTML, no image and no link outside http, https, mailto or relative', () => {
    for (const p of payloads) {
      expect(markdownHazards(exported(p.payload)), `${p.id} ${p.name}`).toEqual([])
    }
    expect(markdownHazards(exported(payloads.map((p) => p.payload).join('\n\n')))).toEqual([])
    // A few hundred parses and serialisations: seconds on a busy machine.
  }, 60_000)

  it('exports nothing markdownlint reads as inline HTML', () => {
    const all = written(payloads.map((p) => p.payload).join('\n\n'))
    expect(inlineHtmlFindings(all)).toEqual([])
    // The rule does find raw HTML, so the check above can fail.
    expect(inlineHtmlFindings('Before <span onmouseover="x">hover</span> after\n')).toHaveLength(1)
  }, 30_000)

  it('keeps the markup of raw HTML payloads as words', () => {
    const words = markdownText(exported('<img src=x onerror="window.__pwned=1">\n\n<svg onload=x>'))
    expect(words).toContain('<img src=x onerror="window.__pwned=1">')
    expect(words).toContain('<svg onload=x>')
  })

  it('reads a web address in the text within its sentence, as a reader sees it', () => {
    const words = markdownText(exported('<img src="http://127.0.0.1:9/x">'))
    expect(words).toContain('<img src="http://127.0.0.1:9/x">')
  })
})
