/**
 * Every benchmark `npm run bench` knows. To add one, write a definition in
 * `bench/node/*.bench.ts` (pure, under Node) or `bench/browser/*.bench.ts` (Chromium on the
 * web host) and append it to {@link BENCHES}.
 */
import { backupRoundtripBench } from './browser/backup.bench'
import { briefsExportBench } from './browser/briefs.bench'
import { claimsFilterBench, claimsScrollFrameBench, claimsSortBench } from './browser/claims.bench'
import {
  createCommitBench,
  createFrameBench,
  createPaintedBench,
} from './browser/create-highlight.bench'
import { entityFilterLongestTaskBench, entityFilterTimeBench } from './browser/entity-filter.bench'
import {
  importHtmlAddBench,
  importHtmlBench,
  importLongestTaskBench,
  importPdfAddBench,
  importPdfBench,
} from './browser/import.bench'
import { openHighlightsBench } from './browser/open-highlights.bench'
import { reuseBrowserBenches } from './browser/reuse.bench'
import { searchKeystrokePaintBench, searchLoadIndexBrowserBench } from './browser/search.bench'
import { idleMemoryBench, startupInteractiveBench } from './browser/startup.bench'
import { timelinesPanFrameBench, timelinesRenderBench } from './browser/timelines.bench'
import type { BrowserHarness } from './lib/browser'
import { reanchorAllBench, reanchorBench } from './node/reanchor.bench'
import { reuseBenches } from './node/reuse.bench'
import { searchBenches } from './node/search.bench'

/** Where a benchmark runs: in this Node process, or in Chromium through Playwright. */
export type BenchKind = 'node' | 'browser'

/** What the runner hands a benchmark. */
export interface BenchContext {
  /** How many measured runs to return (the definition's `runs` unless `--runs` says). */
  runs: number
  /** Prints a line under the benchmark's id (sanity checks, notes). */
  log(line: string): void
  /** The shared browser and web host, started on first call. Browser benchmarks only. */
  browser(): Promise<BrowserHarness>
}

/** What a benchmark's samples and target are in: milliseconds, or decimal megabytes of memory. */
export type BenchUnit = 'ms' | 'MB'

/** One benchmark. Its result is compared on p95: met when p95 <= target. */
export interface BenchDefinition {
  /** Stable id, `area.what`, used by `--filter` and in results files. */
  id: string
  kind: BenchKind
  unit: BenchUnit
  /** The p95 must be at or below this to meet the target. */
  target: number
  /** Default number of measured runs (warm-up runs, if any, are not counted). */
  runs: number
  /** One sentence on what is measured, printed by `--list`. */
  description: string
  /**
   * Measures `ctx.runs` samples and returns them, in `unit`. Throws when the thing measured
   * went wrong (a sanity check failed): a wrong answer measured fast is not a result.
   */
  run(ctx: BenchContext): Promise<number[]>
}

/** All benchmarks, in the order they run. */
export const BENCHES: readonly BenchDefinition[] = [
  reanchorBench,
  reanchorAllBench,
  openHighlightsBench,
  createCommitBench,
  createPaintedBench,
  createFrameBench,
  claimsSortBench,
  claimsFilterBench,
  claimsScrollFrameBench,
  timelinesRenderBench,
  timelinesPanFrameBench,
  briefsExportBench,
  backupRoundtripBench,
  importPdfBench,
  importHtmlBench,
  importPdfAddBench,
  importHtmlAddBench,
  importLongestTaskBench,
  ...searchBenches,
  ...reuseBenches,
  ...reuseBrowserBenches,
  searchLoadIndexBrowserBench,
  searchKeystrokePaintBench,
  entityFilterLongestTaskBench,
  entityFilterTimeBench,
  startupInteractiveBench,
  idleMemoryBench,
]

/** The benchmarks whose id contains `filter`, or any of its comma-separated parts (all when it is empty). */
export function selectBenches(filter: string | undefined): BenchDefinition[] {
  const parts = filter?.split(',').filter(Boolean) ?? []
  return BENCHES.filter((bench) => parts.length === 0 || parts.some((p) => bench.id.includes(p)))
}
