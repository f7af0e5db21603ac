/**
 * The one labelled <select> of filter bars and toolbars. The select sits inside its
 * <label>, so the visible label text is its accessible name (what tests and screen
 * readers find it by) with no id to keep unique.
 */
import { useMemo } from 'react'

/** One choice: the value the select reports and the text the analyst sees. */
export interface FilterSelectOption<T extends string> {
  value: T
  label: string
}

interface FilterSelectProps<T extends string> {
  /** The visible label, and so the select's accessible name ("Status"). */
  label: string
  /** The chosen value; it should be one of the options' values. */
  value: T
  /** In display order; an "any" choice is an option like the others (often value ''). */
  options: readonly FilterSelectOption<T>[]
  onChange: (value: T) => void
  /**
   * 'stacked' (default): a small label above the select, as in filter bars.
   * 'inline': the label beside it in plain text, as in toolbars ("Group by").
   */
  layout?: 'stacked' | 'inline'
  /** Extra classes for the label that wraps the select. */
  className?: string
  /** An id for the select itself. */
  id?: string
  /** A tooltip on the whole field, saying what the choice does. */
  title?: string
}

/**
 * A labelled select of string values. `onChange` receives one of the options' values
 * (typed as such; a numeric choice is converted by the caller).
 */
export function FilterSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  layout = 'stacked',
  className,
  id,
  title,
}: FilterSelectProps<T>) {
  const fieldClass = layout === 'inline' ? 'field field-inline' : 'field'
  return (
    <label className={className ? `${fieldClass} ${className}` : fieldClass} title={title}>
      {layout === 'inline' ? <span>{label}</span> : <span className="field-label">{label}</span>}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

interface TagFilterSelectProps {
  tags: readonly string[]
  /** The chosen tag, or null for any. */
  value: string | null
  onChange: (tag: string | null) => void
}

/** A filter bar's Tag select: "All tags" (null), then every tag. */
export function TagFilterSelect({ tags, value, onChange }: TagFilterSelectProps) {
  const options = useMemo(
    () => [{ value: '', label: 'All tags' }, ...tags.map((tag) => ({ value: tag, label: tag }))],
    [tags],
  )
  return (
    <FilterSelect
      label="Tag"
      value={value ?? ''}
      options={options}
      onChange={(tag) => onChange(tag || null)}
    />
  )
}
