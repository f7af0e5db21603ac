/**
 * The normalisation rule that groups spellings of one name under one entity key. It is a fixed
 * rule, not a similarity score, so two names either share a key or they do not, and the same
 * names always give the same keys (stored merges and splits refer to them):
 *
 * 1. Unicode compatibility decomposition, diacritics removed, lower case, curly apostrophes
 *    straightened ("Baluchestān" reads "baluchestan").
 * 2. A possessive ending is dropped ("Pakistan's" reads "pakistan").
 * 3. The name is cut into words at anything not a letter or a digit: spaces, hyphens,
 *    apostrophes, dots ("Amir-Abdollahian" is "amir", "abdollahian"; "U.S." is "u", "s").
 * 4. People lose leading titles and honorifics ("Foreign Minister", "Major General", "Dr");
 *    places and organisations lose a leading "the".
 * 5. Known transliteration variants are rewritten word by word from a short table
 *    ({@link TRANSLITERATIONS}): Baluch/Baloch, -estan/-istan in Balochistan, Seistan/Sistan,
 *    Muhammad/Mohammed/Mohammad, organization/organisation. A table rather than a phonetic
 *    code, because phonetic codes join names that differ by one consonant (Iran and Iraq,
 *    Oman and Amman), and in this domain those are the differences that matter.
 * 6. The words are joined with nothing between them, so "Amir Abdollahian",
 *    "Amir-Abdollahian" and "Amirabdollahian" all read "amirabdollahian".
 * 7. A curated alias ("ISPR", "Baloch Liberation Army") takes its gazetteer name's key.
 *
 * The key is `kind:letters`, so a person and a place never share one.
 */
import type { EntityKind } from './entity-kind'
import { GAZETTEER } from './gazetteer'

/**
 * Words that title a person rather than name them, lower case. Only leading ones are removed,
 * so a surname that is also a title ("Martin Luther King") is kept.
 */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'acting',
  'admiral',
  'air',
  'allama',
  'ambassador',
  'army',
  'ayatollah',
  'brig',
  'brigadier',
  'capt',
  'captain',
  'caretaker',
  'chairman',
  'chief',
  'col',
  'colonel',
  'commander',
  'crown',
  'defence',
  'defense',
  'deputy',
  'dr',
  'field',
  'foreign',
  'former',
  'gen',
  'general',
  'governor',
  'hazrat',
  'interior',
  'justice',
  'king',
  'leader',
  'lieutenant',
  'lt',
  'maj',
  'major',
  'marshal',
  'maulana',
  'minister',
  'mr',
  'mrs',
  'ms',
  'mullah',
  'president',
  'prime',
  'prince',
  'prof',
  'professor',
  'queen',
  'rear',
  'secretary',
  'senator',
  'sheikh',
  'shaikh',
  'spokesman',
  'spokesperson',
  'staff',
  'supreme',
  'vice',
])

/**
 * Transliteration variants, word by word, each with the reason it is safe. Every rule is tried
 * on every word, in this order (so "baluchestan" becomes "balochestan", then "balochistan").
 */
export const TRANSLITERATIONS: readonly {
  pattern: RegExp
  replace: string
  why: string
}[] = [
  {
    pattern: /^baluch/,
    replace: 'baloch',
    why: 'Baluch/Baloch (and Baluchi, Baluchistan) are one Persian/Urdu name romanised two ways',
  },
  {
    pattern: /^balochestan$/,
    replace: 'balochistan',
    why: 'the -estan ending is the Persian romanisation of the same -istan',
  },
  { pattern: /^seistan$/, replace: 'sistan', why: 'Seistan is the older spelling of Sistan' },
  {
    pattern: /^(muhammad|mohammed|muhammed|mohamed|mohamad)$/,
    replace: 'mohammad',
    why: 'one Arabic name; the rest of a full name still has to agree',
  },
  { pattern: /^organization$/, replace: 'organisation', why: 'American and British spelling' },
  { pattern: /^center$/, replace: 'centre', why: 'American and British spelling' },
  { pattern: /^defense$/, replace: 'defence', why: 'American and British spelling' },
]

/**
 * Folds a text for comparison: compatibility decomposition, diacritics and other combining
 * marks removed, lower case, curly apostrophes made straight.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
}

/** Whether a word (any case) is a title or honorific that a person's name can start with. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(foldText(word).replace(/\.$/, ''))
}

/**
 * The words of a name after steps 1-5 of the rule (see the module comment), lower case and
 * without separators. A name that is all title ("Minister") keeps its last word, so no name
 * folds to nothing unless it has no letters or digits at all.
 */
export function nameWords(kind: EntityKind, surface: string): string[] {
  const words = foldWords(surface)
  if (kind === 'person') {
    while (words.length > 1 && TITLE_WORDS.has(words[0] ?? '')) words.shift()
  } else if (words.length > 1 && words[0] === 'the') {
    words.shift()
  }
  return words
}

/**
 * Steps 1, 2, 3 and 5 of the rule (everything but the titles): the folded, transliterated
 * words of a text, whatever kind of name it is.
 */
export function foldWords(surface: string): string[] {
  const folded = foldText(surface).trim().replace(/'s?$/, '')
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map(transliterate)
}

function transliterate(word: string): string {
  let out = word
  for (const rule of TRANSLITERATIONS) out = out.replace(rule.pattern, rule.replace)
  return out
}

let aliasKeys: Map<string, string> | null = null

/** Alias key to its gazetteer name's key, built once. */
function aliases(): Map<string, string> {
  if (aliasKeys) return aliasKeys
  aliasKeys = new Map()
  for (const entry of GAZETTEER) {
    if (!entry.kind) continue
    const target = rawKey(entry.kind, entry.name)
    for (const alias of entry.aliases ?? []) {
      const key = rawKey(entry.kind, alias)
      if (key !== target) aliasKeys.set(key, target)
    }
  }
  return aliasKeys
}

function rawKey(kind: EntityKind, surface: string): string {
  return `${kind}:${nameWords(kind, surface).join('')}`
}

/**
 * The entity key of a name: `kind:letters` by the rule in the module comment, so
 * "Hossein Amir-Abdollahian", "Hossein Amir Abdollahian" and "Hossein Amirabdollahian" share
 * "person:hosseinamirabdollahian", and "Iran" and "Iraq" do not share one. A surface with no
 * letters or digits gives `kind:` (extraction never produces one).
 */
export function entityKey(kind: EntityKind, surface: string): string {
  const key = rawKey(kind, surface)
  return aliases().get(key) ?? key
}

/**
 * The keys a one-word mention of this person's surname would have: the joined words from each
 * word after the first to the end ("Hossein Amir Abdollahian" gives "person:amirabdollahian"
 * and "person:abdollahian"). Empty for a one-word name and for places and organisations.
 */
export function surnameKeys(kind: EntityKind, surface: string): string[] {
  if (kind !== 'person') return []
  const words = nameWords(kind, surface)
  const keys: string[] = []
  for (let i = 1; i < words.length; i++) keys.push(`${kind}:${words.slice(i).join('')}`)
  return keys
}

/** Whether a person's name is one word once titles are removed ("President Raisi"). */
export function isSingleWordName(kind: EntityKind, surface: string): boolean {
  return nameWords(kind, surface).length === 1
}
