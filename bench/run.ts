/**
 * `npm run bench`: runs the benchmarks of bench/registry.ts, prints a table with whether
 * each target is met, and writes bench/results/latest.json.
 *
 *   npm run bench                          all benchmarks
 *   npm run bench -- --filter reanchor     only ids containing "reanchor" (a,b: either)
 *   npm run bench -- --runs 5              5 measured runs each instead of the defaults
 *   npm run bench -- --build               rebuild out/web even if it looks current
 *   npm run bench -- --strict              exit 1 when a target is missed
 *   npm run bench -- --list                list the benchmarks and exit
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startBrowserHarness, type BrowserHarness } from './lib/browser'
import { describeMachine, formatMachine } from './lib/machine'
import { round, summarize } from './lib/stats'
import { formatTable } from './lib/table'
import { selectBenches, type BenchContext, type BenchDefinition, type BenchUnit } from './registry'

/** One line of bench/results/latest.json. */
export interface BenchResult {
  id: string
  p50: number
  p95: number
  unit: BenchUnit
  target: number
  runs: number
}

const RESULTS_FILE = resolve(import.meta.dirname, 'results/latest.json')

const USAGE = `Usage: npm run bench -- [--filter <substring>] [--runs <n>] [--build] [--strict] [--list]`

function parseOptions() {
  const { values } = parseArgs({
    options: {
      filter: { type: 'string' },
      runs: { type: 'string' },
      build: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const runs = values.runs === undefined ? undefined : Number(values.runs)
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) {
    throw new Error(`--runs must be a whole number above 0, not “${values.runs}”.`)
  }
  return { ...values, runs }
}

function met(result: BenchResult): boolean {
  return result.p95 <= result.target
}

async function main(): Promise<number> {
  const options = parseOptions()
  if (options.help) {
    console.log(USAGE)
    return 0
  }
  const benches = selectBenches(options.filter)
  if (options.list) {
    for (const b of benches) {
      console.log(`${b.id}  [${b.kind}, target p95 <= ${b.target} ${b.unit}]  ${b.description}`)
    }
    return 0
  }
  if (benches.length === 0) {
    console.error(`No benchmark id contains “${options.filter}”. See npm run bench -- --list.`)
    return 1
  }

  let harness: Promise<BrowserHarness> | null = null
  const results: BenchResult[] = []
  const failed: string[] = []
  try {
    for (const bench of benches) {
      const runs = options.runs ?? bench.runs
      const ctx: BenchContext = {
        runs,
        log: (line) => console.log(`  ${line}`),
        browser: () => {
          if (bench.kind !== 'browser') throw new Error(`${bench.id} is not a browser benchmark.`)
          harness ??= startBrowserHarness({
            forceBuild: options.build,
            log: (line) => console.log(`  ${line}`),
          })
          return harness
        },
      }
      console.log(`${bench.id} (${bench.kind}, ${runs} runs)`)
      try {
        const samples = await bench.run(ctx)
        checkSamples(bench, samples, runs)
        const { p50, p95 } = summarize(samples)
        const result: BenchResult = {
          id: bench.id,
          p50: round(p50),
          p95: round(p95),
          unit: bench.unit,
          target: bench.target,
          runs: samples.length,
        }
        results.push(result)
        console.log(
          `  p50 ${result.p50} ${result.unit}, p95 ${result.p95} ${result.unit}: ` +
            (met(result) ? 'target met' : `target of ${result.target} ${result.unit} MISSED`),
        )
      } catch (error) {
        failed.push(bench.id)
        console.error(
          `  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
        )
      }
    }
  } finally {
    const started = harness as Promise<BrowserHarness> | null
    const browser = started ? await started.catch(() => null) : null
    report(results, browser?.version ?? null)
    await browser?.close()
  }
  if (failed.length > 0) {
    console.error(`\n${failed.length} benchmark(s) failed: ${failed.join(', ')}`)
    return 1
  }
  const missed = results.filter((r) => !met(r))
  if (missed.length > 0 && options.strict) return 1
  return 0
}

function checkSamples(bench: BenchDefinition, samples: number[], runs: number): void {
  if (samples.length !== runs || !samples.every((s) => Number.isFinite(s) && s >= 0)) {
    throw new Error(
      `${bench.id} returned ${samples.length} samples (${runs} expected) or an invalid one.`,
    )
  }
}

function report(results: BenchResult[], chromium: string | null): void {
  console.log(`\n${formatMachine(describeMachine(chromium))}\n`)
  const rows = results.map((r) => [
    r.id,
    String(r.runs),
    `${r.p50.toFixed(2)}`,
    `${r.p95.toFixed(2)}`,
    `<= ${r.target}`,
    r.unit,
    met(r) ? 'yes' : 'NO',
  ])
  console.log(
    formatTable(
      ['benchmark', 'runs', 'p50', 'p95', 'target (p95)', 'unit', 'met'],
      rows,
      new Set([1, 2, 3, 4]),
    ),
  )
  mkdirSync(dirname(RESULTS_FILE), { recursive: true })
  writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n')
  console.log(`\nWrote ${relative(process.cwd(), RESULTS_FILE)}`)
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    console.error(USAGE)
    process.exitCode = 1
  },
)
