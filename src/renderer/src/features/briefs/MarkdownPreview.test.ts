import { parseBriefMarkdown } from '@shared/brief/brief-markdown'
import type { Nodes } from 'hast'
import { describe, expect, it } from 'vitest'
import { markdownToHast } from './MarkdownPreview'

function hastText(node: Nodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map((child) => hastText(child as Nodes)).join('') : ''
}

function tagNames(node: Nodes): string[] {
  const own = node.type === 'element' ? [node.tagName] : []
  const children = 'children' in node ? node.children : []
  return [...own, ...children.flatMap((child) => tagNames(child as Nodes))]
}

describe('markdownToHast', () => {
  it('shows an image as its alt text and fetches nothing', () => {
    const hast = markdownToHast(
      parseBriefMarkdown(
        'See ![a map of the border](https://x.org/m.png) and ![ref][r].\n\n[r]: //t.example/p.gif',
      ),
      'p',
    )
    expect(tagNames(hast)).not.toContain('img')
    expect(hastText(hast)).toContain('See a map of the border and ref.')
  })
})
