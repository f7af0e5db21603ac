// @ts-check
/**
 * Sums the unit (vitest) and e2e (Playwright) results from their JSON reporters into one
 * line, "N passed, N failed[, N skipped]". A runner whose report is missing (it never ran
 * because an earlier step failed) counts as one failure so the line cannot look green.
 */
import { existsSync, readFileSync } from 'node:fs'

/** @param {string} path */
function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

let passed = 0
let failed = 0
let skipped = 0

const vitest = readJson('test-results/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + vitest.numTodoTests
} else {
  console.log('summary: no unit test report (vitest did not run)')
  failed += 1
}

const playwright = readJson('test-results/playwright.json')
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky
  failed += playwright.stats.unexpected
  skipped += playwright.stats.skipped
} else {
  console.log('summary: no e2e test report (Playwright did not run)')
  failed += 1
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
