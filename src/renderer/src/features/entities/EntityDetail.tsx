/**
 * One entity: what it is, its spellings, where it is mentioned, and what the analyst can do
 * with it (paint it in the reader, filter the notebook, claims and timelines by it, merge
 * and split).
 */
import type { EntityOverrides, IndexedEntity } from '@shared/entities/entity-index'
import { setEntityPaint, useEntityPaint } from '../../host/entity-focus'
import { setEntityFilter } from '../../host/entity-filter'
import type { Route } from '../../nav/routes'
import { navigate } from '../../nav/useHashRoute'
import { KIND_NAMES } from './lib/entity-list'
import { MentionList } from './MentionList'
import { MergeForm } from './MergeForm'
import { SpellingList } from './SpellingList'

export interface EntityDetailProps {
  entity: IndexedEntity
  entities: readonly IndexedEntity[]
  overrides: EntityOverrides
  titles: ReadonlyMap<string, string>
}

const FILTERED_VIEWS: { label: string; route: Route }[] = [
  { label: 'Notes mentioning it', route: { view: 'notebook' } },
  { label: 'Claims', route: { view: 'claims' } },
  { label: 'Events', route: { view: 'timelines', timelineId: null, eventId: null } },
]

export function EntityDetail({ entity, entities, overrides, titles }: EntityDetailProps) {
  const painted = useEntityPaint() === entity.id
  const sources = entity.documents.length
  return (
    <section className="en-detail" aria-labelledby="en-detail-heading">
      <h2 id="en-detail-heading" className="en-detail-name">
        {entity.name}
      </h2>
      <p className="en-detail-summary">
        <span className="en-kind">{KIND_NAMES[entity.kind]}</span> · {entity.count}{' '}
        {entity.count === 1 ? 'mention' : 'mentions'} in {sources}{' '}
        {sources === 1 ? 'source' : 'sources'}
      </p>
      <div className="en-actions">
        <button
          type="button"
          className="button-quiet"
          aria-pressed={painted}
          onClick={() => setEntityPaint(painted ? null : entity.id)}
        >
          Highlight in reader
        </button>
        <div className="en-filter-links" role="group" aria-label="Filter by this entity">
          {FILTERED_VIEWS.map(({ label, route }) => (
            <button
              key={label}
              type="button"
              className="button-quiet"
              onClick={() => {
                setEntityFilter(entity.id)
                navigate(route)
              }}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      <SpellingList entity={entity} />
      <MergeForm entity={entity} entities={entities} overrides={overrides} />
      <MentionList entity={entity} titles={titles} />
    </section>
  )
}
