/**
 * A labelled group of checkboxes over a list of values: the building block of a brief's
 * choices (statuses, tags, colours, timelines, sections).
 */
import type { ReactNode } from 'react'

interface CheckListProps<T extends string> {
  legend: string
  options: readonly { value: T; label: ReactNode; hint?: string }[]
  chosen: readonly T[]
  onChange: (chosen: T[]) => void
  empty?: string
  className?: string
}

export function CheckList<T extends string>({
  legend,
  options,
  chosen,
  onChange,
  empty,
  className,
}: CheckListProps<T>) {
  const set = new Set(chosen)
  return (
    <fieldset className={`bf-checks ${className ?? ''}`}>
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="panel-hint">{empty}</p>
      ) : (
        options.map((option) => (
          <label key={option.value} className="check" title={option.hint}>
            <input
              type="checkbox"
              checked={set.has(option.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? [...chosen, option.value]
                    : chosen.filter((v) => v !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))
      )}
    </fieldset>
  )
}
