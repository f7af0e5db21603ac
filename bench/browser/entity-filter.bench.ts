/**
 * entity-filter.longest-task and entity-filter.filtered-2k: choosing an entity in the
 * notebook's Entity filter over 2,000 highlights of the bundled corpus (issue 14: the UI
 * thread never blocks for more than 50 ms). Each run loads the page afresh, so every choice
 * is the first one (no text yet cut into words), waits until names have been found, then
 * chooses Balochistan, a spelling the transliterations touch (the costly case: Baluchistan
 * and Balochestan are read as it). Measured from the choice to the frame after the notebook
 * shows the filtered list: the longest main-thread task (PerformanceObserver longtask, 0 when
 * none reached 50 ms) and the time.
 */
import type { Page } from '@playwright/test'
import type { DocumentModel, DocumentSummary } from '../../src/shared/corpus/document-model'
import type { BrowserHarness } from '../lib/browser'
import { openApp, seedHighlights, settle } from '../lib/app-page'
import { round, summarize } from '../lib/stats'
import {
  benchId,
  generatePassages,
  toHighlightRecords,
  type SeedHighlightRecord,
} from '../lib/synthetic-highlights'
import type { BenchContext, BenchDefinition } from '../registry'

const HIGHLIGHTS = 2000
/** The entity chosen, as the filter's select labels it. */
const ENTITY_LABEL = 'Balochistan (place)'

/** 2,000 highlights spread over the bundled corpus's documents, so their quotes name its entities. */
async function corpusHighlights(baseUrl: string): Promise<SeedHighlightRecord[]> {
  const index = (await (await fetch(`${baseUrl}corpus/index.json`)).json()) as DocumentSummary[]
  const docs = await Promise.all(
    index.map(
      async (s) =>
        (await (
          await fetch(`${baseUrl}corpus/${encodeURIComponent(s.meta.id)}.json`)
        ).json()) as DocumentModel,
    ),
  )
  const records: SeedHighlightRecord[] = []
  docs.forEach((doc, d) => {
    const count = Math.floor(HIGHLIGHTS / docs.length) + (d < HIGHLIGHTS % docs.length ? 1 : 0)
    const passages = generatePassages(doc, { count, seed: 7 + d })
    for (const record of toHighlightRecords(doc, passages, 11 + d)) {
      records.push({ ...record, id: benchId(records.length + 1) })
    }
  })
  return records
}

/** One choice: the longest task and the time to the filtered list, and how many it shows. */
interface Choice {
  longestTask: number
  toList: number
  shown: number
  detail: string
  /** The change event's own run (React renders the choice at once): ms. */
  change: number
  /** Each long task: when after the choice, how long, and the longest script in it. */
  tasks: string[]
}

/**
 * Waits until the notebook lists every highlight and names have been found (the Entity select
 * offers `label` and its choices have not changed for three seconds).
 */
async function waitForNames(page: Page, label: string): Promise<void> {
  await page
    .getByTestId('notebook-count')
    .filter({ hasText: `${HIGHLIGHTS} highlights` })
    .waitFor({ timeout: 60_000 })
  await page.waitForFunction(
    (label) => {
      const select = document.querySelector<HTMLSelectElement>('.entity-filter select')
      const w = window as unknown as { __names?: { count: number; since: number } }
      if (!select || ![...select.options].some((o) => o.text === label)) return false
      const count = select.options.length
      if (w.__names?.count !== count) w.__names = { count, since: performance.now() }
      return performance.now() - w.__names.since > 3000
    },
    label,
    { timeout: 120_000, polling: 250 },
  )
}

/** In the page: chooses `label` in the Entity select and times it until the list is painted. */
function choose(page: Page, label: string): Promise<Choice> {
  return page.evaluate(
    ({ label, total }) =>
      new Promise<Choice>((resolve, reject) => {
        const select = document.querySelector<HTMLSelectElement>('.entity-filter select')
        const option = select && [...select.options].find((o) => o.text === label)
        if (!select || !option) return reject(new Error(`No "${label}" in the Entity filter.`))
        const count = () => document.querySelector('[data-testid="notebook-count"]')?.textContent
        const notice = () =>
          document.querySelector('[data-testid="entity-filter-notice"]')?.textContent ?? ''
        const filtered = () =>
          notice().startsWith('Mentions:') && new RegExp(` of ${total} highlights$`).test(count()!)
        const tasks: PerformanceEntry[] = []
        const taskObserver = new PerformanceObserver((list) => tasks.push(...list.getEntries()))
        taskObserver.observe({ type: 'longtask' })
        // What ran in a long task, as far as Chromium's long animation frames tell.
        type Script = PerformanceEntry & {
          invoker: string
          sourceFunctionName: string
          sourceURL: string
          sourceCharPosition: number
        }
        const scripts: Script[] = []
        const frameObserver = new PerformanceObserver((list) => {
          for (const frame of list.getEntries()) {
            scripts.push(...((frame as unknown as { scripts: Script[] }).scripts ?? []))
          }
        })
        if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
          frameObserver.observe({ type: 'long-animation-frame' })
        }
        const describeTask = (task: PerformanceEntry) => {
          const end = task.startTime + task.duration
          const inside = scripts.filter(
            (x) => x.startTime >= task.startTime - 1 && x.startTime <= end,
          )
          const best = inside.sort((a, b) => b.duration - a.duration)[0]
          const where = best
            ? ` (${Math.round(best.duration)} ms of script: ${best.invoker}, ` +
              `${best.sourceFunctionName || '(anonymous)'} at ` +
              `${best.sourceURL.split('/').pop()}:${best.sourceCharPosition})`
            : ''
          return `${Math.round(task.duration)} ms at +${Math.round(task.startTime - t0)} ms${where}`
        }
        const timer = setTimeout(() => {
          observer.disconnect()
          taskObserver.disconnect()
          reject(new Error(`Not filtered after 30 s: "${count()}", "${notice()}".`))
        }, 30_000)
        const finish = () => {
          observer.disconnect()
          clearTimeout(timer)
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => {
              const toList = performance.now() - t0
              // Long task entries are delivered after their task: wait for the last ones.
              setTimeout(() => {
                taskObserver.disconnect()
                frameObserver.disconnect()
                const seen = tasks.filter(
                  (t) => t.startTime + t.duration > t0 && t.startTime < t0 + toList,
                )
                const longest = Math.max(0, ...seen.map((t) => t.duration))
                const shown = Number(/^(\d+) of/.exec(count() ?? '')?.[1] ?? NaN)
                const detail = document.querySelector('.entity-filter-detail')?.textContent ?? ''
                resolve({
                  longestTask: longest,
                  toList,
                  shown,
                  detail,
                  change,
                  tasks: seen.map(describeTask),
                })
              }, 200)
            }
            channel.port2.postMessage(null)
          })
        }
        const observer = new MutationObserver(() => {
          if (filtered()) finish()
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        let change = 0
        const t0 = performance.now()
        select.value = option.value
        select.dispatchEvent(new Event('change', { bubbles: true }))
        change = performance.now() - t0
      }),
    { label, total: HIGHLIGHTS },
  )
}

/** Runs `runs` first choices, each on a freshly loaded page of the same seeded database. */
async function measure(harness: BrowserHarness, ctx: BenchContext): Promise<Choice[]> {
  const records = await corpusHighlights(harness.baseUrl)
  const bench = await harness.newPage()
  const { page } = bench
  try {
    await openApp(page, '#/notebook')
    await seedHighlights(page, records)
    const choices: Choice[] = []
    let partial = 0
    while (choices.length < ctx.runs) {
      await page.reload()
      await page.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
      await waitForNames(page, ENTITY_LABEL)
      await settle(page)
      const choice = await choose(page, ENTITY_LABEL)
      // The filter is kept in the session: cleared so that the next load starts unfiltered.
      await page.evaluate(() => sessionStorage.clear())
      if (choice.detail.includes('Still finding')) {
        // Names were still being found (a busy machine): a smaller index is another case.
        if (++partial > 10) throw new Error('Names were still being found at 10 choices.')
        continue
      }
      if (!(choice.shown > 0 && choice.shown < HIGHLIGHTS)) {
        throw new Error(`Balochistan filtered the notebook to ${choice.shown} highlights.`)
      }
      if (choices.length > 0 && choice.shown !== choices[0]!.shown) {
        throw new Error(`Runs disagree: ${choices[0]!.shown} then ${choice.shown} highlights.`)
      }
      choices.push(choice)
    }
    if (partial > 0) ctx.log(`${partial} choices made before names were all found, not counted`)
    bench.assertNoErrors()
    ctx.log(`${ENTITY_LABEL}: ${choices[0]?.shown} of ${HIGHLIGHTS} highlights shown`)
    const worst = choices.reduce((a, b) => (b.longestTask > a.longestTask ? b : a))
    ctx.log(`long tasks of the worst run: ${worst.tasks.join('; ') || 'none'}`)
    ctx.log(`the change event's own task: ${describe(choices.map((c) => c.change))}`)
    return choices
  } finally {
    await bench.close()
  }
}

/** Both benchmarks read the same runs: measured once per harness and run count. */
const measured = new WeakMap<BrowserHarness, Map<number, Promise<Choice[]>>>()

async function choices(ctx: BenchContext): Promise<Choice[]> {
  const harness = await ctx.browser()
  const byRuns = measured.get(harness) ?? new Map<number, Promise<Choice[]>>()
  measured.set(harness, byRuns)
  let pending = byRuns.get(ctx.runs)
  if (!pending) {
    pending = measure(harness, ctx)
    byRuns.set(ctx.runs, pending)
  }
  return pending
}

const describe = (samples: number[]) => {
  const { p50, p95 } = summarize(samples)
  return `p50 ${round(p50, 1)} ms, p95 ${round(p95, 1)} ms`
}

/** The longest main-thread task from the choice to the filtered list painted; ms per run. */
export const entityFilterLongestTaskBench: BenchDefinition = {
  id: 'entity-filter.longest-task',
  kind: 'browser',
  unit: 'ms',
  target: 50,
  runs: 10,
  description:
    'the longest main-thread task (longtask, 0 under 50 ms) from choosing Balochistan in the notebook’s Entity filter over 2,000 corpus highlights to the filtered list painted, first choice after a load',
  async run(ctx) {
    const runs = await choices(ctx)
    ctx.log(`time to the filtered list: ${describe(runs.map((c) => c.toList))}`)
    return runs.map((c) => c.longestTask)
  },
}

/** The time from the choice to the frame after the filtered list; ms per run. */
export const entityFilterTimeBench: BenchDefinition = {
  id: 'entity-filter.filtered-2k',
  kind: 'browser',
  unit: 'ms',
  target: 500,
  runs: 10,
  description:
    'choosing Balochistan in the notebook’s Entity filter over 2,000 corpus highlights until the filtered list is painted, first choice after a load',
  async run(ctx) {
    const runs = await choices(ctx)
    ctx.log(`longest task: ${describe(runs.map((c) => c.longestTask))}`)
    return runs.map((c) => c.toList)
  },
}
