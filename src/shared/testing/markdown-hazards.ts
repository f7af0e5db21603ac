/**
 * Test support: what in a Markdown tree could become markup or a dangerous link in a viewer,
 * and the words it reads as; for tests that export hostile text as Markdown.
 */
import type { Nodes, Root } from 'mdast'
import { lint } from 'markdownlint/sync'
import { LINE_LENGTH_OFF, LINE_LENGTH_ON } from '../brief/brief-wide-blocks'
import { isSafeLinkUrl } from '../brief/summary-markdown'

/**
 * What in a Markdown tree could become markup, a fetch or a dangerous link in a viewer:
 * raw `html` nodes (but the two markdownlint comments a brief puts around a table or code
 * too wide to wrap, brief-wide-blocks.ts), any image (a viewer would load it), and links or definitions whose URL
 * is not http, https, mailto or relative (the scheme read as a browser reads it).
 */
export function markdownHazards(tree: Root): string[] {
  const hazards: string[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'html' && node.value !== LINE_LENGTH_OFF && node.value !== LINE_LENGTH_ON)
      hazards.push(`html node: ${node.value.slice(0, 80)}`)
    if (node.type === 'image' || node.type === 'imageReference') hazards.push(`${node.type}`)
    if ((node.type === 'link' || node.type === 'definition') && !isSafeLinkUrl(node.url)) {
      hazards.push(`${node.type} to ${node.url.slice(0, 80)}`)
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return hazards
}

/** Inline nodes: their words run on; every other node ends with a space. */
const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'inlineCode',
  'footnoteReference',
])

/**
 * The words the tree reads as: text and code values, inline content run together as a
 * reader sees it (a link's words inside their sentence), blocks and line breaks apart.
 */
export function markdownText(tree: Root): string {
  let words = ''
  const visit = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      words += node.value
    }
    if ('children' in node) for (const child of node.children) visit(child)
    if (!PHRASING.has(node.type)) words += ' '
  }
  visit(tree)
  return words
}

/**
 * What markdownlint's no-inline-html rule (MD033) finds in `markdown`, one line each: raw
 * HTML as a second, independent reader of CommonMark sees it (remark is the first).
 */
export function inlineHtmlFindings(markdown: string): string[] {
  const results = lint({ strings: { md: markdown }, config: { default: false, MD033: true } })
  return (results.md ?? []).map(
    (found) => `${found.lineNumber}: ${found.errorDetail ?? ''} [${found.errorContext ?? ''}]`,
  )
}
