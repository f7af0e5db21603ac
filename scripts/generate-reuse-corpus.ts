/**
 * A deterministic corpus with planted text reuse, for the reuse benchmarks (issue 16): the
 * articles of the synthetic news corpus (scripts/generate-corpus.ts, about 2,000 words each),
 * into which passages of 12 to 200 words (log-uniform, so short copies are common) are copied
 * from one article into one to four others, a third of them in the same outlet, each copy
 * edited independently: up to a tenth of its words substituted, inserted or deleted, its
 * punctuation and quote styles changed. Each copy goes in as a paragraph of its own between
 * two paragraphs of the target. The ground truth lists every planted passage with the spans
 * of the original and of every copy in the final texts.
 *
 *   npx tsx scripts/generate-reuse-corpus.ts [--articles 10000] [--words 2000] [--seed 16]
 *                                            [--out out/reuse-corpus]
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { createRandom, type Random } from '../bench/lib/prng'
import type { TextSpan } from '../src/shared/reuse/types'
import { generateArticle } from './generate-corpus'

/** Options of {@link generateReuseCorpus}. */
export interface ReuseCorpusOptions {
  /** Articles (10,000 by default). */
  articles?: number
  /** Words per article before planting (2,000 by default). */
  words?: number
  /** Seed (16 by default). The base articles use the search corpus's seed 14. */
  seed?: number
  /** Planted passages (one per five articles by default). */
  plants?: number
  /**
   * Each outlet's own footer (40 words of its prose, the same on every page it publishes)
   * at the end of every article: site furniture the reuse finder must ignore. Off by default;
   * it moves no planted span.
   */
  furniture?: boolean
}

/** One article: its canonical text (paragraphs joined by a blank line). */
export interface ReuseArticle {
  id: string
  outlet: string
  published: string
  text: string
  /** Words in the text (runs of non-space). */
  words: number
}

/** One copy of a planted passage. */
export interface PlantedCopy {
  span: TextSpan
  /** Words of the copy, and how many edits (substitutions, insertions, deletions) it has. */
  words: number
  edits: number
}

/** A planted passage: its original and its copies. */
export interface PlantedPassage {
  id: number
  source: TextSpan
  words: number
  copies: PlantedCopy[]
}

export interface ReuseCorpus {
  articles: ReuseArticle[]
  planted: PlantedPassage[]
}

/** Shortest and longest planted passage, in words (the range). */
export const PLANT_MIN_WORDS = 12
export const PLANT_MAX_WORDS = 200
/** Largest share of a copy's words edited. */
export const PLANT_MAX_EDIT_SHARE = 0.1
/** Share of copies that go to an article of the source's outlet. */
const SAME_OUTLET_SHARE = 1 / 3

/** A copy waiting to be inserted: the target paragraph boundary and its text. */
interface Insertion {
  /** Insert before paragraph `boundary` (paragraphs.length: at the end). */
  boundary: number
  text: string
  plant: number
  copy: number
}

/** A source passage in token coordinates (tokens are the space-separated words). */
interface SourceRange {
  /** First token's paragraph and index in it; last token's, inclusive. */
  p0: number
  t0: number
  p1: number
  t1: number
}

interface Draft {
  outlet: string
  published: string
  id: string
  paragraphs: string[][]
  insertions: Insertion[]
  /** Paragraph boundaries a source passage spans (a copy must not go there). */
  protectedBoundaries: Set<number>
  /** Token ranges (flat) already used as sources. */
  sourceRanges: [number, number][]
}

function logUniformLength(random: Random): number {
  const ratio = PLANT_MAX_WORDS / PLANT_MIN_WORDS
  return Math.min(PLANT_MAX_WORDS, Math.floor(PLANT_MIN_WORDS * ratio ** random.next()))
}

/** The flat token index of (paragraph, token), and back. */
function flatIndex(draft: Draft, p: number, t: number): number {
  let n = 0
  for (let i = 0; i < p; i++) n += (draft.paragraphs[i] as string[]).length
  return n + t
}

function locate(draft: Draft, flat: number): { p: number; t: number } {
  let rest = flat
  for (let p = 0; p < draft.paragraphs.length; p++) {
    const length = (draft.paragraphs[p] as string[]).length
    if (rest < length) return { p, t: rest }
    rest -= length
  }
  throw new RangeError(`token ${flat} is past the end of ${draft.id}`)
}

function tokenCount(draft: Draft): number {
  return draft.paragraphs.reduce((n, p) => n + p.length, 0)
}

/** A word from a donor article, for substitutions and insertions (keeps the Zipf mix). */
function donorWord(drafts: Draft[], random: Random): string {
  for (;;) {
    const donor = drafts[random.int(0, drafts.length - 1)] as Draft
    const word = random.pick(random.pick(donor.paragraphs)).replace(/[.,?]$/, '')
    // One word, so an edit changes one word ("959-kilometer" would be two).
    if (/^[A-Za-z]+$/.test(word)) return word
  }
}

/** Punctuation and quote-style changes a rewrite makes; the tokeniser ignores them all. */
function restyle(token: string, random: Random): string {
  const r = random.next()
  if (r < 0.03) return token.replace(/,$/, ';')
  if (r < 0.05) return `“${token.replace(/[.,?]$/, '')}”`
  if (r < 0.07) return `'${token.replace(/[.,?]$/, '')}'`
  if (r < 0.09) return token.replace(/,$/, ' —')
  return token
}

/** An edited copy of `tokens` (up to a tenth of the words) and its edit count. */
function editedCopy(
  tokens: string[],
  drafts: Draft[],
  random: Random,
): { tokens: string[]; edits: number } {
  const copy = tokens.map((t) => restyle(t, random))
  const maxEdits = Math.floor(PLANT_MAX_EDIT_SHARE * tokens.length)
  const edits = random.int(0, maxEdits)
  for (let e = 0; e < edits; e++) {
    const kind = random.int(0, 2)
    const at = random.int(0, copy.length - 1)
    if (kind === 0) copy[at] = donorWord(drafts, random)
    else if (kind === 1) copy.splice(at, 0, donorWord(drafts, random))
    else if (copy.length > PLANT_MIN_WORDS - 2) copy.splice(at, 1)
  }
  const first = copy[0] ?? ''
  copy[0] = first.charAt(0).toUpperCase() + first.slice(1)
  const last = copy.length - 1
  copy[last] = (copy[last] as string).replace(/[,;?]$/, '') + '.'
  return { tokens: copy, edits }
}

/** Picks a source range of `length` tokens in `draft` that overlaps no earlier one. */
function pickSource(draft: Draft, length: number, random: Random): SourceRange | null {
  const total = tokenCount(draft)
  for (let attempt = 0; attempt < 20; attempt++) {
    const start = random.int(0, total - length)
    const end = start + length - 1
    if (draft.sourceRanges.some(([s, e]) => start <= e + 5 && end >= s - 5)) continue
    const from = locate(draft, start)
    const to = locate(draft, end)
    // A copy already inserted inside the range would split the original.
    if (draft.insertions.some((i) => i.boundary > from.p && i.boundary <= to.p)) continue
    draft.sourceRanges.push([start, end])
    for (let b = from.p + 1; b <= to.p; b++) draft.protectedBoundaries.add(b)
    return { p0: from.p, t0: from.t, p1: to.p, t1: to.t }
  }
  return null
}

function tokensOf(draft: Draft, range: SourceRange): string[] {
  const start = flatIndex(draft, range.p0, range.t0)
  const end = flatIndex(draft, range.p1, range.t1)
  return draft.paragraphs.flat().slice(start, end + 1)
}

function pickTarget(
  drafts: Draft[],
  byOutlet: Map<string, number[]>,
  source: number,
  taken: Set<number>,
  random: Random,
): number {
  for (;;) {
    const sameOutlet = random.chance(SAME_OUTLET_SHARE)
    const pool = sameOutlet ? (byOutlet.get((drafts[source] as Draft).outlet) ?? []) : null
    const target = pool
      ? (pool[random.int(0, pool.length - 1)] as number)
      : random.int(0, drafts.length - 1)
    if (target !== source && !taken.has(target)) return target
  }
}

function pickBoundary(draft: Draft, random: Random): number {
  for (;;) {
    const boundary = random.int(0, draft.paragraphs.length)
    if (!draft.protectedBoundaries.has(boundary)) return boundary
  }
}

/**
 * The corpus `options` describe. Deterministic: the same options give the same texts and
 * ground truth. Needs at least 10 articles.
 */
export function generateReuseCorpus(options: ReuseCorpusOptions = {}): ReuseCorpus {
  const { articles = 10_000, words = 2000, seed = 16 } = options
  const plants = options.plants ?? Math.floor(articles / 5)
  if (articles < 10) throw new RangeError('A reuse corpus needs at least 10 articles.')
  const random = createRandom(seed * 2_654_435_761)
  const drafts: Draft[] = []
  const byOutlet = new Map<string, number[]>()
  for (let i = 0; i < articles; i++) {
    const article = generateArticle(i, { words })
    drafts.push({
      id: article.id,
      outlet: article.outlet,
      published: article.published,
      paragraphs: article.paragraphs.map((p) => p.split(' ')),
      insertions: [],
      protectedBoundaries: new Set(),
      sourceRanges: [],
    })
    const list = byOutlet.get(article.outlet) ?? []
    list.push(i)
    byOutlet.set(article.outlet, list)
  }
  const sources: { article: number; range: SourceRange; words: number }[] = []
  const copyCounts: number[] = []
  /** Edit counts by plant and copy. */
  const editsOf: number[][] = []
  for (let plant = 0; plant < plants; plant++) {
    let source = random.int(0, articles - 1)
    let range = pickSource(drafts[source] as Draft, logUniformLength(random), random)
    while (!range) {
      source = random.int(0, articles - 1)
      range = pickSource(drafts[source] as Draft, logUniformLength(random), random)
    }
    const tokens = tokensOf(drafts[source] as Draft, range)
    sources.push({ article: source, range, words: tokens.length })
    const copies = random.chance(0.5) ? 1 : random.int(2, 4)
    copyCounts.push(copies)
    const taken = new Set<number>()
    for (let copy = 0; copy < copies; copy++) {
      const target = pickTarget(drafts, byOutlet, source, taken, random)
      taken.add(target)
      const edited = editedCopy(tokens, drafts, random)
      const draft = drafts[target] as Draft
      draft.insertions.push({
        boundary: pickBoundary(draft, random),
        text: edited.tokens.join(' '),
        plant,
        copy,
      })
      ;(editsOf[plant] ??= [])[copy] = edited.edits
    }
  }
  // Each outlet's footer: words of its first article's prose, drawn from a random of its own.
  const footers = new Map<string, string>()
  for (const [outlet, indices] of options.furniture ? byOutlet : []) {
    const own = createRandom(seed * 7919 + footers.size + 1)
    const prose = (drafts[indices[0] as number] as Draft).paragraphs.flat()
    const words = Array.from({ length: 40 }, () => own.pick(prose).replace(/[.,?]$/, ''))
    footers.set(outlet, `${outlet}: ${words.join(' ')}.`)
  }
  // Assemble the texts, noting where each source and copy ends up.
  const out: ReuseArticle[] = []
  const copySpans = new Map<string, PlantedCopy>()
  const paragraphStarts: number[][] = []
  for (let i = 0; i < articles; i++) {
    const draft = drafts[i] as Draft
    const insertions = [...draft.insertions].sort((x, y) => x.boundary - y.boundary)
    const parts: string[] = []
    const starts: number[] = []
    let offset = 0
    let next = 0
    const add = (text: string) => {
      if (parts.length > 0) offset += 2
      parts.push(text)
      const at = offset
      offset += text.length
      return at
    }
    for (let p = 0; p <= draft.paragraphs.length; p++) {
      while (next < insertions.length && (insertions[next] as Insertion).boundary === p) {
        const insertion = insertions[next] as Insertion
        const at = add(insertion.text)
        copySpans.set(`${insertion.plant}:${insertion.copy}`, {
          span: { docId: draft.id, start: at, end: at + insertion.text.length },
          words: insertion.text.split(' ').filter((t) => /[\p{L}\p{N}]/u.test(t)).length,
          edits: editsOf[insertion.plant]?.[insertion.copy] ?? 0,
        })
        next++
      }
      if (p < draft.paragraphs.length) starts.push(add((draft.paragraphs[p] as string[]).join(' ')))
    }
    paragraphStarts.push(starts)
    const footer = options.furniture ? footers.get(draft.outlet) : undefined
    const text = parts.join('\n\n') + (footer ? `\n\n${footer}` : '')
    out.push({
      id: draft.id,
      outlet: draft.outlet,
      published: draft.published,
      text,
      words: text.split(/\s+/).filter(Boolean).length,
    })
  }
  /** Offset of token t of paragraph p of article i in its final text. */
  const tokenOffset = (i: number, p: number, t: number): number => {
    const tokens = (drafts[i] as Draft).paragraphs[p] as string[]
    let at = (paragraphStarts[i] as number[])[p] as number
    for (let k = 0; k < t; k++) at += (tokens[k] as string).length + 1
    return at
  }
  const planted: PlantedPassage[] = sources.map((source, plant) => {
    const draft = drafts[source.article] as Draft
    const { p0, t0, p1, t1 } = source.range
    const lastToken = (draft.paragraphs[p1] as string[])[t1] as string
    return {
      id: plant,
      source: {
        docId: draft.id,
        start: tokenOffset(source.article, p0, t0),
        end: tokenOffset(source.article, p1, t1) + lastToken.length,
      },
      words: source.words,
      copies: Array.from(
        { length: copyCounts[plant] as number },
        (_, copy) => copySpans.get(`${plant}:${copy}`) as PlantedCopy,
      ),
    }
  })
  return { articles: out, planted }
}

/**
 * The pairs of documents that share planted text: each original with each of its copies,
 * and the copies of one passage with each other (they share the text they copied), as keys
 * `a\u0000b` with a < b.
 */
export function plantedPairs(planted: readonly PlantedPassage[]): Set<string> {
  const pairs = new Set<string>()
  const key = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`)
  for (const p of planted) {
    const docs = [p.source.docId, ...p.copies.map((c) => c.span.docId)]
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) pairs.add(key(docs[i] as string, docs[j] as string))
    }
  }
  return pairs
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      words: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '16' },
      out: { type: 'string', default: 'out/reuse-corpus' },
    },
  })
  const corpus = generateReuseCorpus({
    articles: Number(values.articles),
    words: Number(values.words),
    seed: Number(values.seed),
  })
  const dir = resolve(values.out)
  mkdirSync(dir, { recursive: true })
  const stream = createWriteStream(resolve(dir, 'articles.jsonl'))
  for (const article of corpus.articles) {
    if (!stream.write(JSON.stringify(article) + '\n')) {
      await new Promise<void>((done) => stream.once('drain', () => done()))
    }
  }
  await new Promise<void>((done) => stream.end(() => done()))
  writeFileSync(resolve(dir, 'planted.json'), JSON.stringify(corpus.planted, null, 1))
  console.log(
    `Wrote ${corpus.articles.length} articles and ${corpus.planted.length} planted passages to ${dir}`,
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
