/**
 * A brief as a Markdown file (CommonMark + GFM footnotes, YAML front matter), and the
 * parser that reads such a file back for the preview and the tests.
 */
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm'
import { defaultHandlers, toMarkdown, type Handle } from 'mdast-util-to-markdown'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { assembleBrief } from './assemble-brief'
import { briefTree } from './brief-mdast'
import { filteredSafeRoot, numberedFootnoteReference, plainParagraph } from './filtered-safe'
import type { BriefSpec } from './brief-spec'
import type { BriefExportMeta, BriefWorkspace } from './brief-workspace'

/**
 * The brief's Markdown: assembled from the workspace, laid out as mdast, serialised with
 * mdast-util-to-markdown. Deterministic: the same inputs give the same bytes.
 */
export function briefMarkdown(
  spec: BriefSpec,
  workspace: BriefWorkspace,
  meta: BriefExportMeta,
): string {
  return serializeBrief(briefTree(assembleBrief(spec, workspace), spec, meta))
}

const GFM = gfmToMarkdown()
const FRONTMATTER = frontmatterToMarkdown(['yaml'])
/** The handler an extension registers for a node type, else the built-in one. */
function extensionHandler(type: 'paragraph' | 'footnoteReference'): Handle {
  for (const extension of GFM.extensions ?? []) {
    const handle = extension.handlers?.[type]
    if (handle) return handle
  }
  return defaultHandlers[type as 'paragraph']
}

const FAST_HANDLERS = {
  root: filteredSafeRoot,
  paragraph: plainParagraph(extensionHandler('paragraph')),
  footnoteReference: numberedFootnoteReference(extensionHandler('footnoteReference')),
}

/**
 * Serialises a brief's tree with the options every brief is written with. `builtInSafe`
 * turns off the faster escaping and footnote references, to check that they change nothing.
 */
export function serializeBrief(tree: Root, builtInSafe = false): string {
  return toMarkdown(tree, {
    handlers: builtInSafe ? {} : FAST_HANDLERS,
    extensions: [GFM, FRONTMATTER],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
  })
}

/** Parses Markdown as briefs are written: CommonMark, GFM and YAML front matter. */
export function parseBriefMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  })
}
