/**
 * The search box of a filter bar: labelled "Search", focused from anywhere with "/" (the
 * shortcut every list in Casefile shares), its purpose in the tooltip.
 */
import { useRef } from 'react'
import { useGlobalKey } from './useGlobalKey'

export interface SearchFieldProps {
  value: string
  onChange: (value: string) => void
  placeholder: string
  /** What is searched, for the tooltip: "Search claims". */
  title: string
  className: string
}

export function SearchField({ value, onChange, placeholder, title, className }: SearchFieldProps) {
  const ref = useRef<HTMLInputElement>(null)
  useGlobalKey('/', () => ref.current?.focus())
  return (
    <label className={`field ${className}`}>
      <span className="field-label">Search</span>
      <input
        ref={ref}
        type="search"
        value={value}
        placeholder={placeholder}
        aria-keyshortcuts="/"
        title={`${title} (/)`}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  )
}
