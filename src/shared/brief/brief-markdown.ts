/**
 * A brief as a Markdown file (CommonMark + GFM footnotes, YAML front matter), and the
 * parser that reads such a file back for the preview and the tests.
 */
import type { Root } from 'mdast'
import type { Unsafe } from 'mdast-util-to-markdown'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { assembleBrief } from './assemble-brief'
import { briefTree } from './brief-mdast'
import { fenceWideBlocks } from './brief-wide-blocks'
import { ENCODED_WHITESPACE } from './brief-wrap'
import { fastHandlers, registeredHandler } from './fast-handlers'
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
const EXTENSIONS = [GFM, FRONTMATTER]
/**
 * Tabs and the other whitespace JavaScript's `\s` knows (no-break spaces and the like)
 * are written as character references: they read the same, markdownlint does not take
 * them for hard tabs (MD010) or for room to wrap (MD013), and an invisible character in a
 * quote becomes visible in the file.
 */
const UNSAFE: Unsafe[] = [
  ...ENCODED_WHITESPACE.map((character): Unsafe => ({ character, inConstruct: 'phrasing' })),
  // markdownlint reads `:name[…]` as a directive, so a quote ending "3:0" would swallow
  // its footnote reference.
  { character: ':', after: '[A-Za-z0-9_-]*\\[', inConstruct: 'phrasing' },
]

const FAST_HANDLERS = fastHandlers({
  paragraph: registeredHandler(EXTENSIONS, 'paragraph'),
  heading: registeredHandler(EXTENSIONS, 'heading'),
  footnoteReference: registeredHandler(EXTENSIONS, 'footnoteReference'),
})

/**
 * Serialises a brief's tree with the options every brief is written with. `builtIn` leaves
 * out the fast handlers (fast-handlers.ts), to check that they change no byte.
 */
export function serializeBrief(tree: Root, builtIn = false): string {
  const write = (root: Root) =>
    toMarkdown(root, {
      handlers: builtIn ? {} : FAST_HANDLERS,
      extensions: EXTENSIONS,
      bullet: '-',
      emphasis: '_',
      strong: '*',
      rule: '-',
      fences: true,
      listItemIndent: 'one',
      unsafe: UNSAFE,
    })
  return write(fenceWideBlocks(tree, (block) => write({ type: 'root', children: [block] })))
}

/** Parses Markdown as briefs are written: CommonMark, GFM and YAML front matter. */
export function parseBriefMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  })
}
