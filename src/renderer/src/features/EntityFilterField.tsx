/**
 * The "Entity" filter of the notebook, the claims table and the timelines: one select of
 * every person, place and organisation found (a select's type-ahead finds a name by its first
 * letters), and, while the filter is set, what it is doing and a way to clear it.
 */
import { entityFilterSummary } from '@shared/entities/entity-filter'
import { useMemo } from 'react'
import { FilterSelect } from '../ui/FilterSelect'
import { setEntityFilter, type EntityFilterView } from '../host/entity-filter'

interface EntityFilterFieldProps {
  view: EntityFilterView
  /** As FilterSelect's: stacked in filter bars (default), inline in a toolbar row. */
  layout?: 'stacked' | 'inline'
}

/** The select; give {@link EntityFilterNotice} a place of its own where the view has room. */
export function EntityFilterField({ view, layout }: EntityFilterFieldProps) {
  const { id, state, options } = view
  const chosen = state.status === 'active' ? state.entity.id : id
  const choices = useMemo(() => {
    const list = [{ value: '', label: 'Any entity' }, ...options]
    // The select must show the filter in force even when the index has no such entity.
    if (chosen !== null && !options.some((o) => o.value === chosen)) {
      list.push({
        value: chosen,
        label: state.status === 'finding' ? 'Finding names…' : 'Unknown entity',
      })
    }
    return list
  }, [options, chosen, state.status])
  return (
    <FilterSelect
      label="Entity"
      layout={layout}
      className="entity-filter"
      title="Show only what mentions this person, place or organisation"
      value={chosen ?? ''}
      options={choices}
      onChange={(value) => setEntityFilter(value || null)}
    />
  )
}

/** "Mentions: …" with why the view shows what it shows, and Clear; nothing while off. */
export function EntityFilterNotice({ view }: { view: EntityFilterView }) {
  const summary = entityFilterSummary(view.state, view.progress, view.matching)
  if (!summary) return null
  return (
    <p className="entity-filter-notice" data-testid="entity-filter-notice">
      <span className="tag-chip">
        <span>{summary.label}</span>
        <button
          type="button"
          aria-label="Clear the entity filter"
          title="Show items whatever they mention"
          onClick={() => setEntityFilter(null)}
        >
          Clear
        </button>
      </span>
      {summary.detail && <span className="entity-filter-detail"> {summary.detail}</span>}
    </p>
  )
}
