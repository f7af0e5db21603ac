/**
 * Words a document puts inside quotation marks, and who it says spoke them. Quotes are “…”,
 * « … », straight "…" and ‘…’ where the marks cannot be apostrophes; only the outermost marks
 * count. The speaker is read from the sentence around the quote, in the shapes news writes:
 *
 * - after the quote: `"…," X said`, `"…," said X`, `"…," X, the foreign minister, said`,
 *   `"…," he said`;
 * - before it: `X said: "…"`, `X told Reuters that "…"`, `X: "…"`, `According to X, "…"`,
 *   `X, head of Y, tells Z that: "…"`, `X reinforced the view, stating: "…"`;
 * - none in its sentence: a quote that opens its sentence continues the last speaker earlier
 *   in its paragraph or, when it opens the paragraph, the last speaker of the paragraph before
 *   (the quote paragraph after "X said:", or after "According to X, ...").
 *
 * "He", "she" and "they" are resolved to the last named speaker earlier in the same
 * paragraph, else to the last speaker of the paragraph before (news names a speaker once and
 * goes on with "he argues" in the next paragraph); otherwise the quote is left unattributed,
 * never guessed. Names come from the entity mentions of the document (extractEntities), and a
 * surname alone ("Mahsud") is read as the fullest name the document gives it ("Mansur Khan
 * Mahsud"), so speakers are compared by the entity key rule.
 */
import type { Block, DocumentModel } from '../corpus/document-model'
import { entityKey, isSingleWordName, isTitleWord, surnameKeys } from '../entities/entity-key'
import type { EntityKind, EntityMention } from '../entities/entity-kind'
import type { TextSpan } from './types'
import { wordsOf } from './word-diff'

/** Who a quote is attributed to, and how the text says so. */
export interface QuoteSpeaker {
  /** The fullest name the document gives the speaker. */
  name: string
  /** entityKey(kind, name): equal keys are one speaker. */
  key: string
  kind: EntityKind
  /**
   * `named`: the quote's own sentence names the speaker (or the paragraph before ends by
   * introducing it with a colon); `pronoun`: "he said", resolved to an earlier speaker;
   * `continued`: the quote stands alone and takes the speaker of the text before it.
   */
  how: 'named' | 'pronoun' | 'continued'
  /** Where the name that identifies the speaker is (for a pronoun, the name it stands for). */
  at: TextSpan
}

/** Words inside quotation marks: the span between the marks, trimmed of spaces. */
export interface Quote extends TextSpan {
  text: string
  /** How many words it has (letters and digits; punctuation is not a word). */
  words: number
  speaker: QuoteSpeaker | null
}

/** The document as quote finding reads it. */
export type QuoteSource = Pick<DocumentModel, 'blocks' | 'text'> & { meta: { id: string } }

/** A quote of fewer words is a phrase (a name, a scare quote), not a statement to compare. */
export const STATEMENT_WORDS = 4

const SPEECH_VERBS = [
  ...['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states'],
  ...['noted', 'notes', 'argued', 'argues', 'explained', 'explains', 'warned', 'warns'],
  ...['insisted', 'insists', 'asked', 'asks', 'replied', 'replies', 'wrote', 'writes'],
  ...['declared', 'declares', 'announced', 'announces', 'stressed', 'stresses'],
  ...['emphasized', 'emphasised', 'emphasizes', 'emphasises', 'remarked', 'remarks'],
  ...['claimed', 'claims', 'maintained', 'maintains', 'observed', 'observes', 'urged', 'urges'],
  ...['commented', 'acknowledged', 'admitted', 'admits', 'affirmed', 'reiterated', 'recalled'],
  ...['articulated', 'described', 'describes', 'called', 'calls', 'tweeted', 'posted'],
  ...['continued', 'concluded', 'suggested', 'suggests', 'confirmed', 'denied', 'cautioned'],
  ...['vowed', 'pledged', 'promised', 'assured', 'asserted', 'asserts', 'contended'],
  ...['contends', 'alleged', 'predicted', 'responded', 'retorted', 'pointed out', 'points out'],
]
const PARTICIPLES = [
  ...['saying', 'stating', 'adding', 'noting', 'arguing', 'warning', 'insisting', 'declaring'],
  ...['stressing', 'emphasizing', 'emphasising', 'explaining', 'urging', 'writing'],
  ...['asserting', 'claiming', 'telling', 'describing', 'calling', 'remarking', 'affirming'],
  ...['reiterating', 'pointing out'],
]
const PARTICIPLE_SET = new Set(PARTICIPLES)
/** A speech verb as a word of its own ("so-called" is not "called"). */
const SPEECH = new RegExp(
  `(?<![\\p{L}\\p{N}\\-‐‑])(${[...SPEECH_VERBS, ...PARTICIPLES].join('|')})(?![\\p{L}\\p{N}\\-‐‑])`,
  'giu',
)
const ACCORDING_TO = /(?<![\p{L}])according to\s+/giu
/** "he", "she" or "they" as the subject of a verb that follows, maybe after small words. */
const PRONOUN = /(?<![\p{L}])(he|she|they)\s+(?:[\p{Ll}’']+\s+){0,2}$/iu
/** Between a subject and its verb: nothing, or up to two small words ("also", "has"). */
const NEAR_GAP = /^\s*(?:[\p{Ll}’']+\s+){0,2}$/u
/** An apposition: ", the foreign minister," (no sentence end inside), maybe then small words. */
const APPOSITION_GAP = /^\s*,[^.!?"“”«»]*,\s*(?:[\p{Ll}’']+\s+){0,2}$/u
/** Between "according to" and the name: a few small words ("a report by"). */
const ACCORDING_GAP = /^(?:[\p{Ll}’']+\s+){0,4}$/u
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  ['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'brig', 'adm', 'st'].concat([
    'jr',
    'sr',
    'no',
    'vs',
    'etc',
    'govt',
    'sen',
    'rep',
    'gov',
    'amb',
    'hon',
    'rev',
  ]),
)

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '‘': '’' }

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)

/** Whether the mark at `i` can open a quote: at the start, or after a space or an opening bracket. */
function canOpen(text: string, i: number): boolean {
  const ch = text[i]!
  if (ch === '“' || ch === '«') return true
  const before = text[i - 1]
  return (before === undefined || /[\s([{—–-]/u.test(before)) && !/\s/u.test(text[i + 1] ?? ' ')
}

/** The index of the mark closing the quote opened at `open`, or -1. */
function closerOf(text: string, open: number): number {
  const mark = { open: text[open]!, close: PAIRS[text[open]!]! }
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] !== mark.close) continue
    // A straight or single closing mark followed by a letter is an apostrophe ("Iran’s").
    if ((mark.open === '"' || mark.open === '‘') && isWordChar(text[i + 1])) continue
    if (mark.open === '‘' && /\s/u.test(text[i - 1] ?? ' ')) continue
    return i
  }
  return -1
}

/** A quote in a block: where its opening mark is, and its words [start, end). */
interface Found {
  open: number
  start: number
  end: number
}

/** The outermost quotes of one block, trimmed of spaces inside the marks. */
function blockQuotes(text: string, continues: boolean): Found[] {
  const quotes: Found[] = []
  for (let i = 0; i < text.length; i++) {
    if (!(text[i]! in PAIRS) || !canOpen(text, i)) continue
    let close = closerOf(text, i)
    if (close < 0) {
      // A quote running over paragraphs opens each one and closes only in the last.
      if (i === 0 && continues) close = text.length
      else continue
    }
    let start = i + 1
    let end = close
    while (start < end && /\s/u.test(text[start]!)) start++
    while (end > start && /\s/u.test(text[end - 1]!)) end--
    if (wordsOf(text.slice(start, end)).length > 0) quotes.push({ open: i, start, end })
    i = close
  }
  return quotes
}

/** Offsets (in the block) where sentences start, the first being 0; never inside a quote. */
function sentenceStarts(text: string, quotes: readonly Found[]): number[] {
  const starts = [0]
  const inQuote = insideQuote(quotes)
  for (const match of text.matchAll(/[.!?]+["”’»]?(\s+)(?=[\p{Lu}\p{N}"“«‘])/gu)) {
    const space = match.index + match[0].length - match[1]!.length
    if (inQuote(space)) continue
    const word = /([\p{L}]+)\.$/u.exec(text.slice(Math.max(0, match.index - 12), match.index + 1))
    if (word && (word[1]!.length === 1 || ABBREVIATIONS.has(word[1]!.toLowerCase()))) continue
    starts.push(match.index + match[0].length)
  }
  return starts
}

/** Whether an offset is between a quote's marks. */
function insideQuote(quotes: readonly Found[]): (at: number) => boolean {
  return (at) => quotes.some((q) => at > q.open && at < q.end)
}

function sentenceStartOf(starts: readonly number[], at: number): number {
  let found = 0
  for (const s of starts) if (s <= at) found = s
  return found
}

function sentenceEndOf(starts: readonly number[], at: number, length: number): number {
  for (const s of starts) if (s > at) return s
  return length
}

/** A speaker before resolution: a mention, or a pronoun standing for the last speaker. */
type Subject = { mention: EntityMention } | { pronoun: true }

/** One place the text says someone speaks: the verb (or "according to") and its subject. */
interface SpeechAct {
  at: number
  end: number
  subject: Subject
}

/** The subject of a speech verb at [verb, verbEnd) in a block, or null. */
function subjectOf(
  text: string,
  mentions: readonly EntityMention[],
  sentence: number,
  verb: number,
  verbEnd: number,
  participle: boolean,
): Subject | null {
  const before = mentions.filter((m) => m.start >= sentence && m.end <= verb)
  if (participle) {
    // "X reinforced the view, stating: ..." speaks of the sentence's subject: its first person.
    const person = before.find((m) => m.kind === 'person') ?? before[0]
    if (person) return { mention: person }
    return /^\s*(he|she|they)\b/iu.test(text.slice(sentence, verb)) ? { pronoun: true } : null
  }
  let near: EntityMention | null = null
  let apposed: EntityMention | null = null
  for (const m of before) {
    const gap = text.slice(m.end, verb)
    if (NEAR_GAP.test(gap)) near = m
    else if (!apposed && APPOSITION_GAP.test(gap)) apposed = m
  }
  const pronoun = PRONOUN.exec(text.slice(sentence, verb))
  const pronounEnd = pronoun ? sentence + pronoun.index + pronoun[1]!.length : -1
  const named = near ?? apposed
  if (pronoun && (!named || pronounEnd > named.end)) return { pronoun: true }
  if (named) return { mention: named }
  // "...," said Foreign Minister X: the subject follows the verb straight after a quote.
  if (
    /^[\s,.;:!?”"’»—–-]*$/u.test(text.slice(sentence, verb)) ||
    /[”"’»],?\s*$/u.test(text.slice(0, verb))
  ) {
    const after = mentions.find((m) => m.start >= verbEnd && m.start - verbEnd < 60)
    if (after) {
      const gap = text.slice(verbEnd, after.start).trim().split(/\s+/u).filter(Boolean)
      if (gap.every((w) => isTitleWord(w) || /^\p{Lu}/u.test(w) || w === 'the')) {
        return { mention: after }
      }
    }
  }
  return null
}

/** Every speech act in a block, in text order, skipping verbs inside quotes. */
function speechActs(
  text: string,
  mentions: readonly EntityMention[],
  quotes: readonly Found[],
  starts: readonly number[],
): SpeechAct[] {
  const inQuote = insideQuote(quotes)
  const acts: SpeechAct[] = []
  for (const match of text.matchAll(SPEECH)) {
    if (inQuote(match.index)) continue
    const end = match.index + match[0].length
    const sentence = sentenceStartOf(starts, match.index)
    const participle = PARTICIPLE_SET.has(match[1]!.toLowerCase())
    const subject = subjectOf(text, mentions, sentence, match.index, end, participle)
    if (subject) acts.push({ at: match.index, end, subject })
  }
  for (const match of text.matchAll(ACCORDING_TO)) {
    if (inQuote(match.index)) continue
    const after = match.index + match[0].length
    const mention = mentions.find(
      (m) => m.start >= after && ACCORDING_GAP.test(text.slice(after, m.start)),
    )
    if (mention) acts.push({ at: match.index, end: after, subject: { mention } })
  }
  return acts.sort((a, b) => a.at - b.at)
}

/** The speaker a mention names, a surname read as the fullest name the document gives it. */
function speakerFrom(
  mention: EntityMention,
  offset: number,
  fullNames: ReadonlyMap<string, string>,
  how: QuoteSpeaker['how'],
  docId: string,
): QuoteSpeaker {
  let name = mention.abbreviates ?? mention.surface
  if (mention.kind === 'person' && isSingleWordName('person', name)) {
    name = fullNames.get(entityKey('person', name)) ?? name
  }
  return {
    name,
    key: entityKey(mention.kind, name),
    kind: mention.kind,
    how,
    at: { docId, start: mention.start + offset, end: mention.end + offset },
  }
}

/** Surname keys to the longest full person name the document gives with that surname. */
function fullNamesOf(mentions: readonly EntityMention[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const m of mentions) {
    if (m.kind !== 'person') continue
    for (const key of surnameKeys('person', m.surface)) {
      const known = names.get(key)
      if (!known || known.length < m.surface.length) names.set(key, m.surface)
    }
  }
  return names
}

/**
 * Nothing but spaces, punctuation, closing marks and the words of a title ("Foreign
 * Minister", "Iran’s"): the subject follows the quote at once.
 */
function justAfter(text: string): boolean {
  return text
    .replace(/’(?!\p{L})/gu, ' ')
    .split(/[\s,.;:!?”"»—–-]+/u)
    .filter(Boolean)
    .every((word) => isTitleWord(word) || /^\p{Lu}/u.test(word))
}

/** Where an act's subject starts, when it comes after `from` (else the verb's place). */
function subjectStart(act: SpeechAct, text: string, from: number): number {
  if ('mention' in act.subject && act.subject.mention.start >= from) {
    return Math.min(act.subject.mention.start, act.at)
  }
  const pronoun = PRONOUN.exec(text.slice(from, act.at))
  return pronoun ? from + pronoun.index : act.at
}

/** What quote finding carries from one paragraph to the next. */
interface Carried {
  /** The last speaker of the paragraph before, for a quote paragraph or a pronoun. */
  speaker: QuoteSpeaker | null
  /** The paragraph before ended with a colon: it introduces the quote that follows. */
  introduces: boolean
}

/**
 * Every quote in a document, in text order, with its speaker when the text says who (see
 * the module comment for the shapes read). `mentions` are the document's entity mentions
 * (extractEntities), with offsets into its canonical text. Headings are not read. A quote
 * with no words ("…") is dropped; an opening mark never closed is ignored, except at the
 * start of a paragraph followed by one opening with a quote (a quote over paragraphs).
 */
export function extractQuotes(doc: QuoteSource, mentions: readonly EntityMention[]): Quote[] {
  const docId = doc.meta.id
  const fullNames = fullNamesOf(mentions)
  const quotes: Quote[] = []
  const blocks = doc.blocks.filter((b) => b.kind !== 'heading')
  let carried: Carried = { speaker: null, introduces: false }
  blocks.forEach((block, index) => {
    const next: Block | undefined = blocks[index + 1]
    const found = blockQuotes(block.text, next !== undefined && next.text[0] === block.text[0])
    const local = mentions
      .filter((m) => m.start >= block.start && m.end <= block.end)
      .map((m) => ({ ...m, start: m.start - block.start, end: m.end - block.start }))
    const paragraph = readParagraph(block, found, local, carried, (m, how) =>
      speakerFrom(m, block.start, fullNames, how, docId),
    )
    for (const [i, q] of found.entries()) {
      const text = block.text.slice(q.start, q.end)
      quotes.push({
        docId,
        start: block.start + q.start,
        end: block.start + q.end,
        text,
        words: wordsOf(text).length,
        speaker: paragraph.speakers[i] ?? null,
      })
    }
    carried = { speaker: paragraph.last, introduces: /:\s*$/u.test(block.text) }
  })
  return quotes
}

/**
 * The speakers of one paragraph's quotes, and its last speaker. Speech acts are resolved in
 * text order first (a pronoun taking the last speaker before it, from this paragraph or the
 * one before), then each quote takes, in order of trust: the act just after it, a name and a
 * colon just before it, the last act before it in its sentence, and, when it opens its
 * sentence, the last speaker of this paragraph or (opening the paragraph) of the one before.
 */
function readParagraph(
  block: Block,
  found: readonly Found[],
  mentions: readonly EntityMention[],
  carried: Carried,
  speakerOf: (mention: EntityMention, how: QuoteSpeaker['how']) => QuoteSpeaker,
): { speakers: (QuoteSpeaker | null)[]; last: QuoteSpeaker | null } {
  const text = block.text
  const starts = sentenceStarts(text, found)
  const acts = speechActs(text, mentions, found, starts)

  const actSpeaker = new Map<SpeechAct, QuoteSpeaker | null>()
  let last = carried.speaker
  for (const act of acts) {
    const speaker =
      'mention' in act.subject
        ? speakerOf(act.subject.mention, 'named')
        : last && { ...last, how: 'pronoun' as const }
    actSpeaker.set(act, speaker)
    if (speaker) last = speaker
  }

  const speakers: (QuoteSpeaker | null)[] = []
  let lastHere: QuoteSpeaker | null = null
  let actsSeen = 0
  for (const q of found) {
    for (; actsSeen < acts.length && acts[actsSeen]!.at < q.open; actsSeen++) {
      lastHere = actSpeaker.get(acts[actsSeen]!) ?? lastHere
    }
    const sentence = sentenceStartOf(starts, q.open)
    const sentenceEnd = sentenceEndOf(starts, q.end, text.length)
    const closer = Math.min(q.end + 1, text.length)
    let speaker: QuoteSpeaker | null = null

    const after = acts.find(
      (a) =>
        a.at > q.end &&
        a.at < sentenceEnd &&
        justAfter(text.slice(closer, subjectStart(a, text, closer))),
    )
    if (after) speaker = actSpeaker.get(after) ?? null

    const colon = /:\s*$/u.exec(text.slice(sentence, q.open))
    if (!speaker && colon) {
      const at = sentence + colon.index
      const named = mentions.find((m) => m.end <= at && /^\s*$/u.test(text.slice(m.end, at)))
      if (named) speaker = speakerOf(named, 'named')
    }

    if (!speaker) {
      const before = acts.filter((a) => a.at >= sentence && a.end <= q.open)
      const act = before[before.length - 1]
      if (act) speaker = actSpeaker.get(act) ?? null
    }

    if (!speaker && /^\s*$/u.test(text.slice(sentence, q.open))) {
      if (sentence === 0 && carried.speaker) {
        // Introduced with a colon ("X said:"), it is named as surely as its introduction.
        const how = !carried.introduces
          ? 'continued'
          : carried.speaker.how === 'pronoun'
            ? 'pronoun'
            : 'named'
        speaker = { ...carried.speaker, how }
      } else if (sentence > 0 && lastHere) {
        speaker = { ...lastHere, how: 'continued' }
      }
    }
    speakers.push(speaker)
    if (speaker) lastHere = speaker
  }
  for (; actsSeen < acts.length; actsSeen++) lastHere = actSpeaker.get(acts[actsSeen]!) ?? lastHere
  return { speakers, last: lastHere }
}

/**
 * Whether two quotes' speakers are one person or body: the same entity key, or a one-word
 * name ("Amirabdollahian") that is the other's surname ("Hossein Amir-Abdollahian"). Two
 * different full names never match, nor do a person and an organisation.
 */
export function sameSpeaker(a: QuoteSpeaker, b: QuoteSpeaker): boolean {
  if (a.kind !== b.kind) return false
  if (a.key === b.key) return true
  if (a.kind !== 'person') return false
  const short = (s: QuoteSpeaker) => isSingleWordName('person', s.name)
  if (short(a) && !short(b)) return surnameKeys('person', b.name).includes(a.key)
  if (short(b) && !short(a)) return surnameKeys('person', a.name).includes(b.key)
  return false
}
