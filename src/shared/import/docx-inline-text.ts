/**
 * Builds one block's canonical text and its emphasis marks from pieces of inline content
 * (a Word paragraph's runs, as mammoth's HTML gives them): NFC, whitespace runs folded to
 * one space, trimmed, the same rules as the curated Markdown's blocks.
 */
import type { InlineMark } from '../corpus/document-model'

/** Collects text and marks; `finish` returns the folded text with marks clamped to it. */
export class InlineTextBuilder {
  private text = ''
  private readonly marks: InlineMark[] = []

  /** Appends text, folding whitespace into the text already there. */
  append(value: string): void {
    for (const char of value.normalize('NFC')) {
      if (/\s/.test(char)) {
        if (this.text.length > 0 && !this.text.endsWith(' ')) this.text += ' '
      } else {
        this.text += char
      }
    }
  }

  /** Runs `inside` (which appends) and marks what it appended as strong or emphasis. */
  mark(kind: InlineMark['kind'], inside: () => void): void {
    const start = this.text.length
    inside()
    if (this.text.length > start) this.marks.push({ kind, start, end: this.text.length })
  }

  /** True when nothing but whitespace has been appended. */
  get isEmpty(): boolean {
    return this.text.trim().length === 0
  }

  /**
   * The text, trimmed, and its marks: each kept inside the text, off a leading space, and
   * joined with a mark of the same kind it touches (Word splits bold into many runs).
   */
  finish(): { text: string; marks: InlineMark[] } {
    const text = this.text.replace(/ $/, '')
    const clamped = this.marks
      .map((mark) => ({
        ...mark,
        start: text[mark.start] === ' ' ? mark.start + 1 : mark.start,
        end: Math.min(text[mark.end - 1] === ' ' ? mark.end - 1 : mark.end, text.length),
      }))
      .filter((mark) => mark.end > mark.start)
      .sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind))
    const merged: InlineMark[] = []
    for (const mark of clamped) {
      const touching = [...merged]
        .reverse()
        .find(
          (kept) =>
            kept.kind === mark.kind && mark.start <= kept.end + 1 && mark.start >= kept.start,
        )
      if (touching && /^ ?$/.test(text.slice(touching.end, mark.start))) {
        touching.end = Math.max(touching.end, mark.end)
      } else {
        merged.push({ ...mark })
      }
    }
    return { text, marks: merged }
  }
}
