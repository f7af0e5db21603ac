/**
 * The pure half of the electronegativity gate (scripts/electronegativity-gate.ts): what a
 * finding is, the reviewed allow-list's shape, which findings the list accepts, which of
 * its entries match nothing any more, and the report the gate prints.
 */
import { relative, sep } from 'node:path'
import { z } from 'zod'

/** One electronegativity finding, reduced to what a reviewer reads and the allow-list matches. */
export interface Finding {
  /** The check's id, e.g. `CONTEXT_ISOLATION_JS_CHECK`. */
  check: string
  /** Path from the repository root with `/` separators; `N/A` for a global finding with no file. */
  file: string
  /** 1-based; 0 when the finding has no location. */
  line: number
  column: number
  /** The matched source line, trimmed (a global CSP finding carries the policy instead). */
  sample: string
  description: string
  /** `HIGH`, `MEDIUM`, `LOW` or `INFORMATIONAL`. */
  severity: string
  /** `CERTAIN`, `FIRM` or `TENTATIVE`. */
  confidence: string
}

/** A file the scanner could not parse, so it checked nothing in it. */
export interface Unparsed {
  file: string
  message: string
}

/** The shape electronegativity gives an issue (only the fields the gate reads). */
export interface RawIssue {
  id: string
  file: string
  location?: { line?: number; column?: number }
  sample?: string
  description?: string
  severity?: { name?: string }
  confidence?: { name?: string }
}

/** `file` from `root`, with `/` separators whatever the platform; `N/A` stays `N/A`. */
export function repoPath(root: string, file: string): string {
  return file === 'N/A' ? 'N/A' : relative(root, file).split(sep).join('/')
}

/**
 * `issue` as a Finding, its file made relative to `root` with `/` separators (electronegativity
 * gives absolute paths, or `N/A` for a global finding that names no file).
 */
export function toFinding(issue: RawIssue, root: string): Finding {
  return {
    check: issue.id,
    file: repoPath(root, issue.file),
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    sample: (issue.sample ?? '').trim(),
    description: issue.description ?? '',
    severity: issue.severity?.name ?? 'UNKNOWN',
    confidence: issue.confidence?.name ?? 'UNKNOWN',
  }
}

const entrySchema = z.strictObject({
  check: z.string().regex(/^[A-Z0-9_]+$/, 'a check id in capitals, e.g. SANDBOX_JS_CHECK'),
  file: z.string().min(1),
  line: z.number().int().nonnegative().optional(),
  snippet: z.string().min(1).optional(),
  reason: z
    .string()
    .trim()
    .min(40, 'a reason says why the finding is a false positive or an accepted risk'),
})

const allowListSchema = z.strictObject({
  $comment: z.string().optional(),
  entries: z.array(entrySchema),
})

/**
 * One reviewed finding. It accepts every finding of `check` in `file` (path from the repository
 * root) that is also on `line` when given and whose matched line contains `snippet` when given.
 * Prefer a snippet to a line number: it survives edits above it.
 */
export type AllowEntry = z.infer<typeof entrySchema>

/**
 * The allow-list in `json` (the file's parsed content). Throws an Error naming every problem
 * (unknown keys, a missing or too short reason) so a bad list never passes silently.
 */
export function parseAllowList(json: unknown): AllowEntry[] {
  const parsed = allowListSchema.safeParse(json)
  if (parsed.success) return parsed.data.entries
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`,
  )
  throw new Error(`the allow-list is not valid:\n${problems.join('\n')}`)
}

/** True when `entry` accepts `finding`. */
export function entryMatches(entry: AllowEntry, finding: Finding): boolean {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    (entry.line === undefined || entry.line === finding.line) &&
    (entry.snippet === undefined || finding.sample.includes(entry.snippet))
  )
}

/** What the gate concluded. It passes only when `unexpected`, `stale` and `unparsed` are empty. */
export interface Review {
  /** Findings no entry accepts: each is a fix to make or an entry to review and add. */
  unexpected: Finding[]
  /** Findings an entry accepts, with the entry that does. */
  accepted: { finding: Finding; entry: AllowEntry }[]
  /** Entries that accept nothing: the code changed, so the entry goes (or its matcher is wrong). */
  stale: AllowEntry[]
  /** Files the scanner skipped because it could not parse them. */
  unparsed: Unparsed[]
}

/** Sorts `findings` against `entries`; an entry may accept several findings. */
export function reviewFindings(
  findings: readonly Finding[],
  entries: readonly AllowEntry[],
  unparsed: readonly Unparsed[] = [],
): Review {
  const used = new Set<AllowEntry>()
  const unexpected: Finding[] = []
  const accepted: Review['accepted'] = []
  for (const finding of findings) {
    const entry = entries.find((candidate) => entryMatches(candidate, finding))
    if (!entry) {
      unexpected.push(finding)
      continue
    }
    used.add(entry)
    accepted.push({ finding, entry })
  }
  return {
    unexpected,
    accepted,
    stale: entries.filter((entry) => !used.has(entry)),
    unparsed: [...unparsed],
  }
}

/** True when the review lets the build pass. */
export function reviewPasses(review: Review): boolean {
  return review.unexpected.length === 0 && review.stale.length === 0 && review.unparsed.length === 0
}

const where = (finding: Finding) =>
  finding.file === 'N/A' ? 'N/A (whole app)' : `${finding.file}:${finding.line}`

const describeEntry = (entry: AllowEntry) =>
  [
    entry.check,
    entry.file + (entry.line === undefined ? '' : `:${entry.line}`),
    entry.snippet === undefined ? '' : `containing ${JSON.stringify(entry.snippet)}`,
  ]
    .filter(Boolean)
    .join('  ')

/**
 * The gate's report, one line per problem: each unexpected finding as `check  file:line
 * description (severity, confidence)` with its source line below, each stale entry, each
 * unparsed file; then a one-line verdict. `verbose` also lists the accepted findings.
 */
export function formatReview(
  review: Review,
  options: { allowListPath: string; filesScanned: number; verbose?: boolean },
): string {
  const lines: string[] = []
  if (review.unexpected.length > 0) {
    lines.push(`Findings not in ${options.allowListPath} (fix the code, or review and list them):`)
    for (const finding of review.unexpected) {
      lines.push(
        `  ${finding.check}  ${where(finding)}  ${finding.description} (${finding.severity}, ${finding.confidence})`,
      )
      if (finding.sample) lines.push(`      ${finding.sample}`)
    }
  }
  if (review.stale.length > 0) {
    lines.push(`Entries of ${options.allowListPath} that match no finding (remove them):`)
    for (const entry of review.stale) lines.push(`  ${describeEntry(entry)}`)
  }
  if (review.unparsed.length > 0) {
    lines.push('Files the scanner could not parse, so nothing in them was checked:')
    for (const file of review.unparsed) lines.push(`  ${file.file}: ${file.message}`)
  }
  if (options.verbose && review.accepted.length > 0) {
    lines.push('Accepted by the allow-list:')
    for (const { finding, entry } of review.accepted) {
      lines.push(`  ${finding.check}  ${where(finding)}: ${entry.reason}`)
    }
  }
  const summary = `${options.filesScanned} files scanned, ${review.accepted.length} findings accepted by the allow-list`
  lines.push(
    reviewPasses(review)
      ? `electronegativity: passed (${summary}).`
      : `electronegativity: FAILED: ${review.unexpected.length} unreviewed findings, ${review.stale.length} stale entries, ${review.unparsed.length} unparsed files (${summary}).`,
  )
  return lines.join('\n')
}
