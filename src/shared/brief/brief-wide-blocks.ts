/**
 * Tables and code blocks wider than a line. Prose is wrapped to fit markdownlint's default
 * line length (MD013, brief-wrap.ts) and headings are cut to it, but a table row or a line
 * of code cannot be broken without changing what it says. So a brief keeps such a block as
 * the analyst wrote it and tells markdownlint, in the comments its documentation gives for
 * this, that the block's lines may be long: the file still lints clean with the default
 * rules, and a viewer shows nothing of the comments.
 */
import type { Html, Nodes, Parents, Root, RootContent } from 'mdast'
import { LINE_WIDTH } from './brief-wrap'

/** The two comments, exactly: tests that look for raw HTML in a brief allow these alone. */
export const LINE_LENGTH_OFF = '<!-- markdownlint-disable MD013 -->'
export const LINE_LENGTH_ON = '<!-- markdownlint-enable MD013 -->'

const comment = (value: string): Html => ({ type: 'html', value })

/** Blocks that hold other blocks. */
const CONTAINERS: ReadonlySet<string> = new Set([
  'blockquote',
  'list',
  'listItem',
  'footnoteDefinition',
])

/** Blocks whose own children sit indented inside them, and by how much (a list: 0). */
function childIndent(node: Nodes, index: number, parent: Parents): number | null {
  switch (node.type) {
    case 'root':
      return 0
    case 'blockquote':
      return 2
    case 'listItem': {
      const list = parent.type === 'list' ? parent : null
      const marker = list?.ordered ? String((list.start ?? 1) + index).length + 2 : 2
      return marker + (typeof node.checked === 'boolean' ? 4 : 0)
    }
    case 'footnoteDefinition':
      return 4
    default:
      return null
  }
}

function widest(markdown: string): number {
  return Math.max(0, ...markdown.split('\n').map((line) => [...line].length))
}

/**
 * `tree` with every table or code block whose longest line, at its indent, runs past
 * LINE_WIDTH columns put between LINE_LENGTH_OFF and LINE_LENGTH_ON. `serialise` writes one
 * block as the brief would. Returns a new tree; the one given is not changed.
 */
export function fenceWideBlocks(tree: Root, serialise: (block: RootContent) => string): Root {
  const visit = <T extends Parents>(node: T, indent: number): T => {
    let changed = false
    const children: Nodes[] = []
    node.children.forEach((child, index) => {
      if (child.type === 'table' || child.type === 'code') {
        if (indent + widest(serialise(child)) > LINE_WIDTH) {
          children.push(comment(LINE_LENGTH_OFF), child, comment(LINE_LENGTH_ON))
          changed = true
          return
        }
      } else if (CONTAINERS.has(child.type) && 'children' in child) {
        const next = visit(child, indent + (childIndent(child, index, node) ?? 0))
        if (next !== child) changed = true
        children.push(next)
        return
      }
      children.push(child)
    })
    return changed ? ({ ...node, children } as T) : node
  }
  return visit(tree, 0)
}
