/**
 * Checks within single rows that a schema cannot say in its own words: what the app never
 * writes even though each field alone has the right shape.
 */
import type { BackupTables } from './backup-format'
import type { BackupProblem } from './backup-problem'

/**
 * A passage ending before it starts (negative positions are the schema's to refuse). The
 * quote's length is not compared with the span: re-anchoring may place a passage whose
 * text has changed, and either side could be the true one.
 */
function selectorProblems(tables: BackupTables): BackupProblem[] {
  const problems: BackupProblem[] = []
  tables.highlights.forEach((highlight, index) => {
    const { start, end } = highlight.selectors.position
    if (end >= start) return
    problems.push({
      kind: 'shape',
      message: `highlights[${index}] (id ${highlight.id}): selectors.position ends at ${end}, before it starts at ${start}.`,
    })
  })
  return problems
}

/**
 * Every row of `tables` (already of the right shape) holding values the app never writes,
 * as sentences naming the row by index and id: "highlights[3] (id h3): selectors.position
 * ends at 5, before it starts at 9." Empty when there are none.
 */
export function recordProblems(tables: BackupTables): BackupProblem[] {
  return selectorProblems(tables)
}
