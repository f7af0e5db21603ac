/** The kinds of named entity the index keeps, and one mention of one in a text. */

/** A person, a place or an organisation. */
export type EntityKind = 'person' | 'place' | 'organisation'

/** Every kind, in the order lists show them. */
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organisation']

/**
 * One mention: the words that name the entity, cleaned of titles, possessives and punctuation
 * ("Foreign Minister Hossein Amirabdollahian's" gives "Hossein Amirabdollahian"), and their
 * half-open range [start, end) in the text it was found in, so `text.slice(start, end) ===
 * surface` always holds.
 */
export interface EntityMention {
  kind: EntityKind
  surface: string
  start: number
  end: number
  /**
   * Where the text defines this acronym for a name ("Pakistan Maritime Security Agency (PMSA)"),
   * the name it stands for; absent otherwise.
   */
  abbreviates?: string
}
