/**
 * backup.roundtrip-50k: backing up a workspace of 50,000 records from the Backup dialog
 * and restoring the file with "Replace everything", both in the web host. Each sample is
 * the sum of the two clocks: saving (the click on "Save a backup…" to the web host's click
 * on its download link) and restoring (the file input's change event, through reading,
 * checking and planning the file and the click on "Replace everything", to the dialog
 * saying the backup was restored).
 *
 * The page runs on a Chromium profile on disk, as the desktop app's and a browser window's
 * IndexedDB do. Playwright's fresh contexts are off the record, so their IndexedDB is held
 * in memory, and in Chromium 150 writing there slows down with what the origin holds: one
 * transaction clearing a store and putting 20,000 rows took 16.8 s there and 2.3 s on disk,
 * with no app code involved (2026-12-07, docs/benchmarks.md), which made this benchmark
 * measure that store rather than the restore. Each run starts once the app is idle (see
 * untilIdle: the workers index the seeded rows first).
 */
import type { Page } from '@playwright/test'
import { openApp, settle } from '../lib/app-page'
import { corpusModels, timedDownloadClick, withDownload } from '../lib/briefs-page'
import { seedTable } from '../lib/claims-page'
import { countRows } from '../lib/idb-rows'
import {
  appRenderer,
  createProfileDir,
  launchProfile,
  readRenderer,
} from '../lib/persistent-profile'
import { round } from '../lib/stats'
import {
  BACKUP_SEED_TABLES,
  generateBackupWorkspace,
  recordCount,
  type SyntheticBackupWorkspace,
} from '../lib/synthetic-backup'
import type { BenchDefinition } from '../registry'

const DIALOG = 'dialog.backup-dialog'

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].every((key) => a[key] === b[key])
}

function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ')
}

/** What one restore took, in parts. */
interface RestoreTiming {
  /** Change event to the plan shown with "Replace everything" enabled: read, check, plan. */
  planMs: number
  /** The click on "Replace everything" to "Backup restored…": check again and write. */
  writeMs: number
  /** Of writeMs: the click to the copy of the work kept (`cf:restore:copy-kept`). */
  copyMs: number
  /** Of writeMs: the copy kept to the restore's transaction committed (`cf:restore:written`). */
  storeMs: number
  /** The plan's lines as the dialog showed them. */
  plan: string[]
}

type RestoreWindow = Window & { __benchRestore?: Promise<RestoreTiming> }

/**
 * In the page: arms the restore clock. A capture-phase listener takes the time of the
 * Backup file input's change event; a MutationObserver clicks "Replace everything" as soon
 * as the plan shows it enabled, and stops the clock when the dialog's status says "Backup
 * restored". The timing is left in `window.__benchRestore`; hand the file to the input
 * after this resolves.
 */
async function armRestoreClock(page: Page, timeoutMs = 300_000): Promise<void> {
  await page.evaluate(
    ({ dialog, timeoutMs }) => {
      const root = document.querySelector(dialog)
      if (!root) throw new Error('The Backup dialog is not open.')
      ;(window as RestoreWindow).__benchRestore = new Promise<RestoreTiming>((resolve, reject) => {
        let changed: number | null = null
        let clicked: number | null = null
        let plan: string[] = []
        const replace = () =>
          [...root.querySelectorAll<HTMLButtonElement>('.backup-plan button')].find(
            (b) => b.textContent === 'Replace everything',
          )
        const status = () => root.querySelector('.backup-done')?.textContent ?? ''
        const stop = () => {
          observer.disconnect()
          clearTimeout(timer)
          root.removeEventListener('change', onChange, true)
        }
        const timer = setTimeout(() => {
          stop()
          const problems = root.querySelector('.backup-problems')?.textContent
          reject(
            new Error(
              `The restore did not finish within ${timeoutMs} ms` +
                (problems ? `: ${problems}` : `; status “${status()}”`),
            ),
          )
        }, timeoutMs)
        const onChange = (event: Event) => {
          if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
            changed = performance.now()
          }
        }
        const observer = new MutationObserver(() => {
          if (changed === null) return
          if (clicked === null) {
            const button = replace()
            if (!button || button.disabled) return
            plan = [...root.querySelectorAll('.backup-plan li')].map((li) => li.textContent ?? '')
            clicked = performance.now()
            button.click()
            return
          }
          if (status().startsWith('Backup restored')) {
            const done = performance.now()
            stop()
            const at = clicked
            const mark = (name: string) =>
              performance
                .getEntriesByName(name, 'mark')
                .filter((m) => m.startTime >= at)
                .at(-1)?.startTime ?? NaN
            const kept = mark('cf:restore:copy-kept')
            resolve({
              planMs: at - changed,
              writeMs: done - at,
              copyMs: kept - at,
              storeMs: mark('cf:restore:written') - kept,
              plan,
            })
          }
        })
        root.addEventListener('change', onChange, true)
        observer.observe(root, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['disabled'],
        })
      })
    },
    { dialog: DIALOG, timeoutMs },
  )
}

/** The renderer's CPU share below which the app counts as idle, over {@link QUIET_WINDOW_S}. */
const QUIET_SHARE = 0.05
const QUIET_WINDOW_S = 3
/** The longest wait for the app to go idle before a run; it is measured anyway after. */
const IDLE_LIMIT_S = 240

/**
 * Waits until the app's renderer (the page and its workers) has used less than
 * {@link QUIET_SHARE} of a core for {@link QUIET_WINDOW_S} seconds in a row; the seconds
 * waited, or null when it was still busy after {@link IDLE_LIMIT_S}. The rows are seeded
 * behind the app's back, so after the reload its workers index all 50,000 of them from
 * scratch (and after a restore they read them again, and the day's backup is written): a
 * restore timed during that shares the two cores and the origin's IndexedDB with them,
 * which someone with that workspace does not see, as their indexes were built long ago.
 */
async function untilIdle(dir: string): Promise<number | null> {
  const pid = appRenderer(dir).pid
  const shares: number[] = []
  let previous = readRenderer(pid)?.cpuMs ?? NaN
  for (let second = 1; second <= IDLE_LIMIT_S; second++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = readRenderer(pid)?.cpuMs ?? NaN
    shares.push((now - previous) / 1000)
    previous = now
    const recent = shares.slice(-QUIET_WINDOW_S)
    if (recent.length === QUIET_WINDOW_S && recent.every((share) => share < QUIET_SHARE)) {
      return second
    }
  }
  return null
}

/** Opens the Backup dialog from the top bar (closing it first resets it). */
async function openBackupDialog(page: Page): Promise<void> {
  const dialog = page.locator(DIALOG)
  if (await dialog.evaluate((d) => (d as HTMLDialogElement).open)) {
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
  }
  await page.getByRole('button', { name: 'Backup', exact: true }).click()
  await dialog.getByRole('button', { name: 'Save a backup…' }).waitFor()
  await settle(page)
}

/** The table lengths of a backup file, for the tables the fixture seeds. */
function checkBackupFile(text: string, data: SyntheticBackupWorkspace): void {
  const parsed = JSON.parse(text) as { format?: string; tables?: Record<string, unknown[]> }
  if (parsed.format !== 'casefile-backup')
    throw new Error('The saved file is not a Casefile backup.')
  for (const table of BACKUP_SEED_TABLES) {
    const found = parsed.tables?.[table]?.length
    if (found !== data[table].length) {
      throw new Error(`The backup holds ${found ?? 'no'} ${table}, not ${data[table].length}.`)
    }
  }
}

/** Back up and restore 50,000 records through the Backup dialog; ms per round trip. */
export const backupRoundtripBench: BenchDefinition = {
  id: 'backup.roundtrip-50k',
  kind: 'browser',
  unit: 'ms',
  target: 15_000,
  runs: 3,
  description:
    'save a backup of 50,000 records from the Backup dialog, then restore it with “Replace everything” (reported; the target is a generous bound, not one of the issue)',
  async run(ctx) {
    const harness = await ctx.browser()
    const docs = await corpusModels(harness.baseUrl)
    const generating = performance.now()
    const data = generateBackupWorkspace(docs)
    ctx.log(
      `fixture: ${recordCount(data)} records (` +
        BACKUP_SEED_TABLES.map((t) => `${t} ${data[t].length}`).join(', ') +
        `), generated in ${round(performance.now() - generating, 0)} ms`,
    )
    const dir = createProfileDir('casefile-backup')
    const bench = await launchProfile(dir, harness.baseUrl)
    const { page } = bench
    try {
      // The Briefs view with no brief reads none of what is seeded, so its re-render after
      // a restore costs nothing: the clocks time the backup, not a view.
      await openApp(page, '#/briefs')
      for (const table of BACKUP_SEED_TABLES) await seedTable(page, table, data[table])
      await page.reload()
      await page.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
      const before = await countRows(page)
      ctx.log(`database before: ${formatCounts(before)}`)

      const samples: number[] = []
      for (let run = 0; run < ctx.runs; run++) {
        const waited = await untilIdle(dir)
        ctx.log(
          waited === null
            ? `run ${run + 1}: the app was still busy after ${IDLE_LIMIT_S} s; measured anyway`
            : `run ${run + 1}: the app went idle after ${waited} s`,
        )
        await openBackupDialog(page)
        const saved = await withDownload(page, () =>
          timedDownloadClick(page, 'Save a backup…', { scope: DIALOG, timeoutMs: 300_000 }),
        )
        checkBackupFile(saved.text, data)
        await settle(page)

        await armRestoreClock(page)
        await page.locator(DIALOG).getByLabel('Backup file').setInputFiles(saved.path)
        const restored = await page.evaluate(() => (window as RestoreWindow).__benchRestore)
        if (!restored) throw new Error('The restore clock was not armed.')
        const after = await countRows(page)
        if (!sameCounts(before, after)) {
          throw new Error(
            `After the restore the database holds ${formatCounts(after)}, not ${formatCounts(before)}.`,
          )
        }
        const restore = restored.planMs + restored.writeMs
        samples.push(saved.result.ms + restore)
        ctx.log(
          `run ${run + 1}: back up ${round(saved.result.ms, 0)} ms (` +
            `${round(Buffer.byteLength(saved.text) / 1_048_576, 1)} MiB), restore ` +
            `${round(restore, 0)} ms (read, check and plan ${round(restored.planMs, 0)} ms, ` +
            `check again and write ${round(restored.writeMs, 0)} ms: keep a copy ` +
            `${round(restored.copyMs, 0)} ms, write ${round(restored.storeMs, 0)} ms); counts equal`,
        )
        if (run === 0) ctx.log(`plan shown: ${restored.plan.join('; ')}`)
        await settle(page)
      }
      bench.assertNoErrors()
      return samples
    } finally {
      await bench.close()
    }
  },
}
