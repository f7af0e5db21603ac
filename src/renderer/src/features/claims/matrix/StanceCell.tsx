/**
 * One cell of the matrix: a button showing how a passage bears on a claim (symbol and
 * word, never colour alone); a click, Enter or Space moves it to the next stance, Delete
 * or Backspace unlinks.
 */
import { nextStance } from '@shared/claims/matrix'
import type { Stance } from '@shared/claims/types'
import { cellHint, cellLabel, cellName, stanceSymbol } from './stance-display'

interface StanceCellProps {
  stance: Stance | null
  quote: string
  statement: string
  tabIndex: 0 | -1
  /** Marks the button as a cell of the grid (data attributes from useGridFocus). */
  gridProps: Record<string, string>
  onChange: (stance: Stance | null) => void
}

export function StanceCell({
  stance,
  quote,
  statement,
  tabIndex,
  gridProps,
  onChange,
}: StanceCellProps) {
  return (
    <td className="mx-cell" data-stance={stance ?? 'none'}>
      <button
        type="button"
        className="mx-stance"
        tabIndex={tabIndex}
        aria-label={cellName(quote, statement, stance)}
        title={cellHint(stance)}
        onClick={() => onChange(nextStance(stance))}
        onKeyDown={(event) => {
          if (event.key !== 'Delete' && event.key !== 'Backspace') return
          event.preventDefault()
          if (stance !== null) onChange(null)
        }}
        {...gridProps}
      >
        <span className="mx-stance-chip">
          <span className="mx-stance-symbol" aria-hidden="true">
            {stanceSymbol(stance)}
          </span>
          {stance && <span className="mx-stance-text">{cellLabel(stance)}</span>}
        </span>
      </button>
    </td>
  )
}
