/**
 * Heading text that markdownlint's default rules accept, whatever the analyst or source
 * wrote: no trailing punctuation (MD026), no two headings alike (MD024) and no heading
 * line past 80 columns (MD013; a heading cannot be wrapped). A heading too long is cut at
 * a word with "…", and the caller writes the whole text below it.
 */
import { singleLine } from './brief-text'
import { LINE_WIDTH, textWidth } from './brief-wrap'

/** What MD026 counts as trailing punctuation (its default: no question mark). */
const TRAILING = /[\s.,;:!。，；：！]+$/u

/** A heading's text, and whether it is shorter than the text it was made from. */
export interface HeadingName {
  text: string
  cut: boolean
}

function cutToWidth(value: string, width: number): string {
  let end = -1
  for (let at = value.indexOf(' '); at > 0; at = value.indexOf(' ', at + 1)) {
    if (textWidth(value.slice(0, at)) + 1 > width) break
    end = at
  }
  // With no word boundary early enough, the first word stays whole: MD013 lets a line end
  // in a long run without spaces.
  const kept = end > 0 ? value.slice(0, end) : value.split(/\s/)[0]!
  return `${kept.replace(TRAILING, '')}…`
}

/** Gives each heading of one document a name no other heading of it has. */
export class HeadingNames {
  private readonly used = new Set<string>()

  /** Marks names as taken (the section labels) so that others never take them. */
  reserve(names: Iterable<string>): void {
    for (const name of names) this.used.add(name)
  }

  /**
   * `value` as heading text at `depth`: on one line, trailing punctuation dropped (or
   * `fallback` if nothing else is left), cut to fit the line, and given " (2)", " (3)"…
   * when an earlier heading has the same text.
   */
  name(depth: number, value: string, fallback: string): HeadingName {
    const clean = singleLine(value).replace(TRAILING, '') || fallback
    const width = LINE_WIDTH - depth - 1
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`
      const room = width - textWidth(suffix)
      const fits = textWidth(clean) <= room
      const text = (fits ? clean : cutToWidth(clean, room - 1)) + suffix
      if (!this.used.has(text)) {
        this.used.add(text)
        return { text, cut: !fits }
      }
    }
  }
}
