/**
 * A Chromium profile on disk for the start-up benchmarks: the browser is launched with a user
 * data directory of its own (Playwright's persistent context), so IndexedDB lives in files as
 * it does for the desktop app and outlasts the browser, and every launch is a cold start of
 * the page (new browser, new renderer, nothing of the app in memory). Also finds that
 * browser's renderer processes, to read their memory and CPU time from /proc (Linux).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { benchPage, CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT, type BenchPage } from './browser'

/**
 * A new empty profile directory under the system's temporary folder, removed when this
 * process exits.
 */
export function createProfileDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * Launches Chromium headless on the profile in `dir` (as the e2e web project launches it) with
 * `baseUrl` as the base of relative navigations, and hands back its first page, not yet
 * navigated. `initScripts` run in every page before the page's own scripts, in order. Closing
 * the page closes the browser; the profile's files stay.
 */
export async function launchProfile(
  dir: string,
  baseUrl: string,
  initScripts: readonly string[] = [],
): Promise<BenchPage> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL: baseUrl,
    viewport: VIEWPORT,
  })
  try {
    return await benchPage(context, initScripts, () => context.close())
  } catch (error) {
    await context.close()
    throw error
  }
}

/** One renderer process: its pid, memory and CPU time so far. */
export interface RendererProcess {
  pid: number
  /** Resident memory (VmRSS), in bytes: with the shared libraries' pages it has in memory. */
  rss: number
  /** Proportional set size (shared pages split among their users), in bytes; NaN if unreadable. */
  pss: number
  /** Resident pages no other process maps (what closing it would free), in bytes; NaN if unreadable. */
  private: number
  /** User plus system CPU time, in milliseconds. */
  cpuMs: number
}

const CLOCK_TICKS_PER_SECOND = 100

/** CPU time (user + system) of `pid` so far, in ms; NaN once the process has gone. */
export function cpuTimeMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces: the fields after it start past its closing ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND
  } catch {
    return NaN
  }
}

/** A `<name>: <n> kB` field of a /proc file, in bytes; NaN when absent. */
function bytesField(text: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)
  return match ? Number(match[1]) * 1024 : NaN
}

/** The process's memory and CPU time, or null when it has gone. */
export function readRenderer(pid: number): RendererProcess | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    let rollup = ''
    try {
      rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
    } catch {
      // Older kernels have no smaps_rollup: RSS is still said.
    }
    return {
      pid,
      rss: bytesField(status, 'VmRSS'),
      pss: bytesField(rollup, 'Pss'),
      private: bytesField(rollup, 'Private_Clean') + bytesField(rollup, 'Private_Dirty'),
      cpuMs: cpuTimeMs(pid),
    }
  } catch {
    return null
  }
}

/**
 * The renderer processes (`--type=renderer`) of the browser launched on the profile `dir`:
 * every descendant of the process whose command line names that user data directory.
 */
export function rendererProcesses(dir: string): RendererProcess[] {
  const processes = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ')
        return { pid: Number(entry), ppid, args }
      } catch {
        return null // Gone since the folder was listed.
      }
    })
    .filter((p): p is { pid: number; ppid: number; args: string } => p !== null)
  const roots = processes.filter(
    (p) => p.args.includes(`--user-data-dir=${dir}`) && !p.args.includes('--type='),
  )
  const family = new Set(roots.map((p) => p.pid))
  for (let grew = true; grew;) {
    grew = false
    for (const p of processes) {
      if (family.has(p.ppid) && !family.has(p.pid)) {
        family.add(p.pid)
        grew = true
      }
    }
  }
  return processes
    .filter((p) => family.has(p.pid) && p.args.includes('--type=renderer'))
    .map((p) => readRenderer(p.pid))
    .filter((r): r is RendererProcess => r !== null)
}

/**
 * The renderer of the profile's app page: of its renderers, the one that has used the most
 * CPU (a spare renderer Chromium keeps ready has run next to nothing). Throws when there is
 * none (not Linux, or the browser has gone).
 */
export function appRenderer(dir: string): RendererProcess {
  const renderers = rendererProcesses(dir)
  const busiest = renderers.sort((a, b) => b.cpuMs - a.cpuMs)[0]
  if (!busiest) throw new Error(`No renderer process of the browser on ${dir} was found.`)
  return busiest
}
