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
 * The deepest a setting's value may nest: far beyond anything the app writes (a few
 * levels), far below where structured clone, IndexedDB and JSON.stringify, which all
 * recurse, overflow the stack (thousands).
 */
export const MAX_SETTING_DEPTH = 64

/**
 * Whether `value` nests objects or lists more than `limit` levels deep (a scalar is 0, `{}`
 * or `[]` is 1). Walks with its own stack, so a value of any depth is measured safely, and
 * stops at the first level too deep.
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue
    const depth = next.depth + 1
    if (depth > limit) return true
    for (const child of Object.values(next.value)) pending.push({ value: child, depth })
  }
  return false
}

/** A setting's value is any JSON, so only its depth can make it unstorable. */
function settingProblems(tables: BackupTables): BackupProblem[] {
  const problems: BackupProblem[] = []
  tables.settings.forEach((setting, index) => {
    if (!nestedDeeperThan(setting.value, MAX_SETTING_DEPTH)) return
    problems.push({
      kind: 'too-deep',
      message: `settings[${index}] (key ${JSON.stringify(setting.key)}): the value is nested more than ${MAX_SETTING_DEPTH} levels deep, deeper than Casefile can store.`,
    })
  })
  return problems
}

/**
 * Every row of `tables` (already of the right shape) holding values the app never writes,
 * as sentences naming the row by index and id (or key): "highlights[3] (id h3):
 * selectors.position ends at 5, before it starts at 9." Empty when there are none.
 */
export function recordProblems(tables: BackupTables): BackupProblem[] {
  return [...selectorProblems(tables), ...settingProblems(tables)]
}
