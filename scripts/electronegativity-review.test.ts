import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  entryMatches,
  formatReview,
  parseAllowList,
  reviewFindings,
  reviewPasses,
  toFinding,
  type AllowEntry,
  type Finding,
} from './electronegativity-review.ts'

const REASON = 'False positive: the options come from a function the checker cannot follow.'

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  check: 'SANDBOX_JS_CHECK',
  file: 'src/main/window.ts',
  line: 12,
  column: 17,
  sample: 'const window = new BrowserWindow(',
  description: 'Use sandbox for untrusted origins',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  ...overrides,
})

const entry = (overrides: Partial<AllowEntry> = {}): AllowEntry => ({
  check: 'SANDBOX_JS_CHECK',
  file: 'src/main/window.ts',
  reason: REASON,
  ...overrides,
})

describe('parseAllowList', () => {
  it('reads entries with a check, a file, an optional line or snippet and a reason', () => {
    const entries = parseAllowList({
      $comment: 'reviewed',
      entries: [
        { check: 'SANDBOX_JS_CHECK', file: 'src/main/window.ts', snippet: 'new B', reason: REASON },
        { check: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 0, reason: REASON },
      ],
    })
    expect(entries).toHaveLength(2)
    expect(entries[0]?.snippet).toBe('new B')
    expect(entries[1]?.line).toBe(0)
  })

  it('refuses an entry without a reason, or with a reason too short to say why', () => {
    expect(() =>
      parseAllowList({ entries: [{ check: 'SANDBOX_JS_CHECK', file: 'a.ts' }] }),
    ).toThrow(/entries\.0\.reason/)
    expect(() =>
      parseAllowList({ entries: [{ check: 'SANDBOX_JS_CHECK', file: 'a.ts', reason: 'ok' }] }),
    ).toThrow(/false positive or an accepted risk/)
  })

  it('refuses unknown keys and check ids that are not the scanner’s', () => {
    expect(() =>
      parseAllowList({ entries: [entry({ ...{ lines: 3 } } as Partial<AllowEntry>)] }),
    ).toThrow(/entries\.0/)
    expect(() => parseAllowList({ entries: [entry({ check: 'sandbox' })] })).toThrow(/capitals/)
    expect(() => parseAllowList({ entries: [], extra: true })).toThrow(/not valid/)
    expect(() => parseAllowList([])).toThrow(/not valid/)
  })
})

describe('entryMatches', () => {
  it('needs the same check and file', () => {
    expect(entryMatches(entry(), finding())).toBe(true)
    expect(entryMatches(entry({ check: 'CONTEXT_ISOLATION_JS_CHECK' }), finding())).toBe(false)
    expect(entryMatches(entry({ file: 'src/main/index.ts' }), finding())).toBe(false)
  })

  it('narrows by line and by a snippet of the matched line when given', () => {
    expect(entryMatches(entry({ line: 12 }), finding())).toBe(true)
    expect(entryMatches(entry({ line: 13 }), finding())).toBe(false)
    expect(entryMatches(entry({ snippet: 'new BrowserWindow(' }), finding())).toBe(true)
    expect(entryMatches(entry({ snippet: 'new BrowserView(' }), finding())).toBe(false)
  })
})

describe('reviewFindings', () => {
  it('accepts listed findings and returns the rest as unexpected', () => {
    const listed = finding()
    const fresh = finding({ check: 'NODE_INTEGRATION_JS_CHECK', description: 'nodeIntegration' })
    const review = reviewFindings([listed, fresh], [entry()])
    expect(review.accepted).toEqual([{ finding: listed, entry: entry() }])
    expect(review.unexpected).toEqual([fresh])
    expect(reviewPasses(review)).toBe(false)
  })

  it('reports an entry that matches nothing as stale, which fails the review', () => {
    const gone = entry({ file: 'src/main/old-window.ts' })
    const review = reviewFindings([finding()], [entry(), gone])
    expect(review.unexpected).toEqual([])
    expect(review.stale).toEqual([gone])
    expect(reviewPasses(review)).toBe(false)
  })

  it('lets one entry accept several findings it matches', () => {
    const review = reviewFindings([finding(), finding({ line: 40 })], [entry()])
    expect(review.accepted).toHaveLength(2)
    expect(reviewPasses(review)).toBe(true)
  })

  it('fails on a file the scanner could not parse, even with no findings', () => {
    const review = reviewFindings([], [], [{ file: 'src/main/x.ts', message: 'Unexpected token' }])
    expect(reviewPasses(review)).toBe(false)
    expect(reviewPasses(reviewFindings([], []))).toBe(true)
  })
})

describe('formatReview', () => {
  const options = { allowListPath: 'scripts/allow.json', filesScanned: 9 }

  it('lists each unexpected finding as check, file:line, description, then its source line', () => {
    const text = formatReview(reviewFindings([finding()], []), options)
    expect(text).toContain(
      'SANDBOX_JS_CHECK  src/main/window.ts:12  Use sandbox for untrusted origins (MEDIUM, FIRM)',
    )
    expect(text).toContain('      const window = new BrowserWindow(')
    expect(text.split('\n').at(-1)).toBe(
      'electronegativity: FAILED: 1 unreviewed findings, 0 stale entries, 0 unparsed files (9 files scanned, 0 findings accepted by the allow-list).',
    )
  })

  it('names a global finding without a file, stale entries and unparsed files', () => {
    const global = finding({ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', file: 'N/A', line: 0 })
    const review = reviewFindings(
      [global],
      [entry({ snippet: 'new X(' })],
      [{ file: 'src/a.ts', message: 'Unexpected token (3:4)' }],
    )
    const text = formatReview(review, options)
    expect(text).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK  N/A (whole app)')
    expect(text).toContain('  SANDBOX_JS_CHECK  src/main/window.ts  containing "new X("')
    expect(text).toContain('  src/a.ts: Unexpected token (3:4)')
  })

  it('says it passed, and lists the accepted findings with their reasons only when verbose', () => {
    const review = reviewFindings([finding()], [entry()])
    expect(formatReview(review, options)).toBe(
      'electronegativity: passed (9 files scanned, 1 findings accepted by the allow-list).',
    )
    expect(formatReview(review, { ...options, verbose: true })).toContain(
      `SANDBOX_JS_CHECK  src/main/window.ts:12: ${REASON}`,
    )
  })
})

describe('toFinding', () => {
  it('makes the path relative to the root with / separators and trims the sample', () => {
    const root = join('/repo')
    const result = toFinding(
      {
        id: 'SANDBOX_JS_CHECK',
        file: join(root, 'src', 'main', 'window.ts'),
        location: { line: 12, column: 17 },
        sample: '  const window = new BrowserWindow(  ',
        description: 'Use sandbox',
        severity: { name: 'MEDIUM' },
        confidence: { name: 'FIRM' },
      },
      root,
    )
    expect(result).toEqual(finding({ description: 'Use sandbox' }))
  })

  it('keeps N/A for a global finding and fills what the scanner left out', () => {
    expect(toFinding({ id: 'CSP_GLOBAL_CHECK', file: 'N/A' }, '/repo')).toEqual({
      check: 'CSP_GLOBAL_CHECK',
      file: 'N/A',
      line: 0,
      column: 0,
      sample: '',
      description: '',
      severity: 'UNKNOWN',
      confidence: 'UNKNOWN',
    })
  })
})
