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

  it('drops links that run code or carry data, keeping their text; keeps web, mail and # links', () => {
    const hostile = [
      '[a](javascript:alert(1))',
      '[b](JaVaScRiPt:alert(1))',
      '[c]( javascript:alert(1))',
      '[d](java&#x09;script:alert(1))',
      '[e](<java\tscript:alert(1)>)',
      '[f](vbscript:msgbox)',
      '[g](data:text/html;base64,PHNjcmlwdD4=)',
      '[h](&#x6A;avascript:alert(1))',
      '<javascript:alert(1)>',
      '[i][bad]',
      '[bad]',
      '[bad]: javascript:alert(1)',
    ].join('\n\n')
    const nodes = summaryNodes(hostile)
    expect(types(nodes)).not.toContain('link')
    expect(types(nodes)).not.toContain('linkReference')
    expect(types(nodes)).not.toContain('definition')
    const text = JSON.stringify(nodes)
    for (const label of 'abcdefghi') expect(text).toContain(`"value":"${label}"`)

    const safe = summaryNodes(
      '[w](https://x.org) [m](mailto:a@b.org) [h](HTTP://x.org) [n](#claims) [r][ok]\n\n[ok]: https://y.org',
    )
    const links = JSON.stringify(safe).match(/"url":"[^"]*"/g)
    expect(links).toEqual([
      '"url":"https://x.org"',
      '"url":"mailto:a@b.org"',
      '"url":"HTTP://x.org"',
      '"url":"#claims"',
      '"url":"https://y.org"',
    ])
    expect(types(safe)).not.toContain('definition')
  })

  it('shows every image as its alt text: a brief fetches nothing', () => {
    const nodes = summaryNodes(
      '![map](https://x.org/m.png) ![pixel](//t.example/p.gif) ![local](m.png) ![ref][i] [![in link](x.png)](https://x.org)\n\n[i]: http://x.org/i.png',
    )
    expect(types(nodes)).not.toContain('image')
    expect(types(nodes)).not.toContain('imageReference')
    const text = JSON.stringify(nodes)
    for (const alt of ['map', 'pixel', 'local', 'ref', 'in link'])
      expect(text).toContain(`"value":"${alt}"`)
    expect(text).not.toMatch(/png|gif/)
  })

  it('returns nothing for a blank summary', () => {
    expect(summaryNodes(' \n\n ')).toEqual([])
  })
})
