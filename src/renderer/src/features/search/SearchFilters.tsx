/**
 * The search's filters: which kinds (toggle buttons with their counts), the source, a tag
 * and a date range. Every control is a real, labelled control reached with Tab; the
 * query field keeps the arrows for the results.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import type { SearchKind } from '@shared/search/search-index'
import { memo, useMemo, useState } from 'react'
import { FilterSelect } from '../../ui/FilterSelect'
import { KIND_ORDER, KIND_TITLES } from './search-request'
import type { SearchFiltersState } from './useSearchDialog'

interface SearchFiltersProps {
  filters: SearchFiltersState
  counts: Partial<Record<SearchKind, number>> | null
  sources: readonly DocumentSummary[]
  tags: readonly string[]
  onChange: <K extends keyof SearchFiltersState>(key: K, value: SearchFiltersState[K]) => void
  onReset: () => void
}

/** Drawn again only when its own props change (an answer's counts), not at every key. */
export const SearchFilters = memo(function SearchFilters({
  filters,
  counts,
  sources,
  tags,
  onChange,
  onReset,
}: SearchFiltersProps) {
  const toggle = (kind: SearchKind) => {
    const on = filters.kinds.includes(kind)
    onChange('kinds', on ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind])
  }
  const filtered =
    filters.kinds.length > 0 || filters.docId || filters.tag || filters.from || filters.to
  return (
    <div className="search-filters">
      <div className="search-kinds" role="group" aria-label="Kinds of result">
        <button
          type="button"
          className="search-kind"
          aria-pressed={filters.kinds.length === 0}
          onClick={() => onChange('kinds', [])}
        >
          Everything
        </button>
        {KIND_ORDER.map((kind) => {
          const count = counts?.[kind]
          return (
            <button
              key={kind}
              type="button"
              className="search-kind"
              aria-pressed={filters.kinds.includes(kind)}
              onClick={() => toggle(kind)}
            >
              {KIND_TITLES[kind]}
              {count !== undefined && <span className="search-kind-count">{count}</span>}
            </button>
          )
        })}
      </div>
      <div className="search-filter-fields">
        <SourceFilter value={filters.docId} sources={sources} onChange={onChange} />
        <FilterSelect
          label="Tag"
          value={filters.tag}
          options={[
            { value: '', label: 'Any tag' },
            ...tags.map((tag) => ({ value: tag, label: tag })),
          ]}
          onChange={(value) => onChange('tag', value)}
        />
        <DayField label="From" value={filters.from} onChange={(day) => onChange('from', day)} />
        <DayField label="To" value={filters.to} onChange={(day) => onChange('to', day)} />
        {filtered && (
          <button type="button" className="button-quiet search-reset" onClick={onReset}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  )
})

function DayField(props: { label: string; value: string; onChange: (day: string) => void }) {
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input
        type="date"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  )
}

/**
 * The source choice. A select of every source is costly at 10,000 sources: each time the
 * dialog opens, Chromium styles every option and measures every title (seconds), and again
 * whenever the select's width is worked out anew. So it holds "Any source" and the chosen
 * one until the analyst goes to it (focus, or a pointer pressed on it), then every source
 * until the focus leaves it. Its width is fixed in CSS, so listing them moves nothing.
 */
const SourceFilter = memo(function SourceFilter(props: {
  value: string
  sources: readonly DocumentSummary[]
  onChange: SearchFiltersProps['onChange']
}) {
  const { value, sources, onChange } = props
  const [listed, setListed] = useState(false)
  const options = useMemo(() => {
    const any = { value: '', label: 'Any source' }
    if (listed) return [any, ...sources.map(sourceOption)]
    const chosen = value ? sources.find((doc) => doc.meta.id === value) : undefined
    return chosen ? [any, sourceOption(chosen)] : [any]
  }, [sources, listed, value])
  return (
    <div
      className="search-source"
      onFocus={() => setListed(true)}
      onPointerDown={() => setListed(true)}
      onBlur={() => setListed(false)}
    >
      <FilterSelect
        label="Source"
        value={value}
        options={options}
        onChange={(next) => onChange('docId', next)}
      />
    </div>
  )
})

function sourceOption(doc: DocumentSummary) {
  return { value: doc.meta.id, label: doc.meta.title }
}
