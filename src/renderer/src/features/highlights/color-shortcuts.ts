/** Keyboard shortcuts of the highlight tools, shown in tooltips and used by the handlers. */
import { HIGHLIGHT_COLOR_IDS, type HighlightColorId } from '@shared/highlights/colors'

/** 1-5 pick the colours in order. */
export function colorForKey(key: string): HighlightColorId | null {
  const index = Number(key) - 1
  return Number.isInteger(index) ? (HIGHLIGHT_COLOR_IDS[index] ?? null) : null
}

export function keyForColor(color: HighlightColorId): string {
  return String(HIGHLIGHT_COLOR_IDS.indexOf(color) + 1)
}

export const TOOL_KEYS = { note: 'n', tags: 't', copy: 'c', claim: 'l', event: 'e' } as const
