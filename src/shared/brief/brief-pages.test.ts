import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { assembleBrief } from './assemble-brief'
import { briefMarkdown } from './brief-markdown'
import { expectFootnotesComplete, expectQuotesSurvive } from './fixtures/brief-expectations'
import { FIXTURE_META } from './fixtures/fixture-workspace'
import { lintFindings } from './fixtures/lint-brief'
import { PDF_SPEC, PDF_WORKSPACE } from './fixtures/pdf-workspace'
import { nodesOfType, parseWithRemark, plainText } from './fixtures/read-brief'

const GOLDEN = fileURLToPath(new URL('./fixtures/golden-brief-pdf.md', import.meta.url))

describe('a brief citing a source imported from a PDF', () => {
  const markdown = briefMarkdown(PDF_SPEC, PDF_WORKSPACE, FIXTURE_META)
  const footnotes = nodesOfType(parseWithRemark(markdown), 'footnoteDefinition').map(plainText)

  it('is written exactly as the reviewed golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, markdown)
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'))
  })

  it('cites the PDF by page and the bundled source by ¶, one footnote per locator', () => {
    const report =
      "Qureshi, A. and Roth, D., 'Border Management on the Pakistan–Iran Frontier', Institute for Regional Studies, Apr 2024"
    expect([...footnotes].sort()).toEqual(
      [
        `${report}, p. 7`,
        `${report}, pp. 7–8`,
        `${report}, p. 9`,
        "Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability', The Diplomatic Insight, c. Feb 2024, ¶11",
      ].sort(),
    )
  })

  it('keeps every quote and footnote, and passes markdownlint', () => {
    expectQuotesSurvive(markdown, assembleBrief(PDF_SPEC, PDF_WORKSPACE))
    expectFootnotesComplete(markdown)
    expect(lintFindings(markdown)).toEqual([])
  })
})
