/**
 * What the live preview renders of a very long brief: the Markdown up to a size that
 * renders in a few frames, cut where a section or block ends, plus the citation
 * definitions so the footnotes still resolve. Export and Copy always write all of it.
 */

/**
 * About 200 evidence quotes, several screens of reading. Parsing is the preview's cost
 * (~1.5 µs a character): at 200,000 characters the first preview of a 10,000-quote brief
 * took 1.2 s, at this size 0.7 s (docs/benchmarks.md).
 */
export const PREVIEW_LIMIT = 100_000

const DEFINITIONS = /\n\[\^1\]: /

export interface PreviewExcerpt {
  markdown: string
  /** Characters of the full Markdown left out of the preview; 0 when it is all there. */
  omitted: number
}

export function previewExcerpt(markdown: string, limit = PREVIEW_LIMIT): PreviewExcerpt {
  if (markdown.length <= limit) return { markdown, omitted: 0 }
  const definitionsAt = markdown.search(DEFINITIONS)
  const definitions =
    definitionsAt >= 0 && markdown.length - definitionsAt <= limit
      ? markdown.slice(definitionsAt)
      : ''
  const head = markdown.slice(0, limit)
  // Prefer the end of a section, then of any block; never the middle of a line.
  const cut = [head.lastIndexOf('\n## '), head.lastIndexOf('\n### '), head.lastIndexOf('\n\n')]
    .filter((at) => at > limit / 2)
    .reduce((best, at) => Math.max(best, at), -1)
  const end = cut > 0 ? cut : Math.max(head.lastIndexOf('\n'), 0)
  const shown = markdown.slice(0, end)
  return {
    markdown: definitions ? `${shown}\n${definitions}` : shown,
    omitted: markdown.length - end - definitions.length,
  }
}
