/**
 * How analyst and source text is tidied before it goes into a brief. The rules are few and
 * visible so that "a quote survives export" has a precise meaning: after export and
 * parsing, a quote reads back as `textParagraphs(quote)`, paragraph for paragraph.
 */

/** Lone UTF-16 surrogates (JS strings may hold them; UTF-8 files cannot) and U+0000. */
const UNWRITABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\0/g

/**
 * Replaces what a Markdown file cannot carry with U+FFFD (lone surrogates have no UTF-8
 * form; CommonMark readers turn U+0000 into U+FFFD anyway), makes every line end "\n" and
 * reads a vertical tab as a space (it cannot be written as a character reference, and
 * written as it is, linters take it for trailing space).
 */
export function cleanText(text: string): string {
  // Most text has none of these; testing first spares three replacements per string.
  if (!/[\r\0\v\uD800-\uDFFF]/.test(text)) return text
  return text.replace(UNWRITABLE, '\uFFFD').replace(/\r\n?/g, '\n').replace(/\v/g, ' ')
}

/** For headings and list lines: all whitespace runs with a line break in them become one space. */
export function singleLine(text: string): string {
  if (!/[\r\0\n\t\v\uD800-\uDFFF]|^ | $/.test(text)) return text
  return cleanText(text)
    .replace(/[ \t]*\n[ \t\n]*/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/g, '')
}

/**
 * Text as paragraphs: split at blank lines (lines of only spaces and tabs, as in
 * Markdown), each line break inside a paragraph read as a space (how Markdown shows it),
 * spaces and tabs at either end dropped, empty paragraphs left out. Spaces inside a line
 * are kept as they are.
 */
export function textParagraphs(text: string): string[] {
  if (!/[\r\n]/.test(text)) {
    const line = singleLine(text)
    return line === '' ? [] : [line]
  }
  return cleanText(text)
    .split(/\n[ \t]*\n/)
    .map((paragraph) => singleLine(paragraph))
    .filter((paragraph) => paragraph !== '')
}
