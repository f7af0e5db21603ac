/**
 * Renders Markdown exactly as a reader of the exported file will see it: the same parser
 * the round-trip tests use (GFM, front matter), then hast, sanitised with GitHub's rules,
 * then React elements. No raw HTML reaches the DOM, images are shown as their alt text
 * (nothing is fetched), and links show where they point without leaving the app: a
 * footnote link scrolls the preview to its target, never the route.
 */
import { parseBriefMarkdown } from '@shared/brief/brief-markdown'
import type { Root as HastRoot } from 'hast'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import type { Image, ImageReference, Root as MdastRoot } from 'mdast'
import { toHast, type Handler } from 'mdast-util-to-hast'
import { memo, useMemo, type ComponentProps, type ReactNode } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { parse as parseYaml } from 'yaml'

const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img'),
  // Ids are prefixed once, by toHast, so footnote links still match their targets; the
  // Markdown cannot carry ids of its own because raw HTML never becomes elements.
  clobber: [],
}

/**
 * The element a `#…` link of the preview points to, looked for inside that preview only
 * (another preview on the page has its own ids), or null.
 */
function linkTarget(link: HTMLAnchorElement, hash: string): HTMLElement | null {
  let id: string
  try {
    id = decodeURIComponent(hash.slice(1))
  } catch {
    return null
  }
  const root = link.closest('.markdown-preview')
  const target = root?.querySelector(`[id="${CSS.escape(id)}"]`)
  return target instanceof HTMLElement ? target : null
}

function PreviewLink({ href, children, ...rest }: ComponentProps<'a'>) {
  const internal = href?.startsWith('#') ?? false
  return (
    <a
      {...rest}
      href={href}
      title={internal ? undefined : href}
      onClick={(event) => {
        // No link leaves the preview: an outside one would leave the app, and the hash
        // router would take a `#…` one (a footnote, its way back) for a route.
        event.preventDefault()
        if (!internal || !href) return
        const target = linkTarget(event.currentTarget, href)
        if (!target) return
        target.scrollIntoView({ block: 'nearest' })
        // Keyboard users land where they jumped to: on a footnote's way back, or on the
        // reference they came from.
        const focusable = target.matches('a[href]')
          ? target
          : target.querySelector<HTMLElement>('a[data-footnote-backref]')
        focusable?.focus({ preventScroll: true })
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

/** The front matter's `title`, which a brief has instead of a `# title` heading. */
function titleOf(frontMatter: string | null): string | null {
  if (frontMatter === null) return null
  try {
    const data: unknown = parseYaml(frontMatter)
    const title = (data as { title?: unknown } | null)?.title
    return typeof title === 'string' && title !== '' ? title : null
  } catch {
    return null
  }
}

/** An image as its alt text: the sanitiser would drop the element, words and all. */
const altText: Handler = (_state, node: Image | ImageReference) => ({
  type: 'text',
  value: node.alt ?? '',
})

/**
 * The Markdown as hast: images as their alt text, footnote labels in plain words, ids
 * prefixed so they cannot clash.
 */
export function markdownToHast(tree: MdastRoot, idPrefix: string): HastRoot {
  const hast = toHast(tree, {
    handlers: { image: altText, imageReference: altText },
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
  const rendered = useMemo((): {
    frontMatter: string | null
    title: string | null
    body: ReactNode
  } => {
    const tree = parseBriefMarkdown(markdown)
    const body = toJsxRuntime(markdownToHast(tree, idPrefix), {
      Fragment,
      jsx,
      jsxs,
      components: { a: PreviewLink },
    })
    const frontMatter = frontMatterOf(tree)
    return { frontMatter, title: titleOf(frontMatter), body }
  }, [markdown, idPrefix])
  return (
    <div className="markdown-preview">
      {showFrontMatter && rendered.frontMatter !== null && (
        <details className="front-matter">
          <summary>Front matter (YAML)</summary>
          <pre>{rendered.frontMatter}</pre>
        </details>
      )}
      {/* Shown as GitHub, Obsidian and Pandoc show a front-matter title: above the text. */}
      {rendered.title !== null && <h1>{rendered.title}</h1>}
      {rendered.body}
    </div>
  )
})
