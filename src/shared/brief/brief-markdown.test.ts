import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { assembleBrief } from './assemble-brief'
import { briefMarkdown, parseBriefMarkdown, serializeBrief } from './brief-markdown'
import { briefTree } from './brief-mdast'
import type { BriefSpec } from './brief-spec'
import { textParagraphs } from './brief-text'
import { expectFootnotesComplete, expectQuotesSurvive } from './fixtures/brief-expectations'
import { FIXTURE_META, FIXTURE_SPEC, FIXTURE_WORKSPACE } from './fixtures/fixture-workspace'
import {
  blockquoteText,
  contentQuotes,
  frontMatterData,
  nodesOfType,
  parseWithRemark,
  plainText,
  sectionBlocks,
} from './fixtures/read-brief'

const GOLDEN = fileURLToPath(new URL('./fixtures/golden-brief.md', import.meta.url))

describe('briefMarkdown', () => {
  const markdown = briefMarkdown(FIXTURE_SPEC, FIXTURE_WORKSPACE, FIXTURE_META)
  const content = assembleBrief(FIXTURE_SPEC, FIXTURE_WORKSPACE)
  const tree = parseWithRemark(markdown)

  it('writes the fixture brief exactly as the reviewed golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, markdown)
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'))
  })

  it('keeps every quote, in full, as a block quote of its own', () => {
    expect(contentQuotes(content).length).toBeGreaterThan(10)
    expectQuotesSurvive(markdown, content)
  })

  it('keeps a quote spanning two paragraphs of its source as two paragraphs of one block quote', () => {
    const twoParagraphs = nodesOfType(tree, 'blockquote').filter((q) => q.children.length === 2)
    expect(twoParagraphs).toHaveLength(1)
    expect(plainText(twoParagraphs[0]!.children[1]!)).toMatch(/^Both sides have vowed/)
  })

  it('defines every footnote it cites and cites every footnote it defines', () => {
    expectFootnotesComplete(markdown)
  })

  it('gives each footnote the citation of the quotes that reference it, one per source and ¶ span', () => {
    const definitions = new Map(
      nodesOfType(tree, 'footnoteDefinition').map((d) => [d.identifier, plainText(d)]),
    )
    const quotes = nodesOfType(tree, 'blockquote')
    const citations = contentQuotes(content)
    const byText = new Map(citations.map((q) => [textParagraphs(q.text).join('\n\n'), q.cite]))
    for (const quote of quotes) {
      const reference = nodesOfType(quote, 'footnoteReference')
      expect(reference).toHaveLength(1)
      const cite = byText.get(blockquoteText(quote))!
      expect(definitions.get(reference[0]!.identifier)).toBe(cite.text)
    }
    const distinct = new Set(citations.map((q) => `${q.cite.docId} ${q.cite.span?.first}`))
    expect(definitions.size).toBe(distinct.size)
  })

  it('lists every cited source exactly once, in the Sources section and the front matter', () => {
    const listed = sectionBlocks(tree, 'Sources').flatMap((block) =>
      nodesOfType(block, 'listItem').map(plainText),
    )
    expect(listed).toEqual(content.sources.map((source) => source.entry))
    const cited = new Set(
      contentQuotes(content)
        .map((quote) => quote.cite.docId)
        .filter((id) => FIXTURE_WORKSPACE.documents.some((d) => d.id === id)),
    )
    expect(content.sources.map((s) => s.docId).sort()).toEqual([...cited].sort())
    const data = frontMatterData(tree) as { sources: string[] }
    expect(data.sources).toEqual(listed)
  })

  it('writes front matter that YAML reads back to the title, author, date and tool', () => {
    expect(frontMatterData(tree)).toMatchObject({
      title: FIXTURE_SPEC.title,
      author: FIXTURE_SPEC.author,
      date: '2026-11-24',
      tool: 'Casefile 0.1.0',
    })
  })

  it('shows the summary as Markdown, its headings below the section heading and its HTML as text', () => {
    const summary = sectionBlocks(tree, 'Summary')
    expect(summary.filter((b) => b.type === 'heading').map((h) => [h.depth, plainText(h)])).toEqual(
      [
        [3, 'Key judgements'],
        [4, 'Gaps'],
      ],
    )
    expect(nodesOfType(tree, 'html')).toEqual([])
    expect(summary.map(plainText).join('\n')).toContain('<b>Check the wire reports.</b>')
    expect(nodesOfType({ type: 'root', children: summary }, 'link')[0]?.url).toMatch(
      /^https:\/\/en\.wikipedia\.org\//,
    )
  })

  it('puts the sections in the order the analyst chose, and says so when one is empty', () => {
    const spec: BriefSpec = {
      ...FIXTURE_SPEC,
      summary: '   ',
      sections: ['sources', 'highlights', 'claims'],
      highlights: { tags: ['no such tag'], colors: [] },
    }
    const reordered = parseWithRemark(briefMarkdown(spec, FIXTURE_WORKSPACE, FIXTURE_META))
    const h2 = reordered.children.filter((n) => n.type === 'heading' && n.depth === 2)
    expect(h2.map(plainText)).toEqual(['Sources', 'Highlights', 'Claims'])
    expect(sectionBlocks(reordered, 'Highlights').map(plainText)).toEqual([
      "No highlights match this brief's selection.",
    ])
  })

  it('reads back with its own parser the same as with remark', () => {
    const strip = (node: unknown): unknown =>
      JSON.parse(
        JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)),
      )
    expect(strip(parseBriefMarkdown(markdown))).toEqual(strip(tree))
  })

  it('writes the same bytes with and without the faster escaping', () => {
    const briefTreeOf = briefTree(content, FIXTURE_SPEC, FIXTURE_META)
    expect(serializeBrief(briefTreeOf)).toBe(serializeBrief(briefTreeOf, true))
  })
})
