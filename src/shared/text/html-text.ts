/**
 * The plain text of an HTML fragment, for HTML that arrives as data and is kept as text (a
 * Web Annotation body with `format: "text/html"`): tags dropped, entities decoded,
 * paragraphs and line breaks kept as new lines, script and style contents dropped. The
 * result is only ever shown as text, never parsed as HTML again. htmlparser2 reads it
 * without a DOM, so this runs in the worker, in Node and in the page alike.
 */
import { Parser } from 'htmlparser2'

/** Elements whose start and end are a line break in the text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
])

/** Empty elements that are one line break (htmlparser2 reports their start and end). */
const BREAKS = new Set(['br', 'hr'])

/** Elements whose contents are not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title'])

export function plainTextOfHtml(html: string): string {
  const pieces: string[] = []
  let hidden = 0
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (HIDDEN.has(name)) hidden++
        else if (BLOCKS.has(name) || BREAKS.has(name)) pieces.push('\n')
      },
      onclosetag: (name) => {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1)
        else if (BLOCKS.has(name)) pieces.push('\n')
      },
      ontext: (text) => {
        if (hidden === 0) pieces.push(text)
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  return pieces
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim()
}

/** Whether a body's `format` says its value is HTML. */
export function isHtmlFormat(format: unknown): boolean {
  return typeof format === 'string' && /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(format)
}
