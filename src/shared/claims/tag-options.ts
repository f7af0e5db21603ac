/**
 * The choices "Tag to claim" lists for what the analyst typed, which one Enter takes,
 * and the words on its confirm button.
 */
import { suggestClaims, type ClaimOption } from './claim-search'
import { stanceLabel, type Stance } from './types'

/** A new claim from the typed text, or an existing claim. */
export type TagOption =
  { kind: 'create'; statement: string } | { kind: 'claim'; id: string; statement: string }

/** The options in order, and the index Enter takes before the analyst moves (-1: none). */
export interface TagOptions {
  options: TagOption[]
  preferred: number
}

/**
 * "New claim" is listed first, but while the text matches existing claims the best match
 * is preferred: an analyst typing part of a claim means that claim, not a duplicate.
 */
export function tagOptions(
  typed: string,
  claims: readonly (ClaimOption & { updatedAt: number })[],
): TagOptions {
  const { create, matches } = suggestClaims(typed, claims)
  const options: TagOption[] = [
    ...(create ? [{ kind: 'create' as const, statement: create }] : []),
    ...matches.map((m) => ({ kind: 'claim' as const, id: m.id, statement: m.statement })),
  ]
  const preferred = options.length === 0 ? -1 : create && options.length > 1 ? 1 : 0
  return { options, preferred }
}

/** "Tag as contradicts", "Create claim and tag as supports"; without a stance, no stance named. */
export function tagConfirmLabel(stance: Stance | null, creating: boolean): string {
  const verb = creating ? 'Create claim and tag' : 'Tag'
  if (stance) return `${verb} as ${stanceLabel(stance).toLowerCase()}`
  return creating ? verb : 'Tag to claim'
}

/** The passage as the popover quotes it: at most 220 characters, cut with an ellipsis. */
export function shortQuote(quote: string, max = 220): string {
  return quote.length > max ? `${quote.slice(0, max - 1)}…` : quote
}
