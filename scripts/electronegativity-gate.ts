/**
 * `npm run security:scan`: scans the app's sources with electronegativity and fails (exit 1)
 * on any finding that scripts/electronegativity-allowlist.json does not accept with a reason,
 * on any entry of that list that no longer matches a finding, and on any file the scanner
 * could not parse. `--verbose` also prints the accepted findings and their reasons.
 *
 * The built renderer is not scanned: its HTML is src/renderer/index.html with Vite's script
 * tags, and its JavaScript is minified third-party code whose lines no one can review. The
 * CSP in force in the built page is asserted by e2e/renderer-security.spec.ts instead.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  formatReview,
  parseAllowList,
  reviewFindings,
  reviewPasses,
} from './electronegativity-review.ts'
import {
  appSourceFiles,
  installedElectronVersion,
  refuseNetwork,
  scanFiles,
} from './electronegativity-scan.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ALLOW_LIST = 'scripts/electronegativity-allowlist.json'

async function main(): Promise<boolean> {
  refuseNetwork()
  const entries = parseAllowList(JSON.parse(readFileSync(join(ROOT, ALLOW_LIST), 'utf8')))
  const files = appSourceFiles(ROOT)
  const { findings, unparsed } = await scanFiles(ROOT, files, installedElectronVersion())
  const review = reviewFindings(findings, entries, unparsed)
  const report = formatReview(review, {
    allowListPath: ALLOW_LIST,
    filesScanned: files.length,
    verbose: process.argv.includes('--verbose'),
  })
  const passed = reviewPasses(review)
  if (passed) console.log(report)
  else console.error(report)
  return passed
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error('electronegativity gate: could not run:', error)
    process.exit(1)
  },
)
