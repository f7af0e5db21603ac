/**
 * claims.sort-50k, claims.filter-50k and claims.scroll-frame-50k: the claims table
 * (`#/claims`) with 50,000 claims and 200,000 evidence links. Sorting by a header click
 * and filtering by a query in the search box, each until the table shows the expected
 * first row and count and the frame after it is produced; and the intervals between
 * frames while the table scrolls continuously through the middle of the list.
 */
import type { DocumentSummary } from '../../src/shared/corpus/document-model'
import { openSeededPage, settle } from '../lib/app-page'
import type { BenchPage, BrowserHarness } from '../lib/browser'
import {
  claimsModel,
  DEFAULT_SORT,
  SORT_COLUMNS,
  type ClaimsModel,
  type SortColumn,
  type SortState,
} from '../lib/claims-model'
import {
  scrollFrames,
  seedTable,
  timedClaimsChange,
  type ClaimsExpectation,
} from '../lib/claims-page'
import { percentile, round } from '../lib/stats'
import { generateClaims, type SyntheticClaims } from '../lib/synthetic-claims'
import type { BenchContext, BenchDefinition } from '../registry'

/** How many claims and evidence links the `*-50k` benchmarks use. */
export const CLAIM_COUNT = 50_000
export const LINK_COUNT = 200_000

/** Untimed sorts and filters before the measured ones. */
const WARMUP_RUNS = 2

/**
 * The headers the sort benchmark clicks, in turn. Each column is clicked twice (its first
 * direction, then the other), so no click removes the sorting.
 */
const SORT_CLICKS: readonly SortColumn['id'][] = [
  'statement',
  'statement',
  'supporting',
  'supporting',
  'updatedAt',
  'updatedAt',
  'confidence',
  'confidence',
  'status',
  'status',
]

/**
 * Queries typed into the search box, in turn: common and rare words of the statements, a
 * tag, two words, a year.
 */
const QUERIES = [
  'border',
  'saravan',
  'follow-up',
  'pipeline',
  'revolutionary guards',
  '2019',
  'denied',
  'secretly funded the port',
]

/** Pixels scrolled per frame (2,400 px/s at 60 Hz: a brisk, steady scroll). */
const SCROLL_STEP = 40
/** Untimed frames of scrolling before the measured ones. */
const SCROLL_WARMUP_FRAMES = 30

interface ClaimsFixture {
  data: SyntheticClaims
  model: ClaimsModel
}

const fixtures = new WeakMap<BrowserHarness, ClaimsFixture>()

/** The fixture for the web host's corpus, generated on first use per browser harness. */
async function claimsFixture(harness: BrowserHarness, ctx: BenchContext): Promise<ClaimsFixture> {
  const cached = fixtures.get(harness)
  if (cached) return cached
  const response = await fetch(`${harness.baseUrl}corpus/index.json`)
  const documents = (await response.json()) as DocumentSummary[]
  if (documents.length === 0) throw new Error('The web host has no documents to link to.')
  const started = performance.now()
  const data = generateClaims({
    docIds: documents.map((d) => d.meta.id),
    claims: CLAIM_COUNT,
    links: LINK_COUNT,
  })
  const fixture = { data, model: claimsModel(data, documents) }
  const linked = new Set(data.evidence.map((e) => e.claimId)).size
  ctx.log(
    `fixture: ${data.claims.length} claims (${CLAIM_COUNT - linked} without links), ` +
      `${data.evidence.length} links over ${documents.length} sources, generated in ` +
      `${round(performance.now() - started, 0)} ms`,
  )
  fixtures.set(harness, fixture)
  return fixture
}

/** The count ClaimsView shows for `shown` of `total` claims (ungrouped). */
function countText(shown: number, total: number): string {
  return shown === total
    ? `${total} ${total === 1 ? 'claim' : 'claims'}`
    : `${shown} of ${total} claims`
}

/**
 * A fresh page with the fixture in its database, showing `#/claims` with all claims
 * loaded; logs how long seeding and the first load took (not counted). With
 * `preciseClock`, the page is cross-origin isolated (see {@link openSeededPage}).
 */
async function openSeededClaims(
  ctx: BenchContext,
  options: { preciseClock?: boolean } = {},
): Promise<{ bench: BenchPage; fixture: ClaimsFixture }> {
  const harness = await ctx.browser()
  const fixture = await claimsFixture(harness, ctx)
  const bench = await openSeededPage(
    harness,
    options,
    async (page) => {
      const seconds = (since: number) => round((performance.now() - since) / 1000, 1)
      const seeding = performance.now()
      await seedTable(page, 'claims', fixture.data.claims)
      const claimsSeeded = seconds(seeding)
      await seedTable(page, 'evidence', fixture.data.evidence)
      ctx.log(`seeded claims in ${claimsSeeded} s, claims and links in ${seconds(seeding)} s`)
    },
    async (page) => {
      const load = await timedClaimsChange(
        page,
        { kind: 'navigate', hash: '#/claims' },
        {
          count: countText(CLAIM_COUNT, CLAIM_COUNT),
          firstId: fixture.model.first(DEFAULT_SORT)?.id ?? null,
        },
        180_000,
      )
      ctx.log(
        `first load of #/claims (read ${CLAIM_COUNT} claims and ${LINK_COUNT} links, ` +
          `build the rows, render): ${round(load, 0)} ms, not counted`,
      )
    },
  )
  return { bench, fixture }
}

/** The sort after clicking `column`'s header in `state` (not shift: one column). */
function clickSort(state: SortState, column: SortColumn): SortState {
  if (state.column !== column) return { column, desc: column.descFirst }
  if (state.desc !== column.descFirst) {
    throw new Error(`A third click on ${column.label} would remove the sorting.`)
  }
  return { column, desc: !state.desc }
}

/** Click a sortable header until the expected first claim is shown; ms per sort. */
export const claimsSortBench: BenchDefinition = {
  id: 'claims.sort-50k',
  kind: 'browser',
  unit: 'ms',
  target: 100,
  runs: 20,
  description:
    'click a sort header of the claims table (50,000 claims, 200,000 links) until the expected first row is shown',
  async run(ctx) {
    const { bench, fixture } = await openSeededClaims(ctx)
    const { page } = bench
    const { model } = fixture
    try {
      let state = DEFAULT_SORT
      const samples: number[] = []
      const byColumn = new Map<string, number[]>()
      for (let run = 0; run < WARMUP_RUNS + ctx.runs; run++) {
        const column = SORT_COLUMNS[SORT_CLICKS[run % SORT_CLICKS.length] as SortColumn['id']]
        state = clickSort(state, column)
        const direction = state.desc ? 'descending' : 'ascending'
        const first = model.first(state)
        const ms = await timedClaimsChange(
          page,
          { kind: 'sort', label: column.label },
          {
            count: countText(CLAIM_COUNT, CLAIM_COUNT),
            firstId: first?.id ?? null,
            sorted: { label: column.label, direction },
          },
        )
        await settle(page)
        if (run < WARMUP_RUNS) continue
        samples.push(ms)
        const key = `${column.label} ${state.desc ? 'desc' : 'asc'}`
        byColumn.set(key, [...(byColumn.get(key) ?? []), ms])
      }
      bench.assertNoErrors()
      ctx.log(
        `${WARMUP_RUNS} warm-up sorts, then p50 by column: ` +
          [...byColumn].map(([key, list]) => `${key} ${round(percentile(list, 50), 1)}`).join(', '),
      )
      return samples
    } finally {
      await bench.close()
    }
  },
}

/** Type a query into the search box until the expected count and rows are shown; ms per query. */
export const claimsFilterBench: BenchDefinition = {
  id: 'claims.filter-50k',
  kind: 'browser',
  unit: 'ms',
  target: 100,
  runs: 20,
  description:
    'type a query into the claims search box (50,000 claims) until the matching count and rows are shown',
  async run(ctx) {
    const { bench, fixture } = await openSeededClaims(ctx)
    const { page } = bench
    const { model } = fixture
    try {
      const all: ClaimsExpectation = {
        count: countText(CLAIM_COUNT, CLAIM_COUNT),
        firstId: model.first(DEFAULT_SORT)?.id ?? null,
      }
      const expected = new Map<string, ClaimsExpectation>()
      for (const query of QUERIES) {
        const matches = model.filter(query)
        expected.set(query, {
          count: countText(matches.length, CLAIM_COUNT),
          firstId: model.first(DEFAULT_SORT, matches)?.id ?? null,
        })
      }
      ctx.log(`queries: ${QUERIES.map((q) => `“${q}” ${model.filter(q).length}`).join(', ')}`)
      const searchbox = page.getByRole('searchbox', { name: 'Search' })
      if ((await searchbox.count()) !== 1) throw new Error('No single searchbox named Search.')
      const samples: number[] = []
      for (let run = 0; run < WARMUP_RUNS + ctx.runs; run++) {
        const query = QUERIES[run % QUERIES.length] as string
        const ms = await timedClaimsChange(
          page,
          { kind: 'search', text: query },
          expected.get(query) as ClaimsExpectation,
        )
        await settle(page)
        await timedClaimsChange(page, { kind: 'search', text: '' }, all)
        await settle(page)
        if (run >= WARMUP_RUNS) samples.push(ms)
      }
      bench.assertNoErrors()
      ctx.log(`${WARMUP_RUNS} warm-up queries; the box is cleared (untimed) after each query`)
      return samples
    } finally {
      await bench.close()
    }
  },
}

/** Scroll the claims table steadily through the middle; one sample per frame interval. */
export const claimsScrollFrameBench: BenchDefinition = {
  id: 'claims.scroll-frame-50k',
  kind: 'browser',
  unit: 'ms',
  target: 16.7,
  runs: 180,
  description:
    'interval between frames (requestAnimationFrame) while the claims table (50,000 claims) scrolls 40 px per frame',
  async run(ctx) {
    const { bench } = await openSeededClaims(ctx, { preciseClock: true })
    const { page } = bench
    try {
      const span = SCROLL_STEP * (SCROLL_WARMUP_FRAMES + ctx.runs)
      await page.evaluate((span) => {
        const box = document
          .querySelector('table[aria-label="Claims"]')
          ?.closest<HTMLElement>('.data-table-scroll')
        if (!box) throw new Error('No claims table scroll box.')
        box.scrollTop = Math.round((box.scrollHeight - box.clientHeight - span) / 2)
      }, span)
      await settle(page)
      await settle(page)
      const run = await scrollFrames(page, {
        frames: ctx.runs,
        warmup: SCROLL_WARMUP_FRAMES,
        step: SCROLL_STEP,
      })
      bench.assertNoErrors()
      const scrolled = run.toTop - run.fromTop
      const moved = run.toRows[0] - run.fromRows[0]
      const expectedRows = scrolled / run.rowHeight
      ctx.log(
        `scrolled ${scrolled} px in ${run.intervals.length} frames (${SCROLL_WARMUP_FRAMES} ` +
          `warm-up frames before), rows ${run.fromRows.join('-')} to ${run.toRows.join('-')} ` +
          `in the DOM, ${round(run.rowHeight, 1)} px a row`,
      )
      const median = percentile(run.intervals, 50)
      const long = run.intervals.filter((ms) => ms > median * 1.5)
      ctx.log(
        `${long.length} intervals over 1.5 frames (longest ${round(Math.max(...run.intervals), 1)} ms)`,
      )
      if (Math.abs(scrolled - SCROLL_STEP * ctx.runs) > 1) {
        throw new Error(`Scrolled ${scrolled} px, not ${SCROLL_STEP * ctx.runs}: hit an end?`)
      }
      // Half to one and a half times the rows that distance holds, give or take two rows.
      const followed = moved >= 0.5 * expectedRows - 2 && moved <= 1.5 * expectedRows + 2
      if (run.fromRows[0] < 1000 || !followed) {
        throw new Error(
          `The rows did not follow the scroll: ${run.fromRows.join('-')} to ` +
            `${run.toRows.join('-')} for ${scrolled} px (about ${round(expectedRows, 0)} rows).`,
        )
      }
      if (!run.covered) throw new Error('The rendered rows do not cover the visible table.')
      return run.intervals
    } finally {
      await bench.close()
    }
  },
}
