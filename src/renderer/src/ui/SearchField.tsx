/**
 * The search box of a filter bar: labelled "Search", focused from anywhere with
 * Ctrl+Shift+F (the shortcut every list in Casefile shares), its purpose in the tooltip.
 */
import { ariaKeyShortcut, comboLabels } from '@shared/commands/key-combo'
import { useRef } from 'react'
import { PLATFORM } from './key-platform'
import { FILTER_KEY, useFilterKey } from './useFilterKey'

export interface SearchFieldProps {
  value: string
  onChange: (value: string) => void
  placeholder: string
  /** What is searched, for the tooltip: "Search claims". */
  title: string
  className: string
}

const FILTER_LABEL = comboLabels(FILTER_KEY, PLATFORM).join(PLATFORM === 'mac' ? '' : '+')

export function SearchField({ value, onChange, placeholder, title, className }: SearchFieldProps) {
  const ref = useRef<HTMLInputElement>(null)
  useFilterKey(ref)
  return (
    <label className={`field ${className}`}>
      <span className="field-label">Search</span>
      <input
        ref={ref}
        type="search"
        value={value}
        placeholder={placeholder}
        aria-keyshortcuts={ariaKeyShortcut(FILTER_KEY, PLATFORM)}
        title={`${title} (${FILTER_LABEL})`}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  )
}
