import { describe, expect, it } from 'vitest'
import type { Nodes } from 'mdast'
import { summaryNodes, SUMMARY_FOOTNOTE_PREFIX } from './summary-markdown'

function types(nodes: readonly Nodes[]): string[] {
  return nodes.flatMap((node) => [node.type, ...('children' in node ? types(node.children) : [])])
}

describe('summaryNodes', () => {
  it('moves headings below the section heading, never deeper than level 6', () => {
    const nodes = summaryNodes('# One\n\n## Two\n\n##### Five\n\n###### Six')
    expect(nodes.map((n) => (n.type === 'heading' ? n.depth : 0))).toEqual([3, 4, 6, 6])
  })

  it('turns raw HTML, inline or block, into text', () => {
    const nodes = summaryNodes(
      'Say <b>this</b>.\n\n<script>\nalert(1)\n\n</script>\n\n<div>x</div>',
    )
    expect(types(nodes)).not.toContain('html')
    expect(nodes[0]).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Say ' },
        { type: 'text', value: '<b>' },
        { type: 'text', value: 'this' },
        { type: 'text', value: '</b>' },
        { type: 'text', value: '.' },
      ],
    })
    expect(nodes.slice(1).map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  it('keeps GFM: lists, links, tables', () => {
    const nodes = summaryNodes('- [a](https://x.org)\n\n| a | b |\n| - | - |\n| 1 | 2 |')
    expect(types(nodes)).toEqual(expect.arrayContaining(['list', 'link', 'table']))
  })

  it("renames the summary's footnotes so they cannot take the citations' numbers", () => {
    const nodes = summaryNodes('Claim.[^1]\n\n[^1]: My note.')
    const ids = JSON.stringify(nodes).match(/"identifier":"[^"]*"/g)
    expect(ids).toEqual([
      `"identifier":"${SUMMARY_FOOTNOTE_PREFIX}1"`,
      `"identifier":"${SUMMARY_FOOTNOTE_PREFIX}1"`,
    ])
  })

  it('returns nothing for a blank summary', () => {
    expect(summaryNodes(' \n\n ')).toEqual([])
  })
})
