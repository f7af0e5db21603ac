/**
 * The analyst's summary, written in Markdown, as nodes that fit inside a brief: its
 * headings sit below the section's own, its raw HTML shows as text and its links go only
 * to the web, to mail or within the brief, its images show as their alt text (a brief
 * must not carry anything that runs, or is fetched, in the reader's viewer), and its
 * footnotes cannot collide with the brief's numbered citations.
 */
import type {
  Definition,
  Heading,
  Nodes,
  Paragraph,
  Parents,
  PhrasingContent,
  RootContent,
  Text,
} from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { HeadingNames } from './brief-headings'
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

/** Schemes a link in a brief may have; a URL without one (`#claims`, `notes.md`) is relative. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto'])

/**
 * Whether `url` goes to the web, to mail or nowhere outside the file. Read the way a
 * browser reads it: control characters and spaces are dropped wherever they are (the
 * URL parser strips them at the ends and tabs and line breaks inside, so `java\tscript:`
 * is `javascript:`) and the scheme is matched without case. Character references were
 * already decoded by the parser.
 */
export function isSafeLinkUrl(url: string): boolean {
  let read = ''
  for (const character of url) {
    const code = character.charCodeAt(0)
    if (code > 0x20 && code !== 0x7f) read += character
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(read.toLowerCase())
  return scheme === null || SAFE_SCHEMES.has(scheme[1]!)
}

/** An image as the words it stands for: nothing in a brief is fetched. */
function altText(alt: string | null | undefined): PhrasingContent[] {
  return alt ? [textNode(alt)] : []
}

/**
 * Reference-style links and images resolved against the summary's definitions and written
 * inline (or as their text): a definition can no longer smuggle in a URL, and none is left
 * unused or missing.
 */
function inlineReference(node: Nodes, definitions: ReadonlyMap<string, Definition>): Nodes[] {
  if (node.type === 'image' || node.type === 'imageReference') return altText(node.alt)
  if (node.type === 'linkReference') {
    const definition = definitions.get(node.identifier)
    if (!definition || !isSafeLinkUrl(definition.url)) return node.children
    return [{ type: 'link', url: definition.url, title: definition.title, children: node.children }]
  }
  if (node.type === 'link' && !isSafeLinkUrl(node.url)) return node.children
  return [node]
}

function rewrite(
  node: Nodes,
  depthOffset: number,
  definitions: ReadonlyMap<string, Definition>,
): void {
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
  const queue = [...(parent.children as Nodes[])]
  while (queue.length > 0) {
    const child = queue.shift()!
    const replaced = inlineReference(child, definitions)
    if (replaced.length !== 1 || replaced[0] !== child) {
      // What replaces a link is looked at again: its text may hold more links or images.
      queue.unshift(...replaced)
    } else if (child.type === 'definition') {
      // Every reference was written inline.
    } else if (child.type === 'html') {
      if (flow) children.push(...htmlAsParagraphs(child.value))
      else children.push(textNode(child.value))
    } else {
      rewrite(child, depthOffset, definitions)
      children.push(child)
    }
  }
  ;(parent as { children: Nodes[] }).children = children
}

/**
 * Parses the summary (CommonMark + GFM) and returns its blocks, headings moved down by
 * `depthOffset` levels (capped at 6), raw HTML turned into text, links whose scheme is not
 * http, https or mailto turned into their text, images into their alt text, and
 * reference-style links written inline (their definitions dropped). Empty for a summary
 * of only whitespace.
 */
export function summaryNodes(markdown: string, depthOffset = 2): RootContent[] {
  const tree = fromMarkdown(cleanText(markdown), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  })
  const definitions = new Map<string, Definition>()
  const collect = (node: Nodes): void => {
    // The first definition of a label wins, as in CommonMark.
    if (node.type === 'definition' && !definitions.has(node.identifier))
      definitions.set(node.identifier, node)
    if ('children' in node) for (const child of node.children) collect(child)
  }
  collect(tree)
  rewrite(tree, depthOffset, definitions)
  return tree.children
}

/** The text a reader sees in phrasing, a soft line break as a space. */
function phrasingText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value.replace(/\n/g, ' ')
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? ''
  if ('children' in node) return (node.children as Nodes[]).map(phrasingText).join('')
  return ''
}

/**
 * The summary's headings fitted into the brief (mutating `nodes`): each at least one level
 * below `sectionDepth` and never more than one below the heading before it (MD001), and
 * named so no other heading of the brief has its text (see HeadingNames). A heading whose
 * text had to change becomes plain text; one that had to be cut is followed by a
 * paragraph of its whole text, formatting and all.
 */
export function fitSummaryHeadings(
  nodes: RootContent[],
  names: HeadingNames,
  sectionDepth: number,
): RootContent[] {
  let previous = sectionDepth
  const visit = (siblings: Nodes[]): void => {
    for (let i = 0; i < siblings.length; i++) {
      const node = siblings[i]!
      if (node.type === 'heading') {
        const depth = Math.min(node.depth, previous + 1, 6) as Heading['depth']
        node.depth = Math.max(depth, sectionDepth + 1) as Heading['depth']
        previous = node.depth
        const written = phrasingText(node)
        const name = names.name(node.depth, written, 'Untitled heading')
        if (name.text !== written) {
          if (name.cut) siblings.splice(i + 1, 0, { type: 'paragraph', children: node.children })
          node.children = [textNode(name.text)]
        }
      } else if ('children' in node && FLOW_PARENTS.has(node.type)) {
        visit(node.children as Nodes[])
      } else if (node.type === 'list') {
        for (const item of node.children) visit(item.children as Nodes[])
      }
    }
  }
  visit(nodes as Nodes[])
  return nodes
}
