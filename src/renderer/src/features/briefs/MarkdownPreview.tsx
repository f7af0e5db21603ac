/**
 * Renders Markdown exactly as a reader of the exported file will see it: the same parser
 * the round-trip tests use (GFM, front matter), then hast, sanitised with GitHub's rules,
 * then React elements. No raw HTML reaches the DOM, images are shown as their alt text
 * (nothing is fetched), and links show where they point without leaving the app.
 */
import { parseBriefMarkdown } from '@shared/brief/brief-markdown'
import type { Root as HastRoot } from 'hast'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import type { Root as MdastRoot } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import { memo, useMemo, type ComponentProps, type ReactNode } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'

const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img'),
  // Ids are prefixed once, by toHast, so footnote links still match their targets; the
  // Markdown cannot carry ids of its own because raw HTML never becomes elements.
  clobber: [],
}

function PreviewLink({ href, children, ...rest }: ComponentProps<'a'>) {
  const internal = href?.startsWith('#') ?? false
  return (
    <a
      {...rest}
      href={href}
      title={internal ? undefined : href}
      onClick={(event) => {
        // Footnote links jump within the preview; anything else would leave the app.
        if (!internal) event.preventDefault()
      }}
    >
      {children}
    </a>
  )
}

function frontMatterOf(tree: MdastRoot): string | null {
  const first = tree.children[0]
  return first?.type === 'yaml' ? first.value : null
}

/** The Markdown as hast: footnote labels in plain words, ids prefixed so they cannot clash. */
export function markdownToHast(tree: MdastRoot, idPrefix: string): HastRoot {
  const hast = toHast(tree, {
    clobberPrefix: `${idPrefix}-`,
    footnoteLabel: 'Citations',
    footnoteBackLabel: (index) => `Back to citation ${index + 1}`,
  })
  return sanitize(hast, SCHEMA) as HastRoot
}

interface MarkdownPreviewProps {
  markdown: string
  /** Distinguishes this preview's footnote ids from another's on the same page. */
  idPrefix: string
  /** Show the YAML front matter above the rendered text. */
  showFrontMatter?: boolean
}

export const MarkdownPreview = memo(function MarkdownPreview({
  markdown,
  idPrefix,
  showFrontMatter = false,
}: MarkdownPreviewProps) {
  const rendered = useMemo((): { frontMatter: string | null; body: ReactNode } => {
    const tree = parseBriefMarkdown(markdown)
    const body = toJsxRuntime(markdownToHast(tree, idPrefix), {
      Fragment,
      jsx,
      jsxs,
      components: { a: PreviewLink },
    })
    return { frontMatter: frontMatterOf(tree), body }
  }, [markdown, idPrefix])
  return (
    <div className="markdown-preview">
      {showFrontMatter && rendered.frontMatter !== null && (
        <details className="front-matter">
          <summary>Front matter (YAML)</summary>
          <pre>{rendered.frontMatter}</pre>
        </details>
      )}
      {rendered.body}
    </div>
  )
})
