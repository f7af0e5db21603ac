/**
 * The analyst's summary, written in Markdown, as nodes that fit inside a brief: its
 * headings sit below the section's own, its raw HTML shows as text (a brief must not
 * carry markup that runs or renders in the reader's viewer) and its footnotes cannot
 * collide with the brief's numbered citations.
 */
import type { Nodes, Paragraph, Parents, RootContent, Text } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { cleanText } from './brief-text'

/** Summary footnotes get this prefix; the brief's own footnotes are plain numbers. */
export const SUMMARY_FOOTNOTE_PREFIX = 'summary-'

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

function textNode(value: string): Text {
  return { type: 'text', value }
}

/** Block-level HTML as paragraphs of text, split where it has blank lines. */
function htmlAsParagraphs(value: string): Paragraph[] {
  return value
    .split(/\n[ \t]*\n/)
    .filter((part) => part.trim() !== '')
    .map((part) => ({ type: 'paragraph', children: [textNode(part)] }))
}

function rewrite(node: Nodes, depthOffset: number): void {
  if (node.type === 'heading') {
    node.depth = Math.min(6, node.depth + depthOffset) as typeof node.depth
  } else if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
    node.identifier = SUMMARY_FOOTNOTE_PREFIX + node.identifier
    if (node.label !== undefined) node.label = SUMMARY_FOOTNOTE_PREFIX + node.label
  }
  if (!('children' in node)) return
  const parent = node as Parents
  const flow = FLOW_PARENTS.has(parent.type)
  const children: Nodes[] = []
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'html') {
      if (flow) children.push(...htmlAsParagraphs(child.value))
      else children.push(textNode(child.value))
    } else {
      rewrite(child, depthOffset)
      children.push(child)
    }
  }
  ;(parent as { children: Nodes[] }).children = children
}

/**
 * Parses the summary (CommonMark + GFM) and returns its blocks, headings moved down by
 * `depthOffset` levels (capped at 6) and raw HTML turned into text. Empty for a summary
 * of only whitespace.
 */
export function summaryNodes(markdown: string, depthOffset = 2): RootContent[] {
  const tree = fromMarkdown(cleanText(markdown), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  })
  rewrite(tree, depthOffset)
  return tree.children
}
