/**
 * Whitespace folding for imported text, the same rule the Markdown blocks follow: Unicode
 * NFC, every run of whitespace (spaces, tabs, line breaks, no-break spaces) as one space,
 * nothing at either end.
 */

/** `text` in NFC with whitespace runs folded to one space and trimmed; "" for blank text. */
export function foldWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}
