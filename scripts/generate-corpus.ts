/**
 * A deterministic synthetic news corpus for the search benchmarks (issue 14): articles of
 * about 2,000 words with titles, outlets and dates, prose drawn from a Zipf-distributed
 * vocabulary (real English words first, then tens of thousands of made-up words, so the
 * index has a realistic number of distinct terms), and the curated corpus's names in their
 * variant spellings ("Amirabdollahian", "Amir-Abdollahian", "Amir Abdollahian"; "Balochistan",
 * "Baluchistan"; "Jaish al-Adl", "Jaish-al-Adl"; "Marg Bar Sarmachar"; "959-kilometer").
 * Each article is generated from its own seed, so article n is the same whether the whole
 * corpus is generated or only that article.
 *
 *   npx tsx scripts/generate-corpus.ts [--articles 10000] [--words 2000] [--seed 14]
 *                                      [--out out/search-corpus.jsonl]
 */
import { createWriteStream, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { createRandom, type Random } from '../bench/lib/prng'

/** One generated article. `paragraphs` are its body blocks, in order. */
export interface CorpusArticle {
  /** `article-00042`: the zero-padded index. */
  id: string
  title: string
  outlet: string
  /** `YYYY-MM-DD`, 2023 or 2024. */
  published: string
  paragraphs: string[]
  /**
   * The keys of {@link CORPUS_ENTITIES} this article mentions (in any spelling), for checking
   * that a search finds the right articles.
   */
  mentions: string[]
}

/** Options of {@link generateArticle} and {@link generateCorpus}. */
export interface CorpusOptions {
  /** How many articles (10,000 by default). */
  articles?: number
  /** Words per article, roughly (2,000 by default; the body ends on a whole paragraph). */
  words?: number
  /** Seed of the whole corpus (14 by default). */
  seed?: number
}

/**
 * Names of the curated corpus with the spellings sources use. An article that mentions one
 * uses one or two of its spellings.
 */
export const CORPUS_ENTITIES: Readonly<Record<string, readonly string[]>> = {
  amirabdollahian: [
    'Hossein Amirabdollahian',
    'Hossein Amir-Abdollahian',
    'Hossein Amir Abdollahian',
    'Amirabdollahian',
  ],
  balochistan: ['Balochistan', 'Baluchistan'],
  'jaish-al-adl': ['Jaish al-Adl', 'Jaish-al-Adl'],
  'marg-bar-sarmachar': ['Marg Bar Sarmachar', 'Operation Marg Bar Sarmachar'],
  border959: ['959-kilometer border', '959-kilometre frontier'],
  'sistan-baluchestan': ['Sistan-Baluchestan', 'Sistan and Baluchestan'],
  'jalil-abbas-jilani': ['Jalil Abbas Jilani'],
  panjgur: ['Panjgur'],
  saravan: ['Saravan'],
  kakar: ['Anwaar-ul-Haq Kakar', 'Anwaar ul Haq Kakar'],
}

/** Share of articles that mention each entity (the rest never do). */
const ENTITY_SHARE: Readonly<Record<string, number>> = {
  amirabdollahian: 0.03,
  balochistan: 0.08,
  'jaish-al-adl': 0.03,
  'marg-bar-sarmachar': 0.01,
  border959: 0.02,
  'sistan-baluchestan': 0.04,
  'jalil-abbas-jilani': 0.01,
  panjgur: 0.02,
  saravan: 0.02,
  kakar: 0.02,
}

const OUTLETS = [
  'Dawn',
  'Al Jazeera',
  'Reuters',
  'The Express Tribune',
  'Tehran Times',
  'IRNA',
  'BBC News',
  'The Diplomat',
  'Arab News',
  'Geo News',
  'Associated Press',
  'The News International',
]

const ENGLISH = (
  'the of and to in a that is was for on with as by from at which its their it this be has ' +
  'have had not but or an after over between more than also were into about under against ' +
  'while during said would could two three officials government border security ministry ' +
  'foreign minister talks province militants attack strikes forces army police region ' +
  'pakistan iran afghanistan tehran islamabad quetta zahedan gwadar karachi kabul chabahar ' +
  'agreement cooperation delegation statement spokesman sources report analysts pressure ' +
  'policy tension visit meeting ceasefire investment pipeline energy trade route crossing ' +
  'refugees patrol commander envoy treaty framework economic political strategic regional ' +
  'historic fragile public private local national military civilian recent previous signed ' +
  'announced rejected proposed reported confirmed denied expanded reduced opened closed ' +
  'discussed reviewed promised warned argued noted suggested claimed described relations ' +
  'partners neighbours leaders parliament election budget customs port railway highway ' +
  'corridor project funding loan debt growth inflation currency exports imports fuel gas ' +
  'oil water drought district capital village city frontier coast mountains desert valley ' +
  'observers diplomats documents records interviews evidence accounts questions concerns ' +
  'interests priorities risks costs benefits drone missile retaliation sovereignty violation ' +
  'airspace embassy ambassador recalled condemned intelligence counterterrorism insurgents ' +
  'separatist hideouts casualties children women killed wounded residents witnesses week ' +
  'month year day night morning tuesday wednesday thursday january february people country'
).split(/\s+/)

const SYLLABLES = (
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ' +
  'ra re ri ro ru sa se si so su ta te ti to tu za ze zi zo zu sha she shi kha gha ar an al ' +
  'ab ad am as ez ir is or ul ur'
).split(/\s+/)

const TITLE_TEMPLATES = [
  'Pakistan and Iran trade strikes over {place}',
  '{person} visits {city} as tensions ease',
  'What the {number}-kilometre border means for {place}',
  'Militants claim attack near {city}',
  'Analysts weigh fallout of strikes in {place}',
  'Border trade resumes at {city} crossing',
  '{outlet} explains: the conflict in {place}',
  'Talks in {city} end with joint statement',
]
const CITIES = ['Quetta', 'Zahedan', 'Gwadar', 'Chabahar', 'Taftan', 'Turbat', 'Islamabad']
const PLACES = ['Balochistan', 'Baluchistan', 'Sistan-Baluchestan', 'the borderlands', 'Makran']
const PEOPLE = ['Amir-Abdollahian', 'Jilani', 'Kakar', 'a senior envoy', 'the foreign minister']

/** The made-up vocabulary and the Zipf weights of all words, built once per process. */
interface Vocabulary {
  words: string[]
  /** Cumulative weights, ascending; the last is the total. */
  cumulative: Float64Array
}

let vocabularyCache: Vocabulary | null = null

/** English words by rank, then 40,000 made-up words of 2 to 4 syllables, weighted 1/(r+3). */
function vocabulary(): Vocabulary {
  if (vocabularyCache) return vocabularyCache
  const random = createRandom(0x5ea7c4)
  const words = [...ENGLISH]
  const seen = new Set(words)
  while (words.length < ENGLISH.length + 40_000) {
    let w = ''
    const n = random.int(2, 4)
    for (let i = 0; i < n; i++) w += random.pick(SYLLABLES)
    if (!seen.has(w)) {
      seen.add(w)
      words.push(w)
    }
  }
  const cumulative = new Float64Array(words.length)
  let total = 0
  for (let r = 0; r < words.length; r++) {
    total += 1 / (r + 3)
    cumulative[r] = total
  }
  vocabularyCache = { words, cumulative }
  return vocabularyCache
}

function zipfWord(random: Random, vocab: Vocabulary): string {
  const total = vocab.cumulative[vocab.cumulative.length - 1] as number
  const x = random.next() * total
  let lo = 0
  let hi = vocab.cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((vocab.cumulative[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return vocab.words[lo] as string
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function number(random: Random): string {
  const r = random.next()
  if (r < 0.3) return String(random.int(1990, 2025))
  if (r < 0.5) return `${random.int(2, 95)} percent`
  if (r < 0.7) return random.int(1000, 99_000).toLocaleString('en-US')
  if (r < 0.85) return `${random.int(2, 999)}-kilometer`
  return String(random.int(2, 500))
}

/** A sentence of 8 to 28 words; `insert` (a name) is placed inside it when given. */
function sentence(random: Random, vocab: Vocabulary, insert?: string): string {
  const count = random.int(8, 28)
  const words: string[] = []
  for (let i = 0; i < count; i++) {
    let w = random.chance(0.02) ? number(random) : zipfWord(random, vocab)
    if (i > 1 && i < count - 2 && random.chance(0.06)) w += ','
    words.push(w)
  }
  if (insert) words.splice(random.int(1, count - 1), 0, insert)
  const first = words[0] ?? 'the'
  words[0] = /^\d/.test(first) ? 'The' : capitalize(first)
  return words.join(' ') + (random.chance(0.04) ? '?' : '.')
}

function date(random: Random): string {
  const month = random.int(1, 12)
  const day = random.int(1, 28)
  return `${random.int(2023, 2024)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Article `index` (0-based) of the corpus `options` describe. Deterministic: the same index,
 * words and seed give the same article.
 */
export function generateArticle(index: number, options: CorpusOptions = {}): CorpusArticle {
  const { words = 2000, seed = 14 } = options
  const vocab = vocabulary()
  const random = createRandom((seed * 1_000_003 + index * 7919) | 0)
  const mentioned = Object.keys(CORPUS_ENTITIES).filter((key) =>
    random.chance(ENTITY_SHARE[key] ?? 0),
  )
  const paragraphs: string[] = []
  let count = 0
  // Names go into random sentences of the article: two to four mentions each.
  const pending: string[] = []
  for (const key of mentioned) {
    const spellings = CORPUS_ENTITIES[key] ?? []
    for (let i = random.int(2, 4); i > 0; i--) pending.push(random.pick(spellings))
  }
  const expectedSentences = Math.max(1, Math.round(words / 18))
  while (count < words) {
    const sentences: string[] = []
    for (let n = random.int(3, 8); n > 0; n--) {
      const insert =
        pending.length > 0 && random.chance(Math.min(1, (pending.length * 2) / expectedSentences))
          ? pending.pop()
          : undefined
      const s = sentence(random, vocab, insert)
      count += s.split(' ').length
      sentences.push(s)
    }
    paragraphs.push(sentences.join(' '))
  }
  if (pending.length > 0) paragraphs.push(pending.map((p) => sentence(random, vocab, p)).join(' '))
  const outlet = random.pick(OUTLETS)
  const title = capitalize(
    random
      .pick(TITLE_TEMPLATES)
      .replace('{place}', random.pick(PLACES))
      .replace('{city}', random.pick(CITIES))
      .replace('{person}', random.pick(PEOPLE))
      .replace('{number}', String(random.int(2, 999)))
      .replace('{outlet}', outlet),
  )
  return {
    id: `article-${String(index).padStart(5, '0')}`,
    title,
    outlet,
    published: date(random),
    paragraphs,
    mentions: mentioned,
  }
}

/** The articles of the corpus, one at a time (so 10,000 need not be held at once). */
export function* generateCorpus(options: CorpusOptions = {}): Generator<CorpusArticle> {
  const { articles = 10_000 } = options
  for (let i = 0; i < articles; i++) yield generateArticle(i, options)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      words: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '14' },
      out: { type: 'string', default: 'out/search-corpus.jsonl' },
    },
  })
  const options = {
    articles: Number(values.articles),
    words: Number(values.words),
    seed: Number(values.seed),
  }
  const out = resolve(values.out)
  mkdirSync(dirname(out), { recursive: true })
  const stream = createWriteStream(out)
  for (const article of generateCorpus(options)) {
    if (!stream.write(JSON.stringify(article) + '\n')) {
      await new Promise<void>((done) => stream.once('drain', () => done()))
    }
  }
  await new Promise<void>((done) => stream.end(() => done()))
  console.log(`Wrote ${options.articles} articles to ${out}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
