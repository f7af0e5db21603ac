/**
 * Figures stated in prose: lengths, areas, US dollar sums, percentages and counts of people
 * or weapons, each with its unit normalised and converted to a base unit, so that "565 miles"
 * and "over 900 kilometers" in two sources can be compared. Pure and deterministic; any
 * string is accepted and nothing throws.
 *
 * The extractor is deliberately conservative: a number only becomes a quantity when a unit,
 * a "$" or a counted noun says what it measures. A bare number (a year, a page, a paragraph
 * number, a clock time, an ordinal) says nothing an analyst could compare, and a false
 * figure would surface as a false disagreement.
 */

export type Dimension = 'length' | 'area' | 'money-usd' | 'percent' | 'count'

export type Qualifier = 'exact' | 'approximate' | 'at-least' | 'at-most'

export interface Quantity {
  /** The exact matched text, including a leading qualifier ("over 900 kilometers"). */
  text: string
  start: number
  end: number
  /** The number as written, with any magnitude word applied: "$7.5 billion" is 7.5e9. */
  value: number
  /** 'km', 'mi', 'nmi', 'm', 'km2', 'mi2', 'm2', 'ha', 'usd', '%', or a counted noun. */
  unit: string
  dimension: Dimension
  /** The value in the dimension's base unit: metres, m², USD, percent points, items. */
  base: number
  qualifier: Qualifier
  /**
   * Index in the returned list of the figure this one restates: in "959-kilometer (596 miles)"
   * the parenthetical is the same figure in other units, not a second source's figure.
   */
  restates: number | null
}

export interface UnitInfo {
  dimension: Dimension
  /** Base units per one of this unit. */
  factor: number
  symbol: string
}

const UNITS: Readonly<Record<string, UnitInfo>> = {
  km: { dimension: 'length', factor: 1000, symbol: 'km' },
  m: { dimension: 'length', factor: 1, symbol: 'm' },
  mi: { dimension: 'length', factor: 1609.344, symbol: 'mi' },
  nmi: { dimension: 'length', factor: 1852, symbol: 'nmi' },
  km2: { dimension: 'area', factor: 1e6, symbol: 'km²' },
  m2: { dimension: 'area', factor: 1, symbol: 'm²' },
  mi2: { dimension: 'area', factor: 1609.344 * 1609.344, symbol: 'mi²' },
  ha: { dimension: 'area', factor: 1e4, symbol: 'ha' },
  usd: { dimension: 'money-usd', factor: 1, symbol: '$' },
  '%': { dimension: 'percent', factor: 1, symbol: '%' },
}

const BASE_UNIT: Readonly<Record<Exclude<Dimension, 'count'>, string>> = {
  length: 'm',
  area: 'm2',
  'money-usd': 'usd',
  percent: '%',
}

/** The unit info for a unit id, or null for counted nouns and unknown ids. */
export function unitInfo(unit: string): UnitInfo | null {
  return Object.prototype.hasOwnProperty.call(UNITS, unit) ? (UNITS[unit] ?? null) : null
}

// Area before length so "square kilometres" is not read as kilometres, and nautical miles
// before miles. A bare "m" is not a length: in news copy "5m" is as often five million.
const MEASURE_UNITS: readonly (readonly [RegExp, string])[] = [
  [/^(?:square[\s\u00a0]+(?:kilomet(?:er|re)s?|kms?)|sq\.?[\s\u00a0]?kms?|km²|km2)/i, 'km2'],
  [/^(?:square[\s\u00a0]+miles?|sq\.?[\s\u00a0]?mi(?:les?)?|mi²)/i, 'mi2'],
  [/^(?:square[\s\u00a0]+met(?:er|re)s?|sq\.?[\s\u00a0]?m|m²)/i, 'm2'],
  [/^hectares?/i, 'ha'],
  [/^(?:nautical[\s\u00a0]+miles?|nmi)/i, 'nmi'],
  [/^(?:kilomet(?:er|re)s?|kms?)/i, 'km'],
  [/^(?:miles?|mi)/i, 'mi'],
  [/^met(?:er|re)s?/i, 'm'],
]

// A speed ("120 km/h", "60 miles per hour") is not a length.
const NOT_A_LENGTH_AFTER = /^[\s\u00a0]*(?:\/|per[\s\u00a0])/i
const WORD_END = /^(?![\p{L}\p{N}])/u

const PERCENT_UNIT = /^[\s\u00a0]?(?:%|per[\s\u00a0]?cent(?![\p{L}\p{N}]))/iu
const DOLLARS_AFTER =
  /^(?:[\s\u00a0]+(?:US[\s\u00a0]+|U\.S\.[\s\u00a0]+)?dollars?|[\s\u00a0]*USD)(?![\p{L}\p{N}])/u

const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  lakh: 1e5,
  crore: 1e7,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
}
const MULTIPLIER_WORD =
  /^[\s\u00a0]+(thousand|lakh|crore|million|billion|trillion)(?![\p{L}\p{N}])/iu
// Abbreviations are only trusted after "$", where "$5m" cannot mean five metres.
const MONEY_ABBREVIATION = /^(?:[\s\u00a0]?(mn|bn|tn)|(m|b|k))(?![\p{L}\p{N}])/iu
const MONEY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
  tn: 1e12,
}

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

const NOUN_ALTERNATION = Object.keys(COUNTED_NOUNS)
  .sort((a, b) => b.length - a.length)
  .map((noun) => noun.replace(' ', '[\\s\\u00a0]+'))
  .join('|')
const NOUN_RE = new RegExp(`^(?:${NOUN_ALTERNATION})(?![\\p{L}\\p{N}])`, 'iu')
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

const QUALIFIER_PHRASES: readonly (readonly [string, Qualifier])[] = [
  ['at least', 'at-least'],
  ['more than', 'at-least'],
  ['over', 'at-least'],
  ['above', 'at-least'],
  ['exceeding', 'at-least'],
  ['in excess of', 'at-least'],
  ['upwards of', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['about', 'approximate'],
  ['around', 'approximate'],
  ['nearly', 'approximate'],
  ['some', 'approximate'],
  ['roughly', 'approximate'],
  ['approximately', 'approximate'],
  ['approx.', 'approximate'],
  ['almost', 'approximate'],
  ['circa', 'approximate'],
  ['c.', 'approximate'],
  ['ca.', 'approximate'],
  ['an estimated', 'approximate'],
  ['estimated', 'approximate'],
  ['close to', 'approximate'],
  ['under', 'at-most'],
  ['less than', 'at-most'],
  ['fewer than', 'at-most'],
  ['up to', 'at-most'],
  ['below', 'at-most'],
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['at most', 'at-most'],
  ['a maximum of', 'at-most'],
]
const QUALIFIER_BY_PHRASE = new Map(QUALIFIER_PHRASES)
const QUALIFIER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...QUALIFIER_BY_PHRASE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/\./g, '\\.').replace(/ /g, '[\\s\\u00a0]+'))
    .join('|')})[\\s\\u00a0]{1,3}$|~[\\s\\u00a0]?$`,
  'iu',
)
const QUALIFIER_WINDOW = 40

// A number glued to a letter, a digit, a decimal point or a colon is part of something
// else: "km2", "Vol.6", "10:30"; after "letter-" it is a name ("F-16"), after "digit-" the
// end of a range ("80-90"), after ¶ or § a paragraph number.
const NOT_A_NUMBER_BEFORE = /(?:[\p{L}\p{N}_.,:/]|[\p{L}\p{N}][-‑–]|[¶§#][\s\u00a0]*)$/u
const DIGITS_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?/g
const MONEY_PREFIX =
  /(?<![\p{L}\p{N}])(?:US[\s\u00a0]?\$|U\.S\.[\s\u00a0]?\$|\$|USD[\s\u00a0]?)[\s\u00a0]?$/u
const FOREIGN_DOLLAR = /\p{L}\$[\s\u00a0]?$/u
// What comes before a year: a time preposition ("in 2024") or a date ("16 January 2024",
// "January 16, 2024").
const YEAR_PREPOSITION =
  /(?:(?<![\p{L}\p{N}])(?:in|since|by|until|till|from|after|before|during|year|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|(?<![\p{N}])\d{1,2}(?:st|nd|rd|th)?,?)[\s\u00a0]+$/iu

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}
const WORD_SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1000,
  million: 1e6,
}
const SMALL_ALT = Object.keys(SMALL_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const TENS_ALT = Object.keys(TENS).join('|')
const DIGIT_WORD_ALT = Object.keys(SMALL_NUMBERS).slice(0, 9).join('|')
const NUMBER_WORD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(a[\\s\\u00a0]+dozen)|(?:a|an)[\\s\\u00a0]+(hundred|thousand)|` +
    `(?:(${TENS_ALT})(?:-(${DIGIT_WORD_ALT}))?|(${SMALL_ALT}))(?:[\\s\\u00a0]+(hundred|thousand|million))?)` +
    `(?![\\p{L}\\p{N}-])`,
  'giu',
)

interface Candidate {
  start: number
  end: number
  value: number
  unit: string
  dimension: Dimension
  qualifier: Qualifier
}

/** Every figure the text states, in order of position. */
export function extractQuantities(text: string): Quantity[] {
  const candidates: Candidate[] = []
  for (const match of text.matchAll(DIGITS_RE)) {
    const found = readDigitQuantity(text, match.index, match.index + match[0].length, match[0])
    if (found) candidates.push(found)
  }
  for (const match of text.matchAll(NUMBER_WORD_RE)) {
    const found = readWordCount(text, match)
    if (found) candidates.push(found)
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)

  const quantities: Quantity[] = []
  let lastEnd = -1
  for (const c of candidates) {
    if (c.start < lastEnd) continue
    lastEnd = c.end
    const factor = unitInfo(c.unit)?.factor ?? 1
    quantities.push({
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      value: c.value,
      unit: c.unit,
      dimension: c.dimension,
      base: c.value * factor,
      qualifier: c.qualifier,
      restates: null,
    })
  }
  linkRestatements(text, quantities)
  return quantities
}

function readDigitQuantity(
  text: string,
  numStart: number,
  numEnd: number,
  digits: string,
): Candidate | null {
  const before = text.slice(Math.max(0, numStart - QUALIFIER_WINDOW), numStart)
  const moneyPrefix = MONEY_PREFIX.exec(before)
  if (!moneyPrefix && NOT_A_NUMBER_BEFORE.test(before)) return null
  if (!moneyPrefix && FOREIGN_DOLLAR.test(before)) return null
  const after = text.slice(numEnd, numEnd + 60)
  // A clock time or a ratio, "10:30".
  if (/^:\d/.test(after)) return null
  const number = Number(digits.replace(/,/g, ''))
  if (!Number.isFinite(number)) return null

  if (moneyPrefix) {
    const anchor = numStart - moneyPrefix[0].length
    let value = number
    let end = numEnd
    const word = MULTIPLIER_WORD.exec(after)
    const abbreviation = word ? null : MONEY_ABBREVIATION.exec(after)
    if (word?.[1]) {
      value *= MULTIPLIERS[word[1].toLowerCase()] ?? 1
      end += word[0].length
    } else if (abbreviation) {
      const key = (abbreviation[1] ?? abbreviation[2] ?? '').toLowerCase()
      value *= MONEY_ABBREVIATIONS[key] ?? 1
      end += abbreviation[0].length
    }
    return withQualifier(text, anchor, { end, value, unit: 'usd', dimension: 'money-usd' })
  }

  let value = number
  let rest = after
  let consumed = 0
  const word = MULTIPLIER_WORD.exec(rest)
  if (word?.[1]) {
    value *= MULTIPLIERS[word[1].toLowerCase()] ?? 1
    consumed += word[0].length
    rest = rest.slice(word[0].length)
  }

  const dollars = DOLLARS_AFTER.exec(rest)
  if (dollars) {
    return withQualifier(text, numStart, {
      end: numEnd + consumed + dollars[0].length,
      value,
      unit: 'usd',
      dimension: 'money-usd',
    })
  }

  const percent = PERCENT_UNIT.exec(rest)
  if (percent && !word) {
    return withQualifier(text, numStart, {
      end: numEnd + percent[0].length,
      value,
      unit: '%',
      dimension: 'percent',
    })
  }

  const measure = readMeasureUnit(rest)
  if (measure) {
    return withQualifier(text, numStart, {
      end: numEnd + consumed + measure.length,
      value,
      unit: measure.unit,
      dimension: unitInfo(measure.unit)?.dimension ?? 'length',
    })
  }

  let plus = false
  if (!word && rest.startsWith('+')) {
    plus = true
    consumed += 1
    rest = rest.slice(1)
  }
  const noun = readCountedNoun(rest, value)
  if (!noun) return null
  if (!word && !plus && looksLikeYear(digits, before)) return null
  const found = withQualifier(text, numStart, {
    end: numEnd + consumed + noun.length,
    value,
    unit: noun.unit,
    dimension: 'count',
  })
  if (plus && found.qualifier === 'exact') found.qualifier = 'at-least'
  return found
}

function readMeasureUnit(rest: string): { unit: string; length: number } | null {
  const sep = /^(?:[\s\u00a0]+|[-‑]|)/.exec(rest)?.[0] ?? ''
  const tail = rest.slice(sep.length)
  for (const [pattern, unit] of MEASURE_UNITS) {
    const match = pattern.exec(tail)
    if (!match) continue
    const afterUnit = tail.slice(match[0].length)
    if (!WORD_END.test(afterUnit)) continue
    if (UNITS[unit]?.dimension === 'length' && NOT_A_LENGTH_AFTER.test(afterUnit)) continue
    return { unit, length: sep.length + match[0].length }
  }
  return null
}

/** A counted noun after whitespace, possibly after one adjective: "two children", "three US service members". */
function readCountedNoun(rest: string, value: number): { unit: string; length: number } | null {
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

// "2024 two children": a number word starts a count of its own.
function isNumberWord(word: string): boolean {
  return (
    SMALL_NUMBERS[word] !== undefined ||
    WORD_SCALES[word] !== undefined ||
    word === 'dozen' ||
    Object.keys(TENS).some((tens) => word === tens || word.startsWith(`${tens}-`))
  )
}

function nounUnit(noun: string, value: number): string | null {
  const key = noun.toLowerCase().replace(/[\s\u00a0]+/g, ' ')
  if (value !== 1 && SINGULAR_FORMS.has(key)) return null
  return COUNTED_NOUNS[key] ?? null
}

// "In 2024 people voted": a bare four-digit number after a time preposition is a year.
function looksLikeYear(digits: string, before: string): boolean {
  if (!/^\d{4}$/.test(digits)) return false
  const n = Number(digits)
  return n >= 1800 && n <= 2100 && YEAR_PREPOSITION.test(before)
}

function readWordCount(text: string, match: RegExpMatchArray): Candidate | null {
  const start = match.index ?? 0
  const end = start + match[0].length
  const [, dozen, aScale, tens, unitsAfterTens, small, scale] = match
  let value: number
  let approximate = false
  if (dozen) {
    value = 12
    approximate = true
  } else if (aScale) {
    value = WORD_SCALES[aScale.toLowerCase()] ?? 0
  } else {
    value =
      (tens ? (TENS[tens.toLowerCase()] ?? 0) : 0) +
      (unitsAfterTens ? (SMALL_NUMBERS[unitsAfterTens.toLowerCase()] ?? 0) : 0) +
      (small ? (SMALL_NUMBERS[small.toLowerCase()] ?? 0) : 0)
    if (scale) value *= WORD_SCALES[scale.toLowerCase()] ?? 1
  }
  if (value <= 0) return null
  const noun = readCountedNoun(text.slice(end, end + 60), value)
  if (!noun) return null
  const found = withQualifier(text, start, {
    end: end + noun.length,
    value,
    unit: noun.unit,
    dimension: 'count',
  })
  if (approximate && found.qualifier === 'exact') found.qualifier = 'approximate'
  return found
}

function withQualifier(
  text: string,
  anchor: number,
  rest: Omit<Candidate, 'start' | 'qualifier'>,
): Candidate {
  const before = text.slice(Math.max(0, anchor - QUALIFIER_WINDOW), anchor)
  const match = QUALIFIER_RE.exec(before)
  if (!match) return { ...rest, start: anchor, qualifier: 'exact' }
  const phrase = match[1]
  const qualifier = phrase
    ? (QUALIFIER_BY_PHRASE.get(phrase.toLowerCase().replace(/[\s\u00a0]+/g, ' ')) ?? 'exact')
    : 'approximate'
  return { ...rest, start: anchor - (before.length - match.index), qualifier }
}

// "959-kilometer (596 miles)": a figure opening a parenthesis right after one of the same
// dimension restates it; a further one in the same parenthesis after "," "/" or "or"
// ("(596 miles, or 0.96 Mm)") restates the same original.
function linkRestatements(text: string, quantities: Quantity[]): void {
  for (let i = 1; i < quantities.length; i++) {
    const current = quantities[i]
    const previous = quantities[i - 1]
    if (!current || !previous) continue
    const gap = text.slice(previous.end, current.start)
    let target: number | null = null
    if (/^[\s\u00a0]*[([][\s\u00a0]*$/.test(gap)) target = i - 1
    else if (
      previous.restates !== null &&
      /^[\s\u00a0]*(?:[,;/][\s\u00a0]*(?:or[\s\u00a0]+)?|or[\s\u00a0]+)$/i.test(gap)
    ) {
      target = previous.restates
    }
    if (target === null) continue
    const original = quantities[target]
    if (!original || original.dimension !== current.dimension) continue
    if (current.dimension === 'count' && original.unit !== current.unit) continue
    current.restates = target
  }
}

/**
 * Formats a figure, or a base value in a chosen unit: "959 km", "596 mi", "$7.5 billion",
 * "84 people", "12%". Converted values are rounded so that a conversion does not show false
 * precision ("909.3 km" for 565 miles).
 */
export function formatQuantity(q: { base: number; dimension: Dimension; unit: string }): string {
  switch (q.dimension) {
    case 'money-usd':
      return formatMoney(q.base)
    case 'percent':
      return `${formatNumber(q.base)}%`
    case 'count': {
      const noun = q.base === 1 ? (SINGULAR[q.unit] ?? q.unit.replace(/s$/, '')) : q.unit
      return `${formatLarge(q.base)} ${noun}`
    }
    default: {
      const info = unitInfo(q.unit)
      const unit = info?.dimension === q.dimension ? info : unitInfo(BASE_UNIT[q.dimension])
      if (!unit) return formatLarge(q.base)
      return `${formatLarge(q.base / unit.factor)} ${unit.symbol}`
    }
  }
}

function formatMoney(base: number): string {
  const sign = base < 0 ? '-' : ''
  return `${sign}$${formatLarge(Math.abs(base))}`
}

function formatLarge(n: number): string {
  const abs = Math.abs(n)
  if (abs >= 1e12) return `${formatNumber(n / 1e12)} trillion`
  if (abs >= 1e9) return `${formatNumber(n / 1e9)} billion`
  if (abs >= 1e6) return `${formatNumber(n / 1e6)} million`
  return formatNumber(n)
}

/** Rounds by magnitude (whole numbers from 1,000, one decimal from 100) and groups thousands. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  const abs = Math.abs(n)
  const decimals = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3
  let fixed = abs.toFixed(decimals)
  if (fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '')
  const [whole = '0', fraction] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const body = fraction ? `${grouped}.${fraction}` : grouped
  return n < 0 && body !== '0' ? `-${body}` : body
}
