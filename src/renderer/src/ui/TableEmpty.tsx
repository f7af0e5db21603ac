/**
 * What a table shows in place of rows: the "nothing yet" sentence when it has none at
 * all, or, when filters hide every row, a sentence saying so and a way to clear them.
 */
import type { ReactNode } from 'react'

interface TableEmptyProps {
  /** True when there are no rows before filtering (not merely none shown). */
  nothingYet: boolean
  /** Said when there are no rows at all: what the table will hold and how to add some. */
  nothingYetText: ReactNode
  /** The singular noun of a row, for "No {noun} matches these filters." */
  noun: string
  /** Clears every filter; the button is a real button, reached with Tab. */
  onClearFilters: () => void
  /** Classes for the paragraph (each table styles its own empty state). */
  className?: string
}

/** The empty state of a table; give it to DataTable's `empty`. */
export function TableEmpty({
  nothingYet,
  nothingYetText,
  noun,
  onClearFilters,
  className,
}: TableEmptyProps) {
  if (nothingYet) return <p className={className}>{nothingYetText}</p>
  return (
    <p className={className}>
      No {noun} matches these filters.{' '}
      <button type="button" className="button-link" onClick={onClearFilters}>
        Clear filters
      </button>
    </p>
  )
}
