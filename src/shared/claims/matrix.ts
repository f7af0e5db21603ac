/**
 * The evidence matrix of Heuer's Analysis of Competing Hypotheses: evidence down the
 * side, the claims being weighed across the top, and each cell how that evidence bears
 * on that claim. Evidence that fits every claim alike proves nothing between them, so
 * the most diagnostic evidence comes first.
 */
import type { Stance } from './types'

export interface MatrixLink {
  highlightId: string
  claimId: string
  stance: Stance
}

export interface MatrixRow {
  highlightId: string
  /** One per chosen claim, in claim order; null where the evidence is not linked. */
  cells: (Stance | null)[]
  /** 0, 1 or 2: how far apart the evidence puts the claims (see buildEvidenceMatrix). */
  diagnosticity: number
}

const SCORE: Readonly<Record<Stance, number>> = { supports: 1, contradicts: -1, context: 0 }

/**
 * Should one highlight be linked to one claim twice, the contradiction wins, then the
 * support: hiding a contradiction is the worse mistake, and the answer must not depend
 * on the order links arrive in.
 */
const PRECEDENCE: Readonly<Record<Stance, number>> = { contradicts: 2, supports: 1, context: 0 }

/** Score spread across the row: supports +1, contradicts −1, context or unlinked 0. */
function diagnosticityOf(cells: readonly (Stance | null)[]): number {
  // With fewer than two claims there is nothing to discriminate between.
  if (cells.length < 2) return 0
  let max = -Infinity
  let min = Infinity
  for (const cell of cells) {
    const score = cell === null ? 0 : SCORE[cell]
    if (score > max) max = score
    if (score < min) min = score
  }
  return max - min
}

/**
 * Rows for every highlight linked to at least one chosen claim (links to other claims
 * are ignored), most diagnostic first; ties put rows with more linked cells first, then
 * follow `evidenceOrder` (highlights it leaves out come after, by first appearance in
 * `links`), or first appearance in `links` when no order is given.
 */
export function buildEvidenceMatrix(
  claimIds: readonly string[],
  links: readonly MatrixLink[],
  evidenceOrder?: readonly string[],
): MatrixRow[] {
  const columnsOf = new Map<string, number[]>()
  claimIds.forEach((claimId, column) => {
    const columns = columnsOf.get(claimId)
    if (columns) columns.push(column)
    else columnsOf.set(claimId, [column])
  })

  const cellsOf = new Map<string, (Stance | null)[]>()
  for (const link of links) {
    const columns = columnsOf.get(link.claimId)
    if (!columns) continue
    let cells = cellsOf.get(link.highlightId)
    if (!cells) {
      cells = new Array<Stance | null>(claimIds.length).fill(null)
      cellsOf.set(link.highlightId, cells)
    }
    for (const column of columns) {
      const current = cells[column] ?? null
      if (current === null || PRECEDENCE[link.stance] > PRECEDENCE[current]) {
        cells[column] = link.stance
      }
    }
  }

  const position = new Map<string, number>()
  for (const highlightId of evidenceOrder ?? []) {
    if (!position.has(highlightId)) position.set(highlightId, position.size)
  }
  const listed = position.size

  const rows = [...cellsOf].map(([highlightId, cells], appearance) => ({
    row: { highlightId, cells, diagnosticity: diagnosticityOf(cells) },
    linked: cells.filter((cell) => cell !== null).length,
    position: position.get(highlightId) ?? listed + appearance,
  }))
  rows.sort(
    (a, b) =>
      b.row.diagnosticity - a.row.diagnosticity || b.linked - a.linked || a.position - b.position,
  )
  return rows.map(({ row }) => row)
}

/** A cell's value after a click: unlinked → supports → contradicts → context → unlinked. */
export function nextStance(current: Stance | null): Stance | null {
  switch (current) {
    case null:
      return 'supports'
    case 'supports':
      return 'contradicts'
    case 'contradicts':
      return 'context'
    case 'context':
      return null
  }
}
