/**
 * import.*: importing large files in the web host by dropping them on the library pane
 * and adding them to the library. `import.pdf-300p` (a 300-page text PDF) and
 * `import.html-5mb` (a 5 MB saved news page) time the drop until the import dialog shows
 * the file's metadata sheet (the text is read); `import.pdf-300p-add` and
 * `import.html-5mb-add` time the click on "Add to library" until the library lists the
 * document; `import.longest-task` is the longest main-thread task seen over both phases of
 * both files (the same runs: one run of it is the PDF import and the web page import of the
 * same index). Each run starts from a blank page with the origin's storage emptied, so the
 * database, the undo history, the import worker and the queue start clean and each file is
 * added to an empty library; one untimed warm-up run per file comes first.
 */
import { settle } from '../lib/app-page'
import type { BrowserHarness } from '../lib/browser'
import {
  loadImportFile,
  openEmptyApp,
  readSheet,
  serveImportFile,
  timedAdd,
  timedDrop,
  type FrameScript,
  type LongTask,
  type PhaseTiming,
} from '../lib/import-page'
import { makeLargeHtml } from '../lib/make-large-html'
import { makeLargePdf } from '../lib/make-large-pdf'
import { round, summarize } from '../lib/stats'
import type { BenchContext, BenchDefinition } from '../registry'

/** A file to import and what its sheet's Title must read. */
interface ImportInput {
  name: string
  type: string
  bytes: Uint8Array
  title: string
  /** The fewest and most words the sheet may say were read. */
  words: [number, number]
  /** What the sheet must say besides (the page count of a PDF). */
  counts: RegExp
  /** What the file is, for the log. */
  about: string
}

type Format = 'pdf' | 'html'

/** One timed import: the drop until the sheet, then Add until the document is listed. */
interface ImportTiming {
  drop: PhaseTiming
  add: PhaseTiming
}

type PhaseName = keyof ImportTiming

async function makeInput(format: Format): Promise<ImportInput> {
  if (format === 'pdf') {
    const bytes = await makeLargePdf({ pages: 300 })
    return {
      name: 'synthetic-report-300p.pdf',
      type: 'application/pdf',
      bytes,
      title: 'Synthetic report for the import benchmark',
      // About 590 words a page: far fewer would mean pages or paragraphs were lost.
      words: [150_000, 250_000],
      counts: /^PDF · 300 pages · /,
      about: `300-page text PDF, ${mib(bytes.length)}`,
    }
  }
  const page = makeLargeHtml()
  return {
    name: 'border-talks-saved-page.html',
    type: 'text/html',
    bytes: page.bytes,
    title: page.title,
    // The article's words, plus captions, the standfirst or the byline if they are kept.
    words: [page.articleWords, page.articleWords + 2_000],
    counts: /^Web page · /,
    about:
      `saved web page, ${mib(page.bytes.length)} (${page.bytes.length.toLocaleString('en-US')} bytes): ` +
      `article ${page.articleChars.toLocaleString('en-US')} characters in ${page.articleBlocks} blocks, ` +
      `inline scripts and styles ${mib(page.scriptStyleBytes)}`,
  }
}

function mib(bytes: number): string {
  return `${round(bytes / 1024 ** 2, 2)} MiB`
}

const sessions = new Map<string, Promise<ImportTiming[]>>()

/**
 * The measured imports of `format` (`ctx.runs` of them after one warm-up), made once per
 * `npm run bench` and shared by the format's benchmark and `import.longest-task`.
 */
function importSession(ctx: BenchContext, format: Format): Promise<ImportTiming[]> {
  const key = `${format}:${ctx.runs}`
  let session = sessions.get(key)
  if (!session) {
    session = runImports(ctx, format)
    sessions.set(key, session)
  }
  return session
}

async function runImports(ctx: BenchContext, format: Format): Promise<ImportTiming[]> {
  const harness: BrowserHarness = await ctx.browser()
  const making = performance.now()
  const input = await makeInput(format)
  ctx.log(`${format}: ${input.about}, made in ${round(performance.now() - making, 0)} ms`)
  const bench = await harness.newPage()
  const { page } = bench
  try {
    await serveImportFile(page, input.name, input.bytes, input.type)
    const timings: ImportTiming[] = []
    for (let run = 0; run <= ctx.runs; run++) {
      await openEmptyApp(page)
      await page.locator('.library .library-count').waitFor()
      const size = await loadImportFile(page, input.name, input.type)
      if (size !== input.bytes.length)
        throw new Error(`The page got ${size} bytes of ${input.name}.`)
      await settle(page)
      const drop = await timedDrop(page)
      const sheet = await readSheet(page, input.name)
      if (sheet.title !== input.title) {
        throw new Error(
          `The sheet of ${input.name} has the title “${sheet.title}”, not “${input.title}”.`,
        )
      }
      const [fewest, most] = input.words
      if (!input.counts.test(sheet.counts) || !(sheet.words >= fewest && sheet.words <= most)) {
        throw new Error(
          `The sheet of ${input.name} says “${sheet.counts}”: expected ${input.counts} and ` +
            `${fewest.toLocaleString('en-US')}-${most.toLocaleString('en-US')} words.`,
        )
      }
      if (run === 0) ctx.log(`${format}: the sheet says “${sheet.counts}”`)
      // The analyst reads the sheet before adding: what was drawn is not billed to the add.
      await settle(page)
      const add = await timedAdd(page, input.name, sheet.title)
      bench.assertNoErrors()
      const label = `${format} ${run === 0 ? 'warm-up' : `run ${run}`}`
      ctx.log(`${label}, drop to sheet: ${describePhase(drop, 'sheet in the DOM')}`)
      ctx.log(`${label}, add to listed: ${describePhase(add, 'listed in the DOM')}`)
      if (run > 0) timings.push({ drop, add })
    }
    return timings
  } finally {
    await bench.close()
  }
}

/** The longest task of `phases` of one import (0 when none reached 50 ms). */
function worstTask(timing: ImportTiming, phases: readonly PhaseName[] = ['drop', 'add']): number {
  return Math.max(0, ...phases.flatMap((phase) => timing[phase].longTasks.map((t) => t.duration)))
}

function describePhase(timing: PhaseTiming, seen: string): string {
  const tasks = timing.longTasks.map(
    (task) =>
      `${round(task.duration, 0)} ms at +${round(task.start, 0)} ms${attribution(timing, task)}`,
  )
  return (
    `${round(timing.ms, 0)} ms (${seen} at ${round(timing.seenMs, 0)} ms); ` +
    `${timing.longTasks.length} long tasks` +
    (tasks.length > 0 ? `: ${tasks.join('; ')}` : '')
  )
}

/**
 * What ran in `task`, as far as Chromium's long animation frames tell: the longest script
 * inside the task's time (how it was invoked, the function and where it starts in which
 * file, for the build's source map).
 */
function attribution(timing: PhaseTiming, task: LongTask): string {
  const end = task.start + task.duration
  let best: FrameScript | null = null
  for (const frame of timing.longFrames) {
    for (const script of frame.scripts) {
      if (script.start < task.start - 1 || script.start > end) continue
      if (!best || script.duration > best.duration) best = script
    }
  }
  if (!best) return ''
  const file = best.sourceURL.split('/').pop() || best.sourceURL
  const fn = best.sourceFunctionName || '(anonymous)'
  return ` (${round(best.duration, 0)} ms of script: ${best.invoker}, ${fn} at ${file}:${best.sourceCharPosition})`
}

function importBench(
  format: Format,
  phase: PhaseName,
  id: string,
  target: number,
  description: string,
): BenchDefinition {
  return {
    id,
    kind: 'browser',
    unit: 'ms',
    target,
    runs: 5,
    description,
    async run(ctx) {
      const timings = await importSession(ctx, format)
      return timings.map((t) => t[phase].ms)
    },
  }
}

/** Drop a 300-page text PDF on the library until its metadata sheet shows; ms per import. */
export const importPdfBench = importBench(
  'pdf',
  'drop',
  'import.pdf-300p',
  10_000,
  'drop a 300-page text PDF on the library until the import dialog shows its metadata sheet (and the next frame)',
)

/** Drop a 5 MB saved web page on the library until its metadata sheet shows; ms per import. */
export const importHtmlBench = importBench(
  'html',
  'drop',
  'import.html-5mb',
  10_000,
  'drop a 5 MB saved news page on the library until the import dialog shows its metadata sheet (and the next frame)',
)

/** Add the read PDF to the library until the library lists it; ms per import. */
export const importPdfAddBench = importBench(
  'pdf',
  'add',
  'import.pdf-300p-add',
  1_000,
  'click "Add to library" on the sheet of the 300-page PDF until the Sources list shows it (and the next frame)',
)

/** Add the read web page to the library until the library lists it; ms per import. */
export const importHtmlAddBench = importBench(
  'html',
  'add',
  'import.html-5mb-add',
  1_000,
  'click "Add to library" on the sheet of the 5 MB web page until the Sources list shows it (and the next frame)',
)

/** The longest main-thread task over both phases of both imports; ms, one sample per run. */
export const importLongestTaskBench: BenchDefinition = {
  id: 'import.longest-task',
  kind: 'browser',
  unit: 'ms',
  target: 50,
  runs: 5,
  description:
    'the longest main-thread task (PerformanceObserver longtask) from the drop to the sheet and from Add to listed (+500 ms), over the PDF and the web page import of the same run',
  async run(ctx) {
    const pdf = await importSession(ctx, 'pdf')
    const html = await importSession(ctx, 'html')
    const samples = pdf.map((p, i) => Math.max(worstTask(p), worstTask(html[i]!)))
    for (const [format, timings] of [
      ['pdf', pdf],
      ['html', html],
    ] as const) {
      for (const phase of ['drop', 'add'] as const) {
        const worst = timings.map((t) => worstTask(t, [phase]))
        const counts = timings.map((t) => t[phase].longTasks.length)
        const { p50, p95 } = summarize(worst)
        ctx.log(
          `${format} ${phase}: worst long task per run ${worst.map((w) => round(w, 0)).join(', ')} ms ` +
            `(p50 ${round(p50, 0)}, p95 ${round(p95, 0)}); long tasks per run ${counts.join(', ')}`,
        )
      }
    }
    return samples
  },
}
