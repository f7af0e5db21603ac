/**
 * The notebook's filters: free text, source, colour, tag, placement status and the entity
 * the highlights mention (shared with claims and timelines).
 */
import { HIGHLIGHT_COLOR_IDS, type HighlightColorId } from '@shared/highlights/colors'
import {
  NOTEBOOK_STATUS_LABELS,
  type NotebookFilters,
  type NotebookRowStatus,
} from '@shared/highlights/notebook-rows'
import { useMemo, type ReactNode } from 'react'
import { EntityFilterField, EntityFilterNotice } from '../EntityFilterField'
import type { EntityFilterView } from '../../host/entity-filter'
import { FilterSelect, TagFilterSelect, type FilterSelectOption } from '../../ui/FilterSelect'
import { SearchField } from '../../ui/SearchField'

interface NotebookFilterBarProps {
  filters: NotebookFilters
  onChange: (filters: NotebookFilters) => void
  sources: { docId: string; title: string }[]
  tags: string[]
  colorNames: Record<HighlightColorId, string>
  entity: EntityFilterView
  /** Table controls shown at the end of the row (the Columns menu). */
  children?: ReactNode
}

const STATUSES: NotebookRowStatus[] = ['placed', 'uncertain', 'orphan', 'missing']
const STATUS_OPTIONS: FilterSelectOption<NotebookRowStatus | ''>[] = [
  { value: '', label: 'Any status' },
  ...STATUSES.map((status) => ({ value: status, label: NOTEBOOK_STATUS_LABELS[status] })),
]

export function NotebookFilterBar(props: NotebookFilterBarProps) {
  const { filters, onChange, sources, tags, colorNames, entity, children } = props
  const set = (patch: Partial<NotebookFilters>) => onChange({ ...filters, ...patch })
  const sourceOptions = useMemo(
    () => [
      { value: '', label: 'All sources' },
      ...sources.map((source) => ({ value: source.docId, label: source.title })),
    ],
    [sources],
  )

  return (
    <div className="filter-bar nb-filters" role="search" aria-label="Filter highlights">
      <SearchField
        className="nb-filter-text"
        value={filters.text}
        placeholder="Quote, note, tag, source…"
        title="Search highlights"
        onChange={(text) => set({ text })}
      />
      <FilterSelect
        label="Source"
        value={filters.docId ?? ''}
        options={sourceOptions}
        onChange={(docId) => set({ docId: docId || null })}
      />
      <TagFilterSelect tags={tags} value={filters.tag} onChange={(tag) => set({ tag })} />
      <EntityFilterField view={entity} />
      <FilterSelect
        label="Status"
        value={filters.status ?? ''}
        options={STATUS_OPTIONS}
        onChange={(status) => set({ status: status || null })}
      />
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
      <EntityFilterNotice view={entity} />
    </div>
  )
}
