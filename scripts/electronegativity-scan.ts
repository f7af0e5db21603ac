/**
 * Runs electronegativity (Doyensec's Electron security scanner) over a list of files and
 * returns its findings, for scripts/electronegativity-gate.ts.
 *
 * It drives the scanner's own pieces (Parser, Finder, GlobalChecks) rather than its `run()`:
 * `run()` fetches translations from a remote bucket on every call, and the gate runs offline;
 * `run()` takes one folder, while the global checks (navigation limits, permission handler,
 * CSP) must see main, preload and renderer together, without the unit tests. (The CLI is no
 * use to a gate: it exits 0 whatever it finds.) What `run()` adds beyond this (progress bars,
 * tables, output files) is presentation.
 */
import { readdirSync, readFileSync } from 'node:fs'
import dns from 'node:dns'
import { createRequire } from 'node:module'
import net from 'node:net'
import { dirname, join } from 'node:path'
import {
  repoPath,
  toFinding,
  type Finding,
  type RawIssue,
  type Unparsed,
} from './electronegativity-review.ts'

/** The check that asks GitHub which Electron releases fix what: it needs the network. */
export const EXCLUDED_CHECKS: readonly string[] = ['AvailableSecurityFixesGlobalCheck']

const SCANNED_EXTENSIONS = /\.(ts|tsx|js|jsx|html)$/
const isTest = (name: string) => /\.test\.[cm]?[jt]sx?$/.test(name)

/**
 * What ships from `root`: every .ts/.tsx/.js/.jsx/.html file under src/ (main, preload, the
 * renderer with its index.html and public scripts, shared) except tests, and package.json
 * (its scripts are checked for insecure Chromium switches).
 */
export function appSourceFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path)
      return SCANNED_EXTENSIONS.test(entry.name) && !isTest(entry.name) ? [path] : []
    })
  return [...walk(join(root, 'src')), join(root, 'package.json')].sort()
}

/**
 * Makes every socket connection and name lookup in this process throw: the scan is offline by
 * design, and a scanner update that starts phoning home should fail the gate rather than slow
 * it down or leak to the network. For a process that only scans.
 */
export function refuseNetwork(): void {
  const refuse = (what: string) => () => {
    throw new Error(`electronegativity gate: refused ${what}; the scan must run offline`)
  }
  net.Socket.prototype.connect = refuse('a network connection') as never
  dns.lookup = refuse('a DNS lookup') as never
  dns.promises.lookup = refuse('a DNS lookup') as never
}

interface ScannerParser {
  parse(file: string, content: string): [number, unknown, string, { message: string }[]?]
}
interface ScannerFinder {
  find(
    file: string,
    data: unknown,
    type: number,
    content: string,
    onlyChecks: null,
    electronVersion: string,
  ): Promise<ScannerIssue[]>
}
interface ScannerGlobalChecks {
  getResults(issues: ScannerIssue[]): Promise<ScannerIssue[]>
}
interface ScannerIssue extends RawIssue {
  visibility?: { globalCheckDisabled?: boolean }
}

/** What a scan found: findings with paths from `root`, and the files it could not parse. */
export interface ScanResult {
  findings: Finding[]
  unparsed: Unparsed[]
}

/**
 * Scans `files` as one app (so the global checks see all of them) with every check but
 * EXCLUDED_CHECKS, judging defaults by `electronVersion` (the Electron that ships). Findings
 * the scanner's global pass shows to be safe are dropped, as its `run()` does; inline
 * `eng-disable` comments are not honoured, so the allow-list stays the one place a finding is
 * accepted.
 */
export async function scanFiles(
  root: string,
  files: readonly string[],
  electronVersion: string,
): Promise<ScanResult> {
  const require = createRequire(import.meta.url)
  const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'))
  // The checks describe themselves through the global `__` of i18n: register it with the
  // bundled English strings (what `run()` does, less its download of newer ones).
  const i18n = require('i18n') as { configure(options: object): void }
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: join(packageDir, 'dist/locales'),
    updateFiles: false,
    objectNotation: true,
    register: globalThis,
  })
  const { Parser } = require(join(packageDir, 'dist/parser')) as {
    Parser: new (babelFirst: boolean, typescriptBabelFirst: boolean) => ScannerParser
  }
  const { Finder, GlobalChecks } = require(join(packageDir, 'dist/finder')) as {
    Finder: new (only: string[], exclude: string[]) => ScannerFinder
    GlobalChecks: new (only: string[], exclude: string[]) => ScannerGlobalChecks
  }
  const exclude = EXCLUDED_CHECKS.map((check) => check.toLowerCase())
  // TypeScript goes to Babel first: it knows current syntax (`satisfies`), the fallback does not.
  const parser = new Parser(false, true)
  // The Finder knows only atomic checks and refuses a list naming a global one.
  const finder = new Finder(
    [],
    exclude.filter((check) => !check.endsWith('globalcheck')),
  )
  const globalChecks = new GlobalChecks([], exclude)

  const issues: ScannerIssue[] = []
  const unparsed: Unparsed[] = []
  for (const file of files) {
    try {
      const [type, data, text, warnings] = parser.parse(file, readFileSync(file, 'utf8'))
      if (data === null) continue
      if (warnings?.length) {
        unparsed.push({
          file: repoPath(root, file),
          message: warnings.map((w) => w.message).join('; '),
        })
      }
      issues.push(...(await finder.find(file, data, type, text, null, electronVersion)))
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      unparsed.push({ file: repoPath(root, file), message })
    }
  }
  // The global pass adds app-wide findings and clears atomic ones it shows to be safe.
  const reviewed = await globalChecks.getResults(issues)
  return {
    findings: reviewed
      .filter((issue) => !issue.visibility?.globalCheckDisabled)
      .map((issue) => toFinding(issue, root)),
    unparsed,
  }
}

/** The version of the installed `electron` package: what ships (no binary needed to read it). */
export function installedElectronVersion(): string {
  const require = createRequire(import.meta.url)
  return (require('electron/package.json') as { version: string }).version
}
