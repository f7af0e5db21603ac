/** Why a backup cannot be restored, in words for the analyst. */

/** What kind of fault a problem is, for grouping; the message says the rest. */
export type BackupProblemKind =
  | 'too-large'
  | 'not-json'
  | 'not-a-backup'
  | 'version'
  | 'shape'
  | 'duplicate'
  | 'reference'
  | 'date-loop'
  | 'too-deep'
  | 'not-restored'
  | 'no-space'

/**
 * One reason a backup is refused. `message` is a whole sentence saying what is wrong and
 * where, e.g. "evidence[4] (id e4) points to claim "c9", which is not in the backup."
 */
export interface BackupProblem {
  kind: BackupProblemKind
  message: string
}

/** How many problems a refusal lists; the rest are counted in one closing line. */
export const MAX_REPORTED_PROBLEMS = 20

/** The first `limit` problems, then "…and N more problems." when there are more. */
export function capProblems(
  problems: readonly BackupProblem[],
  limit = MAX_REPORTED_PROBLEMS,
): BackupProblem[] {
  if (problems.length <= limit) return [...problems]
  const rest = problems.length - limit
  const last = problems[limit] as BackupProblem
  return [
    ...problems.slice(0, limit),
    {
      kind: last.kind,
      message: `…and ${rest.toLocaleString('en')} more ${rest === 1 ? 'problem' : 'problems'}.`,
    },
  ]
}

/** What kind of mend a repair is; the message says the rest. */
export type BackupRepairKind = 'evidence-source' | 'event-source' | 'future-time'

/**
 * Rows of one kind that a backup held in a form the app never writes, mended as the backup
 * was read rather than refused. `message` is one sentence for the restore plan, e.g. "2
 * evidence links pointed at a different source than their passage; they now follow the
 * passage."
 */
export interface BackupRepair {
  kind: BackupRepairKind
  /** How many rows (or citations) were mended. */
  count: number
  message: string
}
