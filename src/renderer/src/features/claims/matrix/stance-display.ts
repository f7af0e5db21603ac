/**
 * How the matrix shows a stance and a row's diagnosticity: a symbol and a word for each,
 * so colour is never the only signal, and the names the cells are announced by.
 */
import { nextStance } from '@shared/claims/matrix'
import { stanceLabel, type Stance } from '@shared/claims/types'

const SYMBOLS: Readonly<Record<Stance, string>> = {
  // Plain ASCII plus: the fullwidth one is missing from many UI fonts.
  supports: '+',
  contradicts: '−',
  context: '○',
}

/** The symbol shown before the stance's word; a dot for a cell with no link. */
export function stanceSymbol(stance: Stance | null): string {
  return stance ? SYMBOLS[stance] : '·'
}

/** "Supports", "Contradicts", "Context"; "Not linked" for a cell with no link. */
export function cellLabel(stance: Stance | null): string {
  return stance ? stanceLabel(stance) : 'Not linked'
}

/** The first words of a text, cut at a word near `length` with an ellipsis. */
export function opening(text: string, length = 40): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= length) return clean
  const cut = clean.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** The accessible name of a cell: which passage, which claim, its stance, and that it acts. */
export function cellName(quote: string, statement: string, stance: Stance | null): string {
  return `Stance of ‘${opening(quote)}’ on ‘${opening(statement)}’: ${cellLabel(stance)}. Change`
}

/** The tooltip: what a click will do, since the cycle is not obvious. */
export function cellHint(stance: Stance | null): string {
  const next = nextStance(stance)
  return next ? `Click to mark: ${stanceLabel(next)}` : 'Click to unlink from this claim'
}

/** buildEvidenceMatrix's diagnosticity (0, 1 or 2) in words. */
export const DIAGNOSTICITY = [
  {
    label: 'None',
    hint: 'Bears on every chosen claim alike: it does not help choose between them.',
  },
  { label: 'Some', hint: 'Bears on the chosen claims differently.' },
  {
    label: 'High',
    hint: 'Supports one chosen claim and contradicts another: it tells them apart.',
  },
] as const

export function diagnosticityOf(value: number): (typeof DIAGNOSTICITY)[number] {
  return DIAGNOSTICITY[Math.max(0, Math.min(2, value))]!
}
