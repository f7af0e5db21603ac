/**
 * The nouns a count counts ("84 people", "three US service members", "two wounded
 * soldiers"): which nouns, their normal forms, and how a noun phrase after a number is read.
 */

import { CARDINAL_WORDS, scaleWords, TENS_WORDS } from '../text/number-words'
import { phraseAlternation, WORD_END } from '../text/prose-patterns'

/**
 * Counted nouns, each variant mapped to its normal form. Counts of different normal forms
 * are never compared: "84 people" and "84 deaths" may be the same fact or not. The list is
 * kept to things conflict reporting counts (people, casualties, fighters, munitions), since
 * "six markets" or "39 MoUs" are rarely contested between sources and a longer list brings
 * more false matches.
 */
const COUNTED_NOUNS: Readonly<Record<string, string>> = {
  people: 'people',
  persons: 'people',
  person: 'people',
  civilians: 'civilians',
  civilian: 'civilians',
  children: 'children',
  child: 'children',
  minors: 'children',
  minor: 'children',
  women: 'women',
  woman: 'women',
  men: 'men',
  man: 'men',
  soldiers: 'soldiers',
  soldier: 'soldiers',
  troops: 'soldiers',
  'service members': 'service members',
  'service member': 'service members',
  servicemen: 'service members',
  serviceman: 'service members',
  'security personnel': 'security personnel',
  personnel: 'personnel',
  'police officers': 'police officers',
  'police officer': 'police officers',
  policemen: 'police officers',
  policeman: 'police officers',
  'border guards': 'border guards',
  'border guard': 'border guards',
  guards: 'guards',
  guard: 'guards',
  militants: 'militants',
  militant: 'militants',
  terrorists: 'terrorists',
  terrorist: 'terrorists',
  insurgents: 'insurgents',
  insurgent: 'insurgents',
  separatists: 'separatists',
  separatist: 'separatists',
  fighters: 'fighters',
  fighter: 'fighters',
  refugees: 'refugees',
  refugee: 'refugees',
  migrants: 'migrants',
  migrant: 'migrants',
  hostages: 'hostages',
  hostage: 'hostages',
  victims: 'victims',
  victim: 'victims',
  casualties: 'casualties',
  casualty: 'casualties',
  dead: 'deaths',
  deaths: 'deaths',
  death: 'deaths',
  killed: 'deaths',
  fatalities: 'deaths',
  fatality: 'deaths',
  injured: 'injured',
  wounded: 'injured',
  injuries: 'injured',
  missiles: 'missiles',
  missile: 'missiles',
  drones: 'drones',
  drone: 'drones',
  rockets: 'rockets',
  rocket: 'rockets',
}

// Participles double as nouns ("84 killed") but also sit in the adjective slot ("two wounded
// soldiers"), where the noun after them is what is counted.
const PARTICIPLES = new Set(['dead', 'killed', 'injured', 'wounded'])

// A singular noun after a number other than one is attributive: "two missile strikes" counts
// strikes, not missiles. It may still be the adjective before a counted noun ("three child
// soldiers").
const SINGULAR_FORMS = new Set([
  'person',
  'civilian',
  'child',
  'minor',
  'woman',
  'man',
  'soldier',
  'service member',
  'serviceman',
  'police officer',
  'policeman',
  'border guard',
  'guard',
  'militant',
  'terrorist',
  'insurgent',
  'separatist',
  'fighter',
  'refugee',
  'migrant',
  'hostage',
  'victim',
  'casualty',
  'death',
  'fatality',
  'missile',
  'drone',
  'rocket',
])

// The singular of each plural normal form that is not the plural less its "s".
const SINGULAR: Readonly<Record<string, string>> = {
  people: 'person',
  children: 'child',
  women: 'woman',
  men: 'man',
  deaths: 'death',
  casualties: 'casualty',
  'police officers': 'police officer',
  'service members': 'service member',
  'border guards': 'border guard',
}

/** The counted nouns' normal forms, for callers that want to list what is counted. */
export const COUNTED_UNITS: readonly string[] = [...new Set(Object.values(COUNTED_NOUNS))].sort()

const NOUN_RE = new RegExp(`^(?:${phraseAlternation(Object.keys(COUNTED_NOUNS))})${WORD_END}`, 'iu')
const ADJECTIVE_RE = /^([\p{L}][\p{L}'’-]*)[\s\u00a0]+/u

// Words that end a noun phrase, so "84 of the people" or "3 and 40 people" are not counts.
const NOT_ADJECTIVES = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'but',
  'by',
  'for',
  'from',
  'had',
  'has',
  'have',
  'in',
  'into',
  'is',
  'of',
  'on',
  'or',
  'per',
  'than',
  'that',
  'the',
  'to',
  'was',
  'were',
  'which',
  'who',
  'with',
])

/**
 * A counted noun after whitespace, possibly after one adjective: "two children", "three US
 * service members". `value` is the number counted: after any number but one, a singular noun
 * is attributive ("two missile strikes") and not counted.
 */
export function readCountedNoun(
  rest: string,
  value: number,
): { unit: string; length: number } | null {
  const space = /^[\s\u00a0]+/.exec(rest)
  if (!space) return null
  const tail = rest.slice(space[0].length)
  const adjective = ADJECTIVE_RE.exec(tail)
  if (adjective?.[1]) {
    const word = adjective[1].toLowerCase()
    const isHeadNoun =
      COUNTED_NOUNS[word] !== undefined && !PARTICIPLES.has(word) && !SINGULAR_FORMS.has(word)
    if (!isHeadNoun && !NOT_ADJECTIVES.has(word) && !isNumberWord(word)) {
      const noun = NOUN_RE.exec(tail.slice(adjective[0].length))
      const unit = noun ? nounUnit(noun[0], value) : null
      if (noun && unit) {
        return { unit, length: space[0].length + adjective[0].length + noun[0].length }
      }
    }
  }
  const noun = NOUN_RE.exec(tail)
  const unit = noun ? nounUnit(noun[0], value) : null
  return noun && unit ? { unit, length: space[0].length + noun[0].length } : null
}

/** "hundred", "thousand" and "million", the scale words a count is written with. */
export const COUNT_SCALES = scaleWords('hundred', 'thousand', 'million')

// "2024 two children": a number word starts a count of its own.
function isNumberWord(word: string): boolean {
  return (
    CARDINAL_WORDS[word] !== undefined ||
    COUNT_SCALES[word] !== undefined ||
    word === 'dozen' ||
    Object.keys(TENS_WORDS).some((tens) => word === tens || word.startsWith(`${tens}-`))
  )
}

function nounUnit(noun: string, value: number): string | null {
  const key = noun.toLowerCase().replace(/[\s\u00a0]+/g, ' ')
  if (value !== 1 && SINGULAR_FORMS.has(key)) return null
  return COUNTED_NOUNS[key] ?? null
}

/** The singular of a counted noun's normal form: "person" for "people", "drone" for "drones". */
export function singularOf(unit: string): string {
  return SINGULAR[unit] ?? unit.replace(/s$/, '')
}
