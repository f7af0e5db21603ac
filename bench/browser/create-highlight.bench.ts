/**
 * highlights.create-commit, create-painted and create-frame: making a highlight the way an
 * analyst does (select a passage, the toolbar appears, press 1 for yellow) in the synthetic
 * document with 2,000 highlights, timed with the app's own performance marks: colour pick
 * to committed IndexedDB transaction; commit to the start of the frame that shows the
 * highlight (within one frame means it is the very next frame); and that frame's own
 * style, layout and paint. All three ids come from one measured session.
 */
import type { Page } from '@playwright/test'
import type { Block } from '../../src/shared/corpus/document-model'
import { openApp, seedHighlights, serveExtraDocument, settle, waitForReader } from '../lib/app-page'
import type { BrowserHarness } from '../lib/browser'
import { highlightFixture } from '../lib/fixture'
import { createRandom } from '../lib/prng'
import type { BenchContext, BenchDefinition } from '../registry'

/**
 * The marks the app records (src/renderer/src/features/highlights/actions.ts and
 * reader/AnnotatedDocument.tsx): the colour pick, the committed transaction, the start of
 * the next frame after the new highlight was registered with CSS.highlights, and the end
 * of that frame's rendering.
 */
const MARKS = {
  start: 'cf:highlight-create:start',
  committed: 'cf:highlight-create:committed',
  frame: 'cf:highlight-create:frame',
  painted: 'cf:highlight-create:painted',
} as const

/** Untimed creations before the measured ones. */
const WARMUP_RUNS = 3

interface CreateSamples {
  /** Colour pick to committed. */
  committed: number[]
  /** Committed to the start of the frame that shows the highlight. */
  toFrame: number[]
  /** That frame's rendering. */
  frame: number[]
}

const sessions = new WeakMap<BrowserHarness, Map<number, Promise<CreateSamples>>>()

/** One measured session per browser and run count, shared by both definitions. */
function measureOnce(harness: BrowserHarness, ctx: BenchContext): Promise<CreateSamples> {
  let byRuns = sessions.get(harness)
  if (!byRuns) sessions.set(harness, (byRuns = new Map()))
  let pending = byRuns.get(ctx.runs)
  if (!pending) {
    pending = measure(harness, ctx)
    byRuns.set(ctx.runs, pending)
  } else {
    ctx.log('same session as highlights.create-commit (one measurement gives all three ids)')
  }
  return pending
}

/** Selects [from, to) of block `index`'s first text node and releases the pointer. */
async function selectInBlock(page: Page, index: number, from: number, to: number) {
  await page.evaluate(
    ({ index, from, to }) => {
      const element = document.querySelector(`[data-block="${index}"]`)
      const node = element?.firstChild
      if (!element || !node || node.nodeType !== Node.TEXT_NODE) {
        throw new Error(`Block ${index} has no text node to select.`)
      }
      element.scrollIntoView({ block: 'center' })
      const range = document.createRange()
      range.setStart(node, from)
      range.setEnd(node, to)
      const selection = document.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }))
    },
    { index, from, to },
  )
}

/**
 * In the page: resolves once the new highlight is committed and painted, with the start,
 * committed, frame and painted marks' times (a painted mark older than this creation's
 * start is ignored).
 */
function armWaiter(page: Page) {
  return page.evaluate(
    ({ marks }) => {
      type Times = [number, number, number, number]
      const w = window as unknown as { __benchCreate?: Promise<Times> }
      w.__benchCreate = new Promise<Times>((resolve, reject) => {
        const article = document.querySelector('article.document')
        if (!article) throw new Error('No document is open.')
        const mark = (name: string) => performance.getEntriesByName(name, 'mark').at(-1)
        const check = () => {
          const start = mark(marks.start)
          const committed = mark(marks.committed)
          const frame = mark(marks.frame)
          const shown = mark(marks.painted)
          const painted =
            shown && start && shown.startTime >= start.startTime ? shown.startTime : null
          if (!start || !committed || !frame || painted === null) return
          observer.disconnect()
          marksObserver.disconnect()
          clearTimeout(timer)
          resolve([start.startTime, committed.startTime, frame.startTime, painted])
        }
        const observer = new MutationObserver(check)
        observer.observe(article, {
          attributes: true,
          attributeFilter: ['data-painted-highlights'],
        })
        const marksObserver = new PerformanceObserver(check)
        marksObserver.observe({ type: 'mark' })
        const timer = setTimeout(() => {
          observer.disconnect()
          marksObserver.disconnect()
          const seen = performance.getEntriesByType('mark').map((m) => m.name)
          reject(new Error(`No committed and painted highlight within 10 s; marks: ${seen}`))
        }, 10_000)
      })
    },
    { marks: MARKS },
  )
}

async function measure(harness: BrowserHarness, ctx: BenchContext): Promise<CreateSamples> {
  const { doc, summary, records } = highlightFixture()
  const bench = await harness.newPage()
  const { page } = bench
  const random = createRandom(5)
  try {
    const other = await serveExtraDocument(page, harness.baseUrl, doc, summary)
    await openApp(page, `#/doc/${other}`)
    await waitForReader(page, other)
    await seedHighlights(page, records)
    await page.evaluate((id) => {
      location.hash = `#/doc/${encodeURIComponent(id)}`
    }, doc.meta.id)
    await waitForReader(page, doc.meta.id, records.length)

    // Paragraphs long enough for a 40-120 character passage that starts and ends on words.
    const paragraphs = doc.blocks
      .map((block, index) => ({ block, index }))
      .filter(({ block }) => block.kind === 'paragraph' && block.text.length > 200)
    const toolbar = page.locator('[role="toolbar"][aria-label="Selection"]')
    const samples: CreateSamples = { committed: [], toFrame: [], frame: [] }
    for (let run = 0; run < WARMUP_RUNS + ctx.runs; run++) {
      const { block, index } = random.pick(paragraphs) as { block: Block; index: number }
      let from = random.int(0, block.text.length - 130)
      while (from > 0 && block.text.charAt(from - 1) !== ' ') from--
      let to = from + random.int(40, 120)
      while (to < block.text.length && block.text.charAt(to) !== ' ') to++
      await page.evaluate((names) => {
        for (const name of Object.values(names)) performance.clearMarks(name)
      }, MARKS)
      await selectInBlock(page, index, from, to)
      await toolbar.waitFor({ state: 'visible' })
      await settle(page)
      await armWaiter(page)
      await page.keyboard.press('1')
      const [start, committed, frame, painted] = await page.evaluate(
        () =>
          (window as unknown as { __benchCreate: Promise<[number, number, number, number]> })
            .__benchCreate,
      )
      await toolbar.waitFor({ state: 'detached' })
      await settle(page)
      if (run >= WARMUP_RUNS) {
        samples.committed.push(committed - start)
        samples.toFrame.push(frame - committed)
        samples.frame.push(painted - frame)
      }
    }
    bench.assertNoErrors()
    ctx.log(
      `${WARMUP_RUNS + ctx.runs} highlights created (${WARMUP_RUNS} warm-up) on top of ` +
        `${records.length}; times from the cf:highlight-create:start mark`,
    )
    return samples
  } finally {
    await bench.close()
  }
}

/** Colour pick to committed IndexedDB transaction, in ms. */
export const createCommitBench: BenchDefinition = {
  id: 'highlights.create-commit',
  kind: 'browser',
  unit: 'ms',
  target: 20,
  runs: 30,
  description:
    'pick a colour for a selection to the IndexedDB transaction committed (2,000 highlights open)',
  async run(ctx) {
    return (await measureOnce(await ctx.browser(), ctx)).committed
  },
}

/**
 * Committed to the start of the frame that shows the new highlight, in ms. At most one
 * frame interval (60 Hz) when nothing holds the main thread: it is the next frame.
 */
export const createPaintedBench: BenchDefinition = {
  id: 'highlights.create-painted',
  kind: 'browser',
  unit: 'ms',
  target: 16.7,
  runs: 30,
  description: 'committed to the start of the frame that shows the new highlight (the next one)',
  async run(ctx) {
    return (await measureOnce(await ctx.browser(), ctx)).toFrame
  },
}

/** Style, layout and paint of the frame that shows the new highlight, in ms; one frame's budget. */
export const createFrameBench: BenchDefinition = {
  id: 'highlights.create-frame',
  kind: 'browser',
  unit: 'ms',
  target: 16.7,
  runs: 30,
  description: 'rendering of the frame that shows the new highlight (style, layout, paint)',
  async run(ctx) {
    return (await measureOnce(await ctx.browser(), ctx)).frame
  },
}
