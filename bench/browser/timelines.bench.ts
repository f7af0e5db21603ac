/**
 * timelines.render-10k and timelines.pan-frame-10k: a timeline (`#/timelines/<id>`) of
 * 10,000 events. Switching from the list to the visual view until the chart's marks and
 * its summary line are shown and the frame after it is produced; and the intervals between
 * frames while the chart is dragged steadily sideways.
 */
import type { DocumentSummary } from '../../src/shared/corpus/document-model'
import { openSeededPage, settle } from '../lib/app-page'
import type { BenchPage, BrowserHarness } from '../lib/browser'
import { seedTable } from '../lib/claims-page'
import { percentile, round } from '../lib/stats'
import {
  describeTimeline,
  generateTimeline,
  type SyntheticTimeline,
} from '../lib/synthetic-timeline'
import { panFrames, timedTimelineChange, type TimelineExpectation } from '../lib/timelines-page'
import type { BenchContext, BenchDefinition } from '../registry'

/** How many events the `*-10k` benchmarks use. */
export const EVENT_COUNT = 10_000

/** Untimed switches to the visual view before the measured ones. */
const WARMUP_RUNS = 2

/** Pixels the pointer moves per frame (360 px/s at 60 Hz: a steady drag that stays within the 30 years). */
const PAN_STEP = 6
/** Untimed frames of dragging before the measured ones. */
const PAN_WARMUP_FRAMES = 30
/** "Zoom in" clicks before panning (1.6 each: about six of the thirty years in view). */
const PAN_ZOOM_CLICKS = 4

/** The chart's summary line says "N of 10,000 events" (ChartToolbar, en-GB grouping). */
const COUNT_TEXT = `of ${EVENT_COUNT.toLocaleString('en-GB')} events`

const fixtures = new WeakMap<BrowserHarness, SyntheticTimeline>()

/** The fixture for the web host's corpus, generated on first use per browser harness. */
async function timelineFixture(
  harness: BrowserHarness,
  ctx: BenchContext,
): Promise<SyntheticTimeline> {
  const cached = fixtures.get(harness)
  if (cached) return cached
  const response = await fetch(`${harness.baseUrl}corpus/index.json`)
  const documents = (await response.json()) as DocumentSummary[]
  if (documents.length === 0) throw new Error('The web host has no documents to cite.')
  const started = performance.now()
  const data = generateTimeline({ docIds: documents.map((d) => d.meta.id), events: EVENT_COUNT })
  ctx.log(
    `fixture: ${describeTimeline(data)}, generated in ${round(performance.now() - started, 0)} ms`,
  )
  fixtures.set(harness, data)
  return data
}

const listShown = (): TimelineExpectation => ({ display: 'list', events: EVENT_COUNT })
const visualShown = (data: SyntheticTimeline): TimelineExpectation => ({
  display: 'visual',
  label: `Timeline: ${data.timeline.title}`,
  countText: COUNT_TEXT,
})

/**
 * A fresh page with the fixture in its database, showing the timeline as a list with all
 * 10,000 events; logs how long seeding and the first load took (not counted). With
 * `preciseClock`, the page is cross-origin isolated (see {@link openSeededPage}).
 */
async function openSeededTimeline(
  ctx: BenchContext,
  options: { preciseClock?: boolean } = {},
): Promise<{ bench: BenchPage; data: SyntheticTimeline }> {
  const harness = await ctx.browser()
  const data = await timelineFixture(harness, ctx)
  const bench = await openSeededPage(
    harness,
    options,
    async (page) => {
      const seeding = performance.now()
      await seedTable(page, 'timelines', [data.timeline])
      await seedTable(page, 'events', data.events)
      ctx.log(`seeded in ${round((performance.now() - seeding) / 1000, 1)} s`)
    },
    async (page) => {
      const load = await timedTimelineChange(
        page,
        { kind: 'navigate', hash: `#/timelines/${encodeURIComponent(data.timeline.id)}` },
        listShown(),
        180_000,
      )
      ctx.log(
        `first load of the timeline as a list (read ${EVENT_COUNT} events, build the items, ` +
          `render ${load.items} list items): ${round(load.ms, 0)} ms, not counted`,
      )
    },
  )
  return { bench, data }
}

/** Switch from the list to the visual view until the chart is drawn; ms per switch. */
export const timelinesRenderBench: BenchDefinition = {
  id: 'timelines.render-10k',
  kind: 'browser',
  unit: 'ms',
  target: 100,
  runs: 20,
  description:
    'click "Visual" on a timeline of 10,000 events shown as a list until the chart\'s marks and summary are shown',
  async run(ctx) {
    const { bench, data } = await openSeededTimeline(ctx)
    const { page } = bench
    try {
      const samples: number[] = []
      const back: number[] = []
      let marks = 0
      let range = ''
      for (let run = 0; run < WARMUP_RUNS + ctx.runs; run++) {
        const shown = await timedTimelineChange(
          page,
          { kind: 'display', label: 'Visual' },
          visualShown(data),
        )
        await settle(page)
        marks = shown.items
        range = shown.range ?? ''
        // Back to the list, untimed but printed: the next switch starts from it.
        const list = await timedTimelineChange(
          page,
          { kind: 'display', label: 'List' },
          listShown(),
          120_000,
        )
        await settle(page)
        back.push(list.ms)
        if (run >= WARMUP_RUNS) samples.push(shown.ms)
      }
      bench.assertNoErrors()
      ctx.log(`chart drawn with ${marks} marks; summary “${range}”`)
      ctx.log(`switches in order: ${samples.map((ms) => round(ms, 0)).join(', ')} ms`)
      ctx.log(
        `${WARMUP_RUNS} warm-up switches; back to the list after each (untimed): p50 ` +
          `${round(percentile(back, 50), 0)} ms, p95 ${round(percentile(back, 95), 0)} ms`,
      )
      if (marks === 0 || !range.includes(COUNT_TEXT)) {
        throw new Error(`The chart shows ${marks} marks and “${range}”, not “… ${COUNT_TEXT}”.`)
      }
      return samples
    } finally {
      await bench.close()
    }
  },
}

/** The committed view of the chart (`.tc[data-view-start]`) and its summary line. */
function chartState(page: BenchPage['page']) {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.tc')
    return {
      start: Number(root?.dataset.viewStart ?? NaN),
      end: Number(root?.dataset.viewEnd ?? NaN),
      range: document.querySelector('.tc-range')?.textContent ?? '',
      marks: document.querySelectorAll('svg[role="group"] [role="button"]').length,
    }
  })
}

/** Drag the chart steadily sideways; one sample per frame interval. */
export const timelinesPanFrameBench: BenchDefinition = {
  id: 'timelines.pan-frame-10k',
  kind: 'browser',
  unit: 'ms',
  target: 16.7,
  runs: 180,
  description:
    'interval between frames (requestAnimationFrame) while the chart of a 10,000-event timeline is dragged 6 px per frame',
  async run(ctx) {
    const { bench, data } = await openSeededTimeline(ctx, { preciseClock: true })
    const { page } = bench
    try {
      const shown = await timedTimelineChange(
        page,
        { kind: 'display', label: 'Visual' },
        visualShown(data),
      )
      ctx.log(`visual view drawn in ${round(shown.ms, 0)} ms (not counted)`)
      await settle(page)
      const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true })
      for (let i = 0; i < PAN_ZOOM_CLICKS; i++) {
        await zoomIn.click()
        await settle(page)
      }
      await settle(page)
      const before = await chartState(page)
      const run = await panFrames(page, {
        frames: ctx.runs,
        warmup: PAN_WARMUP_FRAMES,
        step: PAN_STEP,
      })
      // The drag's end commits the view in a transition: wait for it to be drawn.
      await page.waitForFunction(
        (start) => Number(document.querySelector<HTMLElement>('.tc')?.dataset.viewStart) !== start,
        before.start,
      )
      await settle(page)
      await settle(page)
      const after = await chartState(page)
      bench.assertNoErrors()
      const span = before.end - before.start
      const expected = (run.totalPx / run.plotWidth) * span
      const moved = after.start - before.start
      const years = (ms: number) => round(ms / (365.2425 * 86_400_000), 2)
      ctx.log(
        `dragged ${run.totalPx} px (${run.measuredPx} measured, ${PAN_WARMUP_FRAMES} warm-up ` +
          `frames before) over a ${round(run.plotWidth, 0)} px plot showing ${years(span)} ` +
          `years: view moved ${years(moved)} years (${years(expected)} expected)`,
      )
      ctx.log(`summary before “${before.range}”, after “${after.range}”; ${after.marks} marks`)
      const median = percentile(run.intervals, 50)
      const long = run.intervals.filter((ms) => ms > median * 1.5)
      ctx.log(
        `${long.length} intervals over 1.5 frames (longest ${round(Math.max(...run.intervals), 1)} ms)`,
      )
      if (after.range === before.range || after.marks === 0) {
        throw new Error(`The chart did not follow the drag: “${before.range}” → “${after.range}”.`)
      }
      if (!(Math.abs(moved - expected) <= 0.05 * expected)) {
        throw new Error(
          `The view moved ${years(moved)} years, not about ${years(expected)}: hit an end?`,
        )
      }
      return run.intervals
    } finally {
      await bench.close()
    }
  },
}
