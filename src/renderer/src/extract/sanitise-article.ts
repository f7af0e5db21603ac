/**
 * The UI-thread half of reading a web page: each HTML chunk the worker sent is sanitised
 * with DOMPurify (strict allow-list, no attributes, as a DOM fragment) and walked into
 * blocks of text with strong/emphasis marks, the same shape the curated Markdown gives.
 * The walk is itself an allow-list: it reads text only, and never the text of a script,
 * style, template or embedded document, so a sanitiser that let something through would
 * still add nothing but words.
 */
import type { Config, DOMPurify } from 'dompurify'
import type { BlockKind, InlineMark } from '@shared/corpus/document-model'
import type { ExtractedBlock } from '@shared/import/extracted'
import type { HtmlArticle } from '@shared/import/html-article'
import { stopIfCancelled, type ReadOptions } from './read-options'
import { countWords } from '@shared/text/count-words'
import type { CountedDocument } from './word-count'

/** The tags an article keeps: blocks and text-level emphasis; `a` loses its href. */
export const ARTICLE_TAGS: readonly string[] = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figcaption',
  'strong',
  'b',
  'em',
  'i',
  'br',
  'a',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]

/** DOMPurify settings for article chunks: the tags above, no attributes at all. */
export const ARTICLE_PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: [...ARTICLE_TAGS],
  ALLOWED_ATTR: [],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
}

/**
 * What {@link purifierWorks} sanitises: attributes on a kept element and on a link (one a
 * `javascript:` target), an element that is not kept and a script. No inline event
 * handler and no style attribute: Chromium reports a Content Security Policy violation as
 * soon as it parses either, even in DOMPurify's inert document, and this probe must leave
 * the console clean. The config keeps no attribute at all, so a title proves the same as
 * an onerror.
 */
export const PURIFIER_PROBE =
  '<p title="t" lang="en">a<img src="x"><script>z</script><a href="javascript:w" title="u">b</a></p>'

/** What a working DOMPurify makes of PURIFIER_PROBE with ARTICLE_PURIFY_CONFIG. */
const PURIFIED_PROBE = '<p>a<a>b</a></p>'

/**
 * Whether a DOMPurify instance really sanitises in this window: it must drop attributes,
 * an element it does not keep, a script and a link target. Chromium passes; happy-dom 21
 * reports `isSupported` yet fails this (its Node.prototype.nodeName is ""), and linkedom
 * is not supported at all. The import flow checks this once before trusting a window.
 */
export function purifierWorks(purify: DOMPurify): boolean {
  if (!purify.isSupported) return false
  return purify.sanitize(PURIFIER_PROBE, ARTICLE_PURIFY_CONFIG) === PURIFIED_PROBE
}

/** Sanitises one chunk and reads its blocks in order; empty blocks are dropped. */
export function sanitiseChunk(purify: DOMPurify, html: string): ExtractedBlock[] {
  const fragment = purify.sanitize(html, { ...ARTICLE_PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true })
  const blocks: ExtractedBlock[] = []
  collect(fragment, 'paragraph', blocks)
  return blocks
}

/** How long the UI thread works on chunks before it lets the page respond, in ms. */
const SLICE_MS = 8

/**
 * Sanitises a worker's article chunk by chunk into the document the metadata sheet shows,
 * counting its words as each chunk's blocks are made. Between chunks it yields to the
 * event loop whenever it has worked SLICE_MS, so a large page never holds the UI thread
 * much longer than one chunk (about 20 kB of HTML).
 * Rejects with an AbortError when `options.signal` is aborted; reports progress per chunk.
 */
export async function sanitiseArticle(
  article: HtmlArticle,
  purify: DOMPurify,
  options: ReadOptions = {},
): Promise<CountedDocument> {
  const blocks: ExtractedBlock[] = []
  let wordCount = 0
  let sliceStart = performance.now()
  for (const [index, chunk] of article.chunks.entries()) {
    stopIfCancelled(options.signal)
    for (const block of sanitiseChunk(purify, chunk)) {
      blocks.push(block)
      wordCount += countWords(block.text)
    }
    options.onProgress?.(index + 1, article.chunks.length)
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      sliceStart = performance.now()
    }
  }
  stopIfCancelled(options.signal)
  return {
    format: 'html',
    fileName: article.fileName,
    blocks,
    hints: article.hints,
    notices: article.notices,
    ...(article.encoding ? { encoding: article.encoding } : {}),
    wordCount,
  }
}

// ---- the walk -------------------------------------------------------------------------

const ELEMENT = 1
const TEXT = 3

/** Elements whose text is never article text, should a sanitiser ever leave one. */
const SILENT = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'NOEMBED',
  'NOFRAMES',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'APPLET',
  'SVG',
  'MATH',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'FORM',
  'INPUT',
  'TITLE',
  'HEAD',
  'XMP',
  'PLAINTEXT',
])
/** Elements that separate words even when nothing else does: `<td>a</td><td>b</td>`. */
const SEPARATING = new Set([
  'P',
  'DIV',
  'LI',
  'TD',
  'TH',
  'TR',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'UL',
  'OL',
  'TABLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
])
const HEADING = /^H([1-6])$/

function nameOf(node: Node): string {
  return node.nodeName.toUpperCase()
}

function collect(parent: Node, context: BlockKind, out: ExtractedBlock[]): void {
  let run: Node[] = []
  const flush = (): void => {
    if (run.length > 0) pushBlock(out, context, 0, run)
    run = []
  }
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === TEXT) {
      run.push(node)
      continue
    }
    if (node.nodeType !== ELEMENT) continue
    const name = nameOf(node)
    if (SILENT.has(name)) continue
    const heading = HEADING.exec(name)
    if (heading) {
      flush()
      pushBlock(out, 'heading', Number(heading[1]), Array.from(node.childNodes))
    } else if (name === 'P' || name === 'FIGCAPTION' || name === 'DIV') {
      flush()
      pushBlock(out, context, 0, Array.from(node.childNodes))
    } else if (name === 'UL' || name === 'OL') {
      flush()
      collect(node, 'listItem', out)
    } else if (name === 'LI') {
      flush()
      const children = Array.from(node.childNodes)
      const nested = children.filter((child) => ['UL', 'OL'].includes(nameOf(child)))
      pushBlock(
        out,
        'listItem',
        0,
        children.filter((child) => !nested.includes(child)),
      )
      for (const list of nested) collect(list, 'listItem', out)
    } else if (name === 'BLOCKQUOTE') {
      flush()
      collect(node, 'blockQuote', out)
    } else if (['TABLE', 'THEAD', 'TBODY', 'TFOOT'].includes(name)) {
      flush()
      collect(node, context, out)
    } else if (name === 'TR') {
      flush()
      pushRow(out, context, node)
    } else {
      run.push(node)
    }
  }
  flush()
}

function pushBlock(out: ExtractedBlock[], kind: BlockKind, level: number, nodes: Node[]): void {
  const builder = new InlineText()
  for (const node of nodes) builder.walk(node)
  const block = builder.finish()
  if (block.text !== '') out.push({ kind, level, ...block })
}

/** A table row as one paragraph, its cells separated by " | ". */
function pushRow(out: ExtractedBlock[], kind: BlockKind, row: Node): void {
  const builder = new InlineText()
  const cells = Array.from(row.childNodes).filter((cell) => ['TD', 'TH'].includes(nameOf(cell)))
  for (const cell of cells) {
    if (!builder.isEmpty()) builder.append(' | ')
    for (const child of Array.from(cell.childNodes)) builder.walk(child)
  }
  const block = builder.finish()
  if (block.text.replace(/[\s|]/g, '') !== '') out.push({ kind, level: 0, ...block })
}

/** Invisible characters that only break words apart for search and quoting. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g
const WHITESPACE_RUN = /\s+/g

/**
 * Plain text of inline content, Unicode NFC, whitespace runs folded to one space and
 * trimmed, with the spans of strong (strong, b) and emphasis (em, i) over it: the rules
 * of shared/corpus/markdown-blocks, so imported and curated text read alike.
 */
class InlineText {
  private text = ''
  private readonly marks: InlineMark[] = []

  isEmpty(): boolean {
    return this.text.trim() === ''
  }

  /**
   * Adds `value` with its whitespace runs folded to one space, and none at the start of
   * the text or after a space. One string per call, not one per character: a web page's
   * article is megabytes, and this runs on the UI thread.
   */
  append(value: string): void {
    let folded = value.normalize('NFC').replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ')
    if (folded.startsWith(' ') && (this.text.length === 0 || this.text.endsWith(' '))) {
      folded = folded.slice(1)
    }
    this.text += folded
  }

  walk(node: Node): void {
    if (node.nodeType === TEXT) {
      this.append(node.nodeValue ?? '')
      return
    }
    if (node.nodeType !== ELEMENT) return
    const name = nameOf(node)
    if (SILENT.has(name)) return
    if (name === 'BR') {
      this.append(' ')
      return
    }
    const kind: InlineMark['kind'] | null =
      name === 'STRONG' || name === 'B'
        ? 'strong'
        : name === 'EM' || name === 'I'
          ? 'emphasis'
          : null
    const separates = SEPARATING.has(name)
    if (separates) this.append(' ')
    const start = this.text.length
    for (const child of Array.from(node.childNodes)) this.walk(child)
    if (kind !== null) this.marks.push({ kind, start, end: this.text.length })
    if (separates) this.append(' ')
  }

  finish(): { text: string; marks: InlineMark[] } {
    const text = this.text.replace(/ $/, '')
    const marks = this.marks
      .map((mark) => ({
        ...mark,
        start: text[mark.start] === ' ' ? mark.start + 1 : mark.start,
        end: Math.min(mark.end, text.length),
      }))
      .filter((mark) => mark.end > mark.start)
    return { text, marks }
  }
}
