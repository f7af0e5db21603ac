/**
 * A deterministic timeline for the visual-timeline benchmarks: one timeline of 10,000
 * events over 30 years (1995-2024), most spread evenly and a third in bursts (weeks of
 * crisis around a few dates), at a realistic mix of precisions (day 60%, month 25%, year
 * 10%, ranges 5%), about 10% approximate, titles composed from a vocabulary, 0-3 tags, and
 * 0-2 sources from the bundled corpus's documents (so lanes by source give one lane per
 * document and one "Added by hand"). Every date is absolute: no relative dates.
 */
import type { AbsoluteDate } from '../../src/shared/dates/event-date'
import { sortKey } from '../../src/shared/dates/interval'
import type { PartialDate } from '../../src/shared/dates/partial-date'
import { createRandom, type Random } from './prng'

/** The shape of the app's `TimelineRecord` (src/renderer/src/db/records.ts). */
export interface SeedTimelineRecord {
  id: string
  title: string
  description: string
  createdAt: number
  updatedAt: number
}

/** The shape of the app's `EventRecord` (schema version 3), absolute dates only. */
export interface SeedEventRecord {
  id: string
  timelineId: string
  title: string
  note: string
  tags: string[]
  date: AbsoluteDate
  sortKey: number
  sources: { highlightId: string; docId: string; stated: null }[]
  highlightIds: string[]
  createdAt: number
  updatedAt: number
}

/** Options for {@link generateTimeline}. */
export interface TimelineOptions {
  /** Ids of the documents sources come from (the bundled corpus); at least one. */
  docIds: readonly string[]
  /** How many events (10,000 by default). */
  events?: number
  seed?: number
}

/** The timeline and its events (by id). */
export interface SyntheticTimeline {
  timeline: SeedTimelineRecord
  events: SeedEventRecord[]
}

export const FIRST_YEAR = 1995
export const LAST_YEAR = 2024

/** Share of events by how their date is given (the rest are ranges). */
const DAY_SHARE = 0.6
const MONTH_SHARE = 0.25
const YEAR_SHARE = 0.1
const APPROXIMATE_SHARE = 0.1
/** Share of events in bursts around a few dates rather than spread evenly. */
const BURST_SHARE = 0.3
const BURSTS = 24

/** Chance of 0, 1 or 2 sources. */
const NO_SOURCE = 0.15
const TWO_SOURCES = 0.25

const TAGS = [
  'border',
  'trade',
  'energy',
  'security',
  'diplomacy',
  'militancy',
  'refugees',
  'disputed',
] as const

const PLACES = [
  'Taftan',
  'Gwadar',
  'Chabahar',
  'Quetta',
  'Zahedan',
  'Tehran',
  'Islamabad',
  'Mand',
  'Panjgur',
  'Saravan',
  'Turbat',
  'Mashhad',
]

const ACTORS = [
  'Foreign ministers',
  'Border guards',
  'The army chief',
  'Customs officers',
  'The provincial government',
  'Militants',
  'Traders',
  'The energy ministry',
  'A joint commission',
  'State media',
  'Parliament',
  'The Frontier Corps',
]

const ACTIONS = [
  'meet in',
  'close the crossing at',
  'reopen the crossing at',
  'sign an agreement in',
  'attack a post near',
  'inspect the fence near',
  'announce a market at',
  'suspend talks in',
  'report clashes near',
  'open a rail link to',
  'protest in',
  'deny reports from',
]

const YEARS = LAST_YEAR - FIRST_YEAR + 1
const DAYS_IN_MONTH = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

/** A day of the 30 years, as [year, month 1-12, day]: even, or near a burst's centre. */
function pickDay(random: Random, bursts: readonly number[]): [number, number, number] {
  const first = Date.UTC(FIRST_YEAR, 0, 1)
  const last = Date.UTC(LAST_YEAR, 11, 31)
  const dayMs = 86_400_000
  let at: number
  if (random.chance(BURST_SHARE)) {
    // Within about six weeks of a burst's centre, most of them close to it.
    const offset = (random.next() + random.next() + random.next() - 1.5) * 28
    at = random.pick(bursts) + Math.round(offset) * dayMs
  } else {
    at = first + random.int(0, Math.round((last - first) / dayMs)) * dayMs
  }
  const date = new Date(Math.min(last, Math.max(first, at)))
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
}

function approximate(random: Random): boolean {
  return random.chance(APPROXIMATE_SHARE)
}

function pickDate(random: Random, bursts: readonly number[]): AbsoluteDate {
  const [year, month, day] = pickDay(random, bursts)
  const r = random.next()
  if (r < DAY_SHARE)
    return { kind: 'point', date: { year, month, day, approximate: approximate(random) } }
  if (r < DAY_SHARE + MONTH_SHARE) {
    return { kind: 'point', date: { year, month, approximate: approximate(random) } }
  }
  if (r < DAY_SHARE + MONTH_SHARE + YEAR_SHARE) {
    return { kind: 'point', date: { year, approximate: approximate(random) } }
  }
  // A range: days to weeks between two days, or a few months between two months.
  const circa = approximate(random)
  if (random.chance(0.6)) {
    const end = new Date(Date.UTC(year, month - 1, day + random.int(1, 45)))
    const endDate: PartialDate = {
      year: end.getUTCFullYear(),
      month: end.getUTCMonth() + 1,
      day: end.getUTCDate(),
      approximate: circa,
    }
    return { kind: 'range', start: { year, month, day, approximate: circa }, end: endDate }
  }
  const months = month - 1 + random.int(1, 8)
  return {
    kind: 'range',
    start: { year, month, approximate: circa },
    end: { year: year + Math.floor(months / 12), month: (months % 12) + 1, approximate: circa },
  }
}

function title(random: Random): string {
  return `${random.pick(ACTORS)} ${random.pick(ACTIONS)} ${random.pick(PLACES)}`
}

function pickTags(random: Random): string[] {
  const count = random.pick([0, 0, 1, 1, 1, 2, 3])
  const tags = new Set<string>()
  while (tags.size < count) tags.add(random.pick(TAGS))
  return [...tags]
}

/** A timeline of `events` (10,000 by default) events; the same options give the same records. */
export function generateTimeline(options: TimelineOptions): SyntheticTimeline {
  const { docIds, events: count = 10_000, seed = 73 } = options
  if (docIds.length === 0) throw new Error('generateTimeline needs at least one document id.')
  const random = createRandom(seed)
  const createdAt = Date.UTC(2026, 10, 1)
  const timeline: SeedTimelineRecord = {
    id: 'bench-timeline',
    title: 'Border events 1995-2024',
    description: '',
    createdAt,
    updatedAt: createdAt,
  }
  const bursts = Array.from({ length: BURSTS }, () => {
    const [year, month, day] = [
      FIRST_YEAR + random.int(0, YEARS - 1),
      random.int(1, 12),
      random.int(1, 28),
    ]
    return Date.UTC(year, month - 1, Math.min(day, DAYS_IN_MONTH(year, month)))
  })
  const events: SeedEventRecord[] = []
  for (let i = 0; i < count; i++) {
    const date = pickDate(random, bursts)
    const sourceCount = random.chance(NO_SOURCE)
      ? 0
      : random.chance(TWO_SOURCES / (1 - NO_SOURCE))
        ? 2
        : 1
    const sources = Array.from({ length: sourceCount }, (_, s) => ({
      highlightId: `bench-hl-${i}-${s}`,
      docId: random.pick(docIds),
      stated: null,
    }))
    const at = createdAt + i * 1000
    events.push({
      id: `bench-ev-${String(i).padStart(5, '0')}`,
      timelineId: timeline.id,
      title: title(random),
      note: '',
      tags: pickTags(random),
      date,
      sortKey: sortKey(date),
      sources,
      highlightIds: sources.map((s) => s.highlightId),
      createdAt: at,
      updatedAt: at,
    })
  }
  return { timeline, events }
}

/** Counts for the printed fixture line: precisions, approximate, ranges, sources. */
export function describeTimeline(data: SyntheticTimeline): string {
  const precision = { day: 0, month: 0, year: 0, range: 0 }
  let circa = 0
  const lanes = new Set<string>()
  for (const event of data.events) {
    const first = event.date.kind === 'point' ? event.date.date : event.date.start
    if (event.date.kind === 'range') precision.range++
    else if (first.day !== undefined) precision.day++
    else if (first.month !== undefined) precision.month++
    else precision.year++
    if (first.approximate) circa++
    lanes.add(event.sources[0]?.docId ?? 'by hand')
  }
  const years = data.events.map((e) => new Date(e.sortKey).getUTCFullYear())
  return (
    `${data.events.length} events ${Math.min(...years)}-${Math.max(...years)}: day ` +
    `${precision.day}, month ${precision.month}, year ${precision.year}, range ` +
    `${precision.range}; ${circa} approximate; ${lanes.size} lanes by source`
  )
}
