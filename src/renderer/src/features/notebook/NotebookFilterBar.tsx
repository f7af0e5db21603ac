/** The notebook's filters: free text, source, colour, tag and placement status. */
import { HIGHLIGHT_COLOR_IDS, type HighlightColorId } from '@shared/highlights/colors'
import {
  NOTEBOOK_STATUS_LABELS,
  type NotebookFilters,
  type NotebookRowStatus,
} from '@shared/highlights/notebook-rows'
import { useRef, type ReactNode } from 'react'
import { useGlobalKey } from '../../ui/useGlobalKey'

interface NotebookFilterBarProps {
  filters: NotebookFilters
  onChange: (filters: NotebookFilters) => void
  sources: { docId: string; title: string }[]
  tags: string[]
  colorNames: Record<HighlightColorId, string>
  /** Table controls shown at the end of the row (the Columns menu). */
  children?: ReactNode
}

const STATUSES: NotebookRowStatus[] = ['placed', 'uncertain', 'orphan', 'missing']

export function NotebookFilterBar(props: NotebookFilterBarProps) {
  const { filters, onChange, sources, tags, colorNames, children } = props
  const searchRef = useRef<HTMLInputElement>(null)
  useGlobalKey('/', () => searchRef.current?.focus())
  const set = (patch: Partial<NotebookFilters>) => onChange({ ...filters, ...patch })

  return (
    <div className="nb-filters" role="search" aria-label="Filter highlights">
      <label className="field nb-filter-text">
        <span className="field-label">Search</span>
        <input
          ref={searchRef}
          type="search"
          value={filters.text}
          placeholder="Quote, note, tag, source…"
          aria-keyshortcuts="/"
          title="Search highlights (/)"
          onChange={(event) => set({ text: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">Source</span>
        <select
          value={filters.docId ?? ''}
          onChange={(event) => set({ docId: event.target.value || null })}
        >
          <option value="">All sources</option>
          {sources.map((source) => (
            <option key={source.docId} value={source.docId}>
              {source.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Tag</span>
        <select
          value={filters.tag ?? ''}
          onChange={(event) => set({ tag: event.target.value || null })}
        >
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Status</span>
        <select
          value={filters.status ?? ''}
          onChange={(event) =>
            set({ status: (event.target.value || null) as NotebookRowStatus | null })
          }
        >
          <option value="">Any status</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {NOTEBOOK_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="nb-colours">
        <legend className="field-label">Colour</legend>
        {HIGHLIGHT_COLOR_IDS.map((color) => {
          const pressed = filters.color === color
          return (
            <button
              key={color}
              type="button"
              className="nb-colour-toggle"
              aria-pressed={pressed}
              title={pressed ? `Show every colour` : `Show only “${colorNames[color]}” highlights`}
              onClick={() => set({ color: pressed ? null : color })}
            >
              <span className={`nb-swatch nb-swatch-${color}`} aria-hidden="true" />
              {colorNames[color]}
            </button>
          )
        })}
      </fieldset>
      {children}
    </div>
  )
}
