/**
 * What "mentions this entity" means for the analyst's own items (highlights, claims, timeline
 * events), so the notebook, the claims table and the timelines filter by an entity alike.
 *
 * A text mentions an entity when it contains one of the entity's spellings (its variants'
 * surfaces) as whole words, compared after the search tokeniser's folding (case, accents,
 * curly apostrophes, a possessive "'s") and the entity key's transliterations (Baluch/Baloch),
 * with hyphens and spaces inside a name treated alike: "Amir-Abdollahian", "Amir Abdollahian"
 * and "Amirabdollahian" are the same letters. Words are joined only where a name could be
 * split: when the spelling itself has that many words, or when every word after the first
 * starts with a capital, so "to go" never reads as Togo nor "I ran" as Iran.
 *
 * Demonyms and adjectives are not the place: "Iranian" does not mention Iran. The filter
 * answers "which of my items name this entity", and the grouping rule keeps Iran and Iraq apart
 * for the same reason; an analyst after "Iranian" searches for the word.
 */
import { wordSpans } from '../search/tokenise'
import { compareText } from '../sorting/text-order'
import type { EntityDocumentMentions, EntityIndex, IndexedEntity } from './entity-index'
import { TRANSLITERATIONS } from './entity-key'
import type { EntityKind } from './entity-kind'

/** An entity prepared for testing many items against it (build once per filter). */
export interface EntityMatcher {
  readonly entityId: string
  /** Folded letters of each spelling, to the most words that spelling has. */
  readonly spellings: ReadonlyMap<string, number>
  /** Every leading part of a spelling, so a run of words that starts none stops at once. */
  readonly prefixes: ReadonlySet<string>
  /**
   * What a plain text's letters must contain to possibly mention the entity, when every
   * spelling is plain ASCII letters and digits: then a text that cannot is not cut into words
   * at all (cutting is most of the cost). Null when some spelling needs the words.
   */
  readonly screen: Screen | null
  /** The entity's mentions by document, on the text the index was built on. */
  readonly mentions: ReadonlyMap<string, DocMentions>
}

/**
 * Spellings to look for in a text's letters: `exact` ones as they are, `loose` ones (those a
 * transliteration may have written) in their {@link loosen}ed form.
 */
interface Screen {
  exact: readonly string[]
  loose: readonly string[]
}

/** A document's mentions sorted by start, with the furthest end reached up to each. */
interface DocMentions {
  starts: number[]
  furthestEnd: number[]
}

/** One word of a text, folded to compare with spellings. */
interface Word {
  letters: string
  capitalised: boolean
}

/** Any of the key's transliteration rules: one test per word before trying each in turn. */
const TRANSLITERABLE = new RegExp(TRANSLITERATIONS.map((rule) => rule.pattern.source).join('|'))

/** The key's transliterations of one folded word, in the key's order. */
function transliterate(term: string): string {
  if (!TRANSLITERABLE.test(term)) return term
  let out = term
  for (const rule of TRANSLITERATIONS) out = out.replace(rule.pattern, rule.replace)
  return out
}

/**
 * Texts already cut into words: the same notes and quotes are tested again each time the index
 * grows while names are being found. Emptied when full rather than ordered by use.
 */
const wordCache = new Map<string, Word[]>()
const WORD_CACHE_SIZE = 20_000

function wordsOf(text: string): Word[] {
  const cached = wordCache.get(text)
  if (cached) return cached
  const words = wordSpans(text).map((span) => {
    const first = text[span.start] ?? ''
    // The tokeniser folds and keeps a compound whole ("amirabdollahian"); the key's rule adds
    // its transliterations (Baluch/Baloch).
    return { letters: transliterate(span.term), capitalised: first !== first.toLowerCase() }
  })
  if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear()
  wordCache.set(text, words)
  return words
}

/**
 * Prepares an entity for {@link textMentions} and the item tests below. `documents` are its
 * mentions in each of its documents (the entity worker's answer; the index holds only counts),
 * which a highlight's position is tested against; without them only texts are.
 */
export function entityMatcher(
  entity: Pick<IndexedEntity, 'id' | 'variants'>,
  documents: readonly Pick<EntityDocumentMentions, 'docId' | 'mentions'>[] = [],
): EntityMatcher {
  const spellings = new Map<string, number>()
  for (const variant of entity.variants) {
    const words = wordsOf(variant.surface)
    const letters = words.map((w) => w.letters).join('')
    if (letters === '') continue
    spellings.set(letters, Math.max(spellings.get(letters) ?? 0, words.length))
  }
  const mentions = new Map<string, DocMentions>()
  for (const doc of documents) {
    const sorted = [...doc.mentions].sort((a, b) => a.start - b.start)
    let furthest = -1
    mentions.set(doc.docId, {
      starts: sorted.map((m) => m.start),
      furthestEnd: sorted.map((m) => (furthest = Math.max(furthest, m.end))),
    })
  }
  const prefixes = new Set<string>()
  for (const spelling of spellings.keys()) {
    for (let end = 1; end <= spelling.length; end++) prefixes.add(spelling.slice(0, end))
  }
  const all = [...spellings.keys()]
  const screen = all.every((s) => /^[a-z0-9]+$/.test(s))
    ? {
        exact: all.filter((s) => !TRANSLITERATED.test(s)),
        loose: all.filter((s) => TRANSLITERATED.test(s)).map(loosen),
      }
    : null
  return { entityId: entity.id, spellings, prefixes, screen, mentions }
}

/** Words a transliteration rule writes: a spelling holding one may come from other letters. */
const TRANSLITERATED = new RegExp(TRANSLITERATIONS.map((rule) => rule.replace).join('|'))

/**
 * Lower-case letters with what the transliterations change blurred away: vowels dropped, c
 * and z read as s, doubled letters single ("muhammad", "mohamed" → "mhmd"; "baluchistan",
 * "balochestan" → "blchstn"). Each rule's two sides blur alike and blurring a part of a text
 * gives a part of the blurred text, so a text that names a spelling contains its blur.
 */
export function loosen(letters: string): string {
  return letters
    .replace(/[aeiou]+/g, '')
    .replace(/[cz]/g, 's')
    .replace(/(.)\1+/g, '$1')
}

/** Printable ASCII, and the typographic quotes and dashes of English text: nothing folds to a-z. */
const PLAIN_TEXT = /^[\t\n\r\x20-\x7e\u2018\u2019\u201c\u201d\u2013\u2014]*$/

/**
 * False only when the text cannot mention any of these plain spellings: its lower-case letters
 * and digits, with separators and possessives dropped as the tokeniser drops them, contain
 * every run of words the tokeniser could join. A text with other characters may fold to the
 * spellings' letters (an accent dropped), so it is always cut into words.
 */
function mayMention(screen: Screen, text: string): boolean {
  if (!PLAIN_TEXT.test(text)) return true
  const letters = text
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '')
  if (screen.exact.some((spelling) => letters.includes(spelling))) return true
  if (screen.loose.length === 0) return false
  const loose = loosen(letters)
  return screen.loose.some((spelling) => loose.includes(spelling))
}

/** Whether the text names the entity under one of its spellings (see the module comment). */
export function textMentions(matcher: EntityMatcher, text: string): boolean {
  if (matcher.spellings.size === 0 || text.trim() === '') return false
  if (matcher.screen && !mayMention(matcher.screen, text)) return false
  const words = wordsOf(text)
  for (let i = 0; i < words.length; i++) {
    let joined = ''
    let capitalised = true
    for (let j = i; j < words.length; j++) {
      const word = words[j]!
      joined += word.letters
      if (!matcher.prefixes.has(joined)) break
      if (j > i) capitalised &&= word.capitalised
      const spellingWords = matcher.spellings.get(joined)
      if (spellingWords === undefined) continue
      const count = j - i + 1
      if (count === 1 || count <= spellingWords || capitalised) return true
    }
  }
  return false
}

/** What the filter reads of a highlight (a stored highlight record has it all). */
export interface FilterableHighlight {
  id: string
  docId: string
  /** The document rev its position was taken on. */
  docRev: string
  selectors: { quote: { exact: string }; position: { start: number; end: number } }
  note: string
}

/**
 * Whether a highlight mentions the entity: its quote or note names it, or its stored position
 * overlaps one of the entity's mentions in its document. The position counts only when it was
 * taken on the rev the index was built on (`revOf`, undefined when unknown), since offsets on
 * another text point elsewhere; a quote that cuts a name in half ("Abdollahian said") is found
 * this way.
 */
export function highlightMentions(
  matcher: EntityMatcher,
  highlight: FilterableHighlight,
  revOf: (docId: string) => string | undefined,
): boolean {
  if (textMentions(matcher, highlight.selectors.quote.exact)) return true
  if (textMentions(matcher, highlight.note)) return true
  const mentions = matcher.mentions.get(highlight.docId)
  if (!mentions || revOf(highlight.docId) !== highlight.docRev) return false
  const { start, end } = highlight.selectors.position
  return overlapsAny(mentions, start, end)
}

/** Whether [start, end) overlaps one of a document's mentions. */
function overlapsAny(mentions: DocMentions, start: number, end: number): boolean {
  // Mentions from the first that starts at or after `end` on cannot overlap; of the ones
  // before it, the furthest end decides.
  let lo = 0
  let hi = mentions.starts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (mentions.starts[mid]! < end) lo = mid + 1
    else hi = mid
  }
  return lo > 0 && mentions.furthestEnd[lo - 1]! > start
}

/** The ids of the highlights that mention the entity. */
export function highlightsMentioning(
  matcher: EntityMatcher,
  highlights: readonly FilterableHighlight[],
  revOf: (docId: string) => string | undefined,
): Set<string> {
  const ids = new Set<string>()
  for (const h of highlights) if (highlightMentions(matcher, h, revOf)) ids.add(h.id)
  return ids
}

/**
 * {@link highlightsMentioning} in pieces, awaiting `pause` after each highlight so that the
 * caller can give the UI thread back (a first pass over thousands of texts cuts every one into
 * words). Null when `signal` aborts it, because its answer is no longer wanted.
 */
export async function highlightsMentioningInSlices(
  matcher: EntityMatcher,
  highlights: readonly FilterableHighlight[],
  revOf: (docId: string) => string | undefined,
  pause: () => Promise<void>,
  signal?: { readonly aborted: boolean },
): Promise<Set<string> | null> {
  const ids = new Set<string>()
  for (const h of highlights) {
    if (signal?.aborted) return null
    if (highlightMentions(matcher, h, revOf)) ids.add(h.id)
    await pause()
  }
  return signal?.aborted ? null : ids
}

/**
 * Whether a claim mentions the entity: its statement or note names it, or any of its evidence
 * passages does (`mentioning`: the highlight ids from {@link highlightsMentioning}).
 */
export function claimMentions(
  matcher: EntityMatcher,
  claim: { statement: string; note: string },
  evidenceHighlightIds: readonly string[],
  mentioning: ReadonlySet<string>,
): boolean {
  return (
    evidenceHighlightIds.some((id) => mentioning.has(id)) ||
    textMentions(matcher, claim.statement) ||
    textMentions(matcher, claim.note)
  )
}

/** The ids of the claims that mention the entity, through their text or their evidence. */
export function claimsMentioning(
  matcher: EntityMatcher,
  claims: readonly { id: string; statement: string; note: string }[],
  evidence: readonly { claimId: string; highlightId: string }[],
  mentioning: ReadonlySet<string>,
): Set<string> {
  const passages = new Map<string, string[]>()
  for (const link of evidence) {
    const list = passages.get(link.claimId) ?? []
    list.push(link.highlightId)
    passages.set(link.claimId, list)
  }
  const ids = new Set<string>()
  for (const claim of claims) {
    if (claimMentions(matcher, claim, passages.get(claim.id) ?? [], mentioning)) ids.add(claim.id)
  }
  return ids
}

/**
 * Whether a timeline event mentions the entity: its title or note names it, or any of its
 * sources' highlights does.
 */
export function eventMentions(
  matcher: EntityMatcher,
  event: { title: string; note: string; sources: readonly { highlightId: string }[] },
  mentioning: ReadonlySet<string>,
): boolean {
  return (
    event.sources.some((s) => mentioning.has(s.highlightId)) ||
    textMentions(matcher, event.title) ||
    textMentions(matcher, event.note)
  )
}

// ---------------------------------------------------------------------------------------
// The filter's own state, as the views show it.

/**
 * Where an entity filter stands:
 * - `off`: no entity chosen;
 * - `finding`: names are still being found and the entity is not (yet) among them, so nothing
 *   is filtered rather than everything hidden;
 * - `missing`: the index is whole and has no such entity (merged away, its sources gone);
 *   nothing is filtered and the view says so;
 * - `active`: filtering by `entity`; `partial` while some sources are still being read, and
 *   `merged` when the chosen id now lives inside another entity (a merge kept its keys).
 */
export type EntityFilterState =
  | { status: 'off' }
  | { status: 'finding'; id: string }
  | { status: 'missing'; id: string }
  | { status: 'active'; id: string; entity: IndexedEntity; partial: boolean; merged: boolean }

/**
 * The state of the filter on `id` over the index as it stands (null while none is ready);
 * `complete` is false while documents remain to be read.
 */
export function resolveEntityFilter(
  id: string | null,
  index: EntityIndex | null,
  complete: boolean,
): EntityFilterState {
  if (id === null) return { status: 'off' }
  if (index === null) return { status: 'finding', id }
  const own = index.entities.find((e) => e.id === id)
  const entity = own ?? index.entities.find((e) => e.keys.includes(id))
  if (entity) return { status: 'active', id, entity, partial: !complete, merged: !own }
  return complete ? { status: 'missing', id } : { status: 'finding', id }
}

const KIND_LABELS: Record<EntityKind, string> = {
  person: 'person',
  place: 'place',
  organisation: 'organisation',
}

/**
 * The filter's choices: every entity as "Name (kind)", alphabetical so a select's type-ahead
 * finds a name by its first letters; names shared by two entities say how many mentions each
 * has, so they can be told apart.
 */
export function entityFilterOptions(
  entities: readonly IndexedEntity[],
): { value: string; label: string }[] {
  const labels = entities.map((e) => `${e.name} (${KIND_LABELS[e.kind]})`)
  const seen = new Map<string, number>()
  for (const label of labels) seen.set(label, (seen.get(label) ?? 0) + 1)
  return entities
    .map((e, i) => {
      const label = labels[i]!
      const shared = (seen.get(label) ?? 0) > 1
      return {
        value: e.id,
        label: shared ? `${label}, ${e.count} ${e.count === 1 ? 'mention' : 'mentions'}` : label,
      }
    })
    .sort((a, b) => compareText(a.label, b.label) || (a.value < b.value ? -1 : 1))
}

/** The filter's state with a reason names could not be found at all. */
export type EntityFilterShown = EntityFilterState | { status: 'error'; id: string; message: string }

/**
 * What the view says about the filter: `label` names it ("Mentions: Hossein Amir-Abdollahian"),
 * `detail` (possibly empty) says why it shows what it shows. Null when the filter is off.
 * `matching` is true while the items that mention an active entity are still being found.
 */
export function entityFilterSummary(
  state: EntityFilterShown,
  progress: { extracted: number; total: number },
  matching = false,
): { label: string; detail: string } | null {
  const reading =
    progress.total > 0 ? ` (${progress.extracted} of ${progress.total} sources read)` : ''
  switch (state.status) {
    case 'off':
      return null
    case 'finding':
      return {
        label: 'Finding names…',
        detail: `Everything is shown until the entity is found${reading}.`,
      }
    case 'missing':
      return {
        label: 'Mentions: an entity no longer in the index',
        detail: 'It was merged, split or its sources removed, so everything is shown.',
      }
    case 'error':
      return {
        label: 'Names could not be found',
        detail: `${state.message} Everything is shown.`,
      }
    case 'active':
      if (matching) {
        return {
          label: `Finding mentions of ${state.entity.name}…`,
          detail: 'Everything is shown until they are found.',
        }
      }
      return {
        label: `Mentions: ${state.entity.name}`,
        detail: state.merged
          ? 'The entity chosen has been merged into this one.'
          : state.partial
            ? `Still finding names${reading}: more may match.`
            : '',
      }
  }
}
