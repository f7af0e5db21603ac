/**
 * Finds the people, places and organisations a document names. Three readers, in order of
 * trust: the curated gazetteer (./gazetteer.ts), all-caps datelines ("ISLAMABAD:"), and
 * compromise's people(), places() and organizations(), whose raw matches are cleaned of what
 * breaks on news text: lists read as one name ("China, Pakistan, Iran"), possessives
 * ("Pakistan's Balochistan province"), titles ("Foreign Minister ..."), trailing punctuation,
 * demonyms ("Iranian territory"), generic nouns ("province"), sentence-initial words
 * ("Will Pakistan"), months read as people ("June"), and names cut short ("Jalil Abbas").
 * People named by a title alone ("General Munir") are added. Headings (title case fools any
 * tagger) and reference lists get the gazetteer alone, and in-text citations ("(Ali, 2024)")
 * give nothing. Over the whole document, acronyms the text defines ("... Agency (PMSA)") are
 * marked, and names, surnames and those acronyms are found again where the text repeats them.
 * Runs in Node and in a browser worker (compromise has no Node dependency); about 75-100 ms
 * per 2,000 words once warm, so it belongs in a worker, never on the UI thread.
 */
import nlp from 'compromise'
import type { Block, DocumentModel } from '../corpus/document-model'
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-names'
import type { EntityKind, EntityMention } from './entity-kind'
import { isTitleWord } from './entity-key'
import { gazetteerMatches } from './gazetteer-match'

/** How much of a block to read: everything, or the gazetteer alone. */
export type ExtractMode = 'full' | 'gazetteer'

/**
 * Every mention in a document, in text order, with offsets into its canonical text. compromise
 * reads the whole text in one pass (one call per block costs about twice as much); headings
 * and the blocks of a references section are read with the gazetteer alone. A name found once
 * is then found wherever else the document repeats it ({@link repeatedNames}).
 */
export function extractEntities(doc: Pick<DocumentModel, 'blocks' | 'text'>): EntityMention[] {
  const tagged = compromiseMatches(doc.text)
  const mentions: EntityMention[] = []
  const fullBlocks: Block[] = []
  let inReferences = false
  for (const block of doc.blocks) {
    if (block.kind === 'heading') inReferences = REFERENCES_HEADING.test(block.text)
    const full = !(block.kind === 'heading' || inReferences || CITATION_ITEM.test(block.text))
    if (full) fullBlocks.push(block)
    const inside = full
      ? tagged
          .filter((c) => c.start >= block.start && c.end <= block.end)
          .map((c) => ({ ...c, start: c.start - block.start, end: c.end - block.start }))
      : []
    for (const mention of readBlock(block.text, inside)) {
      mentions.push({
        ...mention,
        start: mention.start + block.start,
        end: mention.end + block.start,
      })
    }
  }
  mentions.sort((a, b) => a.start - b.start)
  const defined = definedAcronyms(doc.text, mentions)
  return [...defined, ...repeatedNames(fullBlocks, defined)].sort((a, b) => a.start - b.start)
}

/**
 * Acronyms the text defines: a name followed by its initials in brackets ("Pakistan Maritime
 * Security Agency (PMSA)", "Tehreek-e-Taliban Pakistan (TTP)"). The acronym is a mention of the
 * same kind carrying `abbreviates` (the name), so the index can group it with the name. The
 * initials are those of the name's capitalised words, split at spaces and hyphens. Returns
 * the mentions (in text order) with those acronyms added or marked.
 */
function definedAcronyms(text: string, sorted: readonly EntityMention[]): EntityMention[] {
  const out = [...sorted]
  for (let i = 0; i < out.length; i++) {
    const name = out[i]!
    const m = /^ \((\p{Lu}{2,6})\)/u.exec(text.slice(name.end, name.end + 10))
    if (!m?.[1] || initials(name.surface) !== m[1]) continue
    const start = name.end + 2
    const end = start + m[1].length
    const existing = out.findIndex((x) => x.start === start && x.end === end)
    const acronym: EntityMention = {
      kind: name.kind,
      surface: m[1],
      start,
      end,
      abbreviates: name.surface,
    }
    if (existing >= 0) out[existing] = acronym
    else out.splice(i + 1, 0, acronym)
  }
  return out
}

function initials(name: string): string {
  return name
    .split(/[\s\-‐‑]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
}

/**
 * Mentions compromise missed of names the document has already given: a multi-word name
 * repeated ("Jan Achakzai"), and a person's surname alone ("Raisi", "Munir", "Mahsud" after
 * "Ebrahim Raisi", "Asim Munir", "Mansur Khan Mahsud"). Only exact, capitalised, whole-word
 * occurrences in fully read blocks, outside citations and existing mentions. A surname is
 * taken only if it has four letters or more and compromise's lexicon knows it as a name or
 * not at all, so a surname that is also a word ("Said", "Long") is not repeated.
 */
function repeatedNames(blocks: readonly Block[], found: readonly EntityMention[]): EntityMention[] {
  const names = new Map<string, EntityKind>()
  for (const m of found) {
    if (m.abbreviates !== undefined) names.set(m.surface, m.kind)
    const words = m.surface.split(' ')
    if (words.length < 2) continue
    names.set(m.surface, m.kind)
    const surname = words[words.length - 1]!
    if (m.kind === 'person' && isRepeatableSurname(surname) && !names.has(surname)) {
      names.set(surname, 'person')
    }
  }
  const ordered = [...names].sort(([a], [b]) => b.length - a.length)
  const taken: { start: number; end: number }[] = [...found]
  const added: EntityMention[] = []
  for (const block of blocks) {
    const citations = citationRanges(block.text).map((r) => ({
      start: r.start + block.start,
      end: r.end + block.start,
    }))
    for (const [name, kind] of ordered) {
      for (let at = block.text.indexOf(name); at >= 0; at = block.text.indexOf(name, at + 1)) {
        const before = block.text[at - 1] ?? ''
        const after = block.text[at + name.length] ?? ''
        if (/[\p{L}\p{N}\-‐‑]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue
        const span = { start: block.start + at, end: block.start + at + name.length }
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue
        if (citations.some((c) => c.start <= span.start && span.end <= c.end)) continue
        taken.push(span)
        added.push({ kind, surface: name, ...span })
      }
    }
  }
  return added
}

const SURNAME_TAGS: ReadonlySet<string> = new Set([
  'LastName',
  'FirstName',
  'Person',
  'MaleName',
  'FemaleName',
])

function isRepeatableSurname(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word) || isTitleWord(word)) return false
  if (MONTHS_AND_DAYS.has(word.toLowerCase()) || EDGE_WORDS.has(word.toLowerCase())) return false
  const tag = lexiconTag(word)
  return tag === undefined || SURNAME_TAGS.has(tag)
}

const REFERENCES_HEADING = /^(references|bibliography|works cited|sources|further reading)\b/i
/** A reference list entry: "Surname, A. (2024, January 17). Title." */
const CITATION_ITEM = /^[^()]{1,160}\((?:1[89]\d\d|20\d\d|n\.d\.)[^()]{0,40}\)\./

/**
 * The mentions in one stretch of text (one paragraph: it should not span blocks), in text
 * order, offsets relative to `text`; `mode` 'gazetteer' leaves compromise out.
 */
export function extractFromText(text: string, mode: ExtractMode = 'full'): EntityMention[] {
  return readBlock(text, mode === 'full' ? compromiseMatches(text) : [])
}

/**
 * One block's mentions from the curated readers and compromise's (cleaned) candidates.
 * Overlaps are resolved: the gazetteer beats what it crosses, and a longer compromise name
 * beats a gazetteer name inside it ("Pakistan Maritime Security Agency" over "Pakistan")
 * unless all it adds is a demonym ("Pakistani Foreign Office" gives "Foreign Office").
 */
function readBlock(text: string, tagged: Candidate[]): EntityMention[] {
  const curated = gazetteerMatches(text)
  // A dateline that holds curated names is read as those names ("PAKISTAN-IRAN BORDER:").
  curated.push(...datelineMatches(text).filter((d) => !curated.some((c) => overlaps(c, d))))
  const kept = resolveOverlaps(text, curated, tagged)
  const citations = citationRanges(text)
  return kept
    .filter((c): c is Candidate & { kind: EntityKind } => c.kind !== null)
    .filter((c) => !citations.some((r) => c.start >= r.start && c.end <= r.end))
    .sort((a, b) => a.start - b.start)
    .map(({ kind, start, end }) => ({ kind, surface: text.slice(start, end), start, end }))
}

interface Candidate {
  kind: EntityKind | null
  start: number
  end: number
}

function resolveOverlaps(text: string, curated: Candidate[], tagged: Candidate[]): Candidate[] {
  const byLength = (a: Candidate, b: Candidate) => b.end - b.start - (a.end - a.start)
  let kept: Candidate[] = []
  for (const c of [...curated].sort(byLength)) {
    if (!kept.some((k) => overlaps(k, c))) kept.push(c)
  }
  for (const c of [...tagged].sort(byLength)) {
    const hits = kept.filter((k) => overlaps(k, c))
    const contains = hits.every(
      (k) => c.start <= k.start && k.end <= c.end && k.end - k.start < c.end - c.start,
    )
    if (hits.length === 0) kept.push(c)
    else if (contains && !onlyDemonymBefore(text, c, hits)) {
      kept = kept.filter((k) => !hits.includes(k))
      kept.push(c)
    }
  }
  return kept
}

/** "Pakistani Foreign Office" adds only a demonym to "Foreign Office": the curated name stays. */
function onlyDemonymBefore(text: string, outer: Candidate, inner: Candidate[]): boolean {
  if (inner.length !== 1) return false
  const only = inner[0]!
  const before = text.slice(outer.start, only.start).trim()
  return only.end === outer.end && lexiconTag(before) === 'Demonym'
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end
}

// ---------------------------------------------------------------------------------------
// Datelines: "ISLAMABAD:", "QUETTA, Pakistan —" at the start of a block.

const DATELINE =
  /^([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2})(?:, [A-Z][\p{L} .]{1,30}?)? ?[:—–] /u

function datelineMatches(text: string): Candidate[] {
  const m = DATELINE.exec(text)
  if (!m?.[1]) return []
  return [{ kind: 'place', start: 0, end: m[1].length }]
}

// ---------------------------------------------------------------------------------------
// In-text citations: "(Ali, 2024)", "(Schuett, & Hollingworth, 2018)".

const CITATION = /\([^()]{1,80}?,? (?:1[89]\d\d|20\d\d)[a-z]?(?:[,;][^()]{0,40})?\)/g

function citationRanges(text: string): { start: number; end: number }[] {
  return [...text.matchAll(CITATION)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

// ---------------------------------------------------------------------------------------
// compromise, cleaned.

interface Term {
  text: string
  tags: ReadonlySet<string>
  start: number
  end: number
}

interface TermJson {
  text: string
  tags: string[]
  offset: { start: number; length: number }
}

/**
 * The term tags compromise's people(), places() and organizations() select runs of (see
 * compromise/src/3-three/topics): read from one pass over the terms rather than three matcher
 * calls, which cost about as much again as tagging itself. Commas and the like are split on
 * afterwards ({@link segments}), as those methods do.
 */
const KIND_TAGS: readonly { kind: EntityKind; tags: readonly string[] }[] = [
  { kind: 'person', tags: ['Person', 'Honorific'] },
  { kind: 'place', tags: ['Place', 'Address'] },
  { kind: 'organisation', tags: ['Organization'] },
]

function compromiseMatches(text: string): Candidate[] {
  const terms: Term[] = []
  for (const sentence of nlp(text).json({ offset: true, terms: { offset: true } }) as {
    terms: TermJson[]
  }[]) {
    for (const t of sentence.terms) {
      terms.push({
        text: t.text,
        tags: new Set(t.tags),
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
      })
    }
  }
  const found: Candidate[] = []
  for (const { kind, tags } of KIND_TAGS) {
    let run: number[] = []
    const flush = () => {
      for (const segment of segments(text, terms, run)) {
        const cleaned = clean(text, terms, segment, kind)
        if (cleaned) found.push(cleaned)
      }
      run = []
    }
    terms.forEach((term, i) => {
      if (tags.some((tag) => term.tags.has(tag))) run.push(i)
      else if (run.length > 0) flush()
    })
    if (run.length > 0) flush()
  }
  return [...found, ...titledNames(text, terms)]
}

/** Splits a match where its words are not one name: punctuation, possessives, country pairs. */
function segments(text: string, terms: Term[], indices: number[]): number[][] {
  const out: number[][] = []
  let current: number[] = []
  for (const i of indices) {
    const prev = current[current.length - 1]
    if (prev !== undefined && !sameName(text, terms, prev, i)) {
      out.push(current)
      current = []
    }
    current.push(i)
  }
  if (current.length > 0) out.push(current)
  return out
}

function sameName(text: string, terms: Term[], a: number, b: number): boolean {
  const left = terms[a]!
  const right = terms[b]!
  if (b !== a + 1 || isPossessive(left)) return false
  const gap = text.slice(left.end, right.start)
  if (gap === ' ') return true
  if (!/^[-‐‑]$/.test(gap)) return false
  // "Iran-Pakistan", "Afghanistan-Pakistan": two countries, not one name.
  return !(left.tags.has('Country') && right.tags.has('Country'))
}

function isPossessive(term: Term): boolean {
  return /['’]s?$/.test(term.text) && (term.tags.has('Possessive') || /['’]s$/.test(term.text))
}

const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(
  [...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()),
)

/** Capitalised function words that start sentences, not names ("Will Pakistan go ahead?"). */
const EDGE_WORDS: ReadonlySet<string> = new Set(
  (
    'a after all an and as at before both but by can could did do does during for from has ' +
    'have if in is may might must of on or shall should since some that the these this those ' +
    'to was were when while will with would'
  ).split(' '),
)

/** Lower-case heads an organisation keeps ("Pakistani army", "Afghan government"). */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'army',
  'military',
  'navy',
  'government',
  'ministry',
  'police',
  'parliament',
  'senate',
])

const DIRECTIONS =
  /^(northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)$/i

const NOT_NAME_TAGS = ['Verb', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb']
const NAME_TAGS: ReadonlySet<string> = new Set([
  'Noun',
  'Singular',
  'ProperNoun',
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Hyphenated',
])

function clean(text: string, terms: Term[], segment: number[], kind: EntityKind): Candidate | null {
  let first = segment[0]!
  let last = segment[segment.length - 1]!
  const word = (i: number) => terms[i]!.text.replace(/['’]s?$/, '')
  const isLower = (i: number) => !/^[\p{Lu}\p{N}]/u.test(word(i))
  const dropAtStart = (i: number): boolean => {
    const t = terms[i]!
    if (isLower(i) || EDGE_WORDS.has(word(i).toLowerCase())) return true
    if (NOT_NAME_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('ProperNoun')) return true
    // A demonym before a common noun is an adjective ("Iranian territory"); before a name
    // it is part of it ("Indian Ocean", "Persian Gulf").
    const modifier = isDemonym(t) && (i === last || isLower(i + 1))
    if (kind === 'person') return isTitleWord(word(i)) || t.tags.has('Honorific') || isDemonym(t)
    if (kind === 'place') {
      if (modifier) return true
      const next = terms[i + 1]
      return (
        DIRECTIONS.test(word(i)) &&
        next !== undefined &&
        i < last &&
        (isLower(i + 1) || next.tags.has('Country'))
      )
    }
    return false
  }
  while (first <= last && dropAtStart(first)) first++
  while (
    last >= first &&
    isLower(last) &&
    !(kind === 'organisation' && last > first && ORGANISATION_HEADS.has(word(last)))
  ) {
    last--
  }
  if (first > last) return null
  if (kind === 'person') [first, last] = extendPerson(text, terms, first, last)

  const only = terms[first]!
  let resolved: EntityKind = kind
  if (first === last) {
    const w = word(first)
    // "(PMSA)" after the name it abbreviates repeats that name; the gazetteer knows the
    // acronyms worth grouping.
    if (/^\p{Lu}{2,}$/u.test(w) && text[only.start - 1] === '(' && text[only.end] === ')')
      return null
    if (w.length < 2 || MONTHS_AND_DAYS.has(w.toLowerCase())) return null
    if (isDemonym(only) || isTitleWord(w) || lexiconTag(w) === 'Gerund') return null
    if (NOT_NAME_TAGS.some((tag) => only.tags.has(tag)) && !only.tags.has('ProperNoun')) return null
    if (only.tags.has('Country')) resolved = 'place'
  }
  const start = terms[first]!.start
  const endTerm = terms[last]!
  const possessive = /['’]s?$/.exec(endTerm.text)
  const end = endTerm.end - (possessive ? possessive[0].length : 0)
  if (end <= start) return null
  return { kind: resolved, start, end }
}

/**
 * The tag compromise's lexicon gives a word out of context. In context compromise retags
 * "Iranian" in "Iranian territory" as a place; the lexicon still knows it is a demonym.
 */
function lexiconTag(word: string): string | undefined {
  lexicon ??= (nlp.world().model.one as { lexicon: Record<string, string> }).lexicon
  return lexicon[word.toLowerCase()]
}
let lexicon: Record<string, string> | undefined

function isDemonym(term: Term): boolean {
  return term.tags.has('Demonym') || lexiconTag(term.text.replace(/['’]s?$/, '')) === 'Demonym'
}

/** Names compromise cuts short: "Jalil Abbas" + "Jilani", "Khan" + "Mahsud", "Mansur" + "Khan". */
function extendPerson(text: string, terms: Term[], first: number, last: number): [number, number] {
  while (
    !isPossessive(terms[last]!) &&
    nameLike(terms, last + 1) &&
    joinedTerms(text, terms, last, last + 1)
  ) {
    last++
  }
  while (first > 0 && nameLike(terms, first - 1) && joinedTerms(text, terms, first - 1, first)) {
    first--
  }
  return [first, last]
}

/** A capitalised word tagged as nothing but (a part of) a name, and not a title or a month. */
function nameLike(terms: Term[], i: number): boolean {
  const t = terms[i]
  if (!t || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false
  const bare = t.text.replace(/['’]s?$/, '')
  if (MONTHS_AND_DAYS.has(bare.toLowerCase()) || isTitleWord(bare)) return false
  if (EDGE_WORDS.has(bare.toLowerCase())) return false
  return [...t.tags].every((tag) => NAME_TAGS.has(tag) || tag === 'Possessive')
}

/** Two neighbouring terms with only a space or a hyphen between, the first not possessive. */
function joinedTerms(text: string, terms: Term[], a: number, b: number): boolean {
  return (
    /^(?: |[-‐‑])$/.test(text.slice(terms[a]!.end, terms[b]!.start)) && !isPossessive(terms[a]!)
  )
}

/**
 * People named by a title that compromise does not tag: "General Munir", "General Qamar Javed
 * Bajwa". The name is the run of name-like words after the last title word.
 */
function titledNames(text: string, terms: Term[]): Candidate[] {
  const found: Candidate[] = []
  for (let i = 0; i + 1 < terms.length; i++) {
    const title = terms[i]!
    if (!/^\p{Lu}/u.test(title.text) || !isTitleWord(title.text)) continue
    if (!nameLike(terms, i + 1) || !joinedTerms(text, terms, i, i + 1)) continue
    let last = i + 1
    while (
      !isPossessive(terms[last]!) &&
      nameLike(terms, last + 1) &&
      joinedTerms(text, terms, last, last + 1)
    ) {
      last++
    }
    const end = terms[last]!
    const possessive = /['’]s?$/.exec(end.text)
    found.push({
      kind: 'person',
      start: terms[i + 1]!.start,
      end: end.end - (possessive ? possessive[0].length : 0),
    })
    i = last
  }
  return found
}
