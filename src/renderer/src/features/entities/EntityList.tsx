/**
 * The list of entities: filtered by kind and name, each with its mentions in all and per
 * source. Arrow keys (and j/k, Home, End) move between entries, Enter opens one.
 */
import { ENTITY_KINDS } from '@shared/entities/entity-kind'
import type { IndexedEntity } from '@shared/entities/entity-index'
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { routeHash } from '../../nav/routes'
import { moveIndex } from '../../ui/list-navigation'
import { SearchField } from '../../ui/SearchField'
import { SegmentedToggle } from '../../ui/SegmentedToggle'
import {
  countByKind,
  filterEntities,
  KIND_LABELS,
  KIND_NAMES,
  sourceCounts,
  type KindChoice,
} from './lib/entity-list'

/** Entries rendered at most: typing narrows the rest. */
const SHOWN = 300

export interface EntityListProps {
  entities: readonly IndexedEntity[]
  selectedId: string | null
  titles: ReadonlyMap<string, string>
  kind: KindChoice
  query: string
  onKind: (kind: KindChoice) => void
  onQuery: (query: string) => void
}

export function EntityList(props: EntityListProps) {
  const { entities, selectedId, titles, kind, query } = props
  const counts = useMemo(() => countByKind(entities), [entities])
  const matching = useMemo(() => filterEntities(entities, kind, query), [entities, kind, query])
  const shown = matching.slice(0, SHOWN)
  const listRef = useRef<HTMLUListElement>(null)
  const selectedIndex = shown.findIndex((e) => e.id === selectedId)
  const tabStop = selectedIndex === -1 ? 0 : selectedIndex

  // The chosen entry is in sight when it is chosen from elsewhere (a link, a reload). Not when
  // the filter changes: the caret in the filter field must stay in sight; Tab into the list
  // brings the chosen entry (its tab stop) into view.
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [selectedId])

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])]
    const at = links.indexOf(document.activeElement as HTMLAnchorElement)
    const next = moveIndex(event.key, at === -1 ? tabStop : at, links.length)
    if (next === null) return
    event.preventDefault()
    links[next]?.focus()
  }

  const options = [
    { value: 'all' as const, label: `All ${counts.all}` },
    ...ENTITY_KINDS.map((k) => ({ value: k, label: `${KIND_LABELS[k]} ${counts[k]}` })),
  ]

  return (
    <section className="en-list-pane" aria-labelledby="en-list-heading">
      <h2 id="en-list-heading" className="visually-hidden">
        Names found
      </h2>
      <div className="en-filters">
        <SearchField
          value={query}
          onChange={props.onQuery}
          placeholder="Name or spelling"
          title="Search names"
          className="en-search"
        />
        <SegmentedToggle label="Kind" options={options} value={kind} onChange={props.onKind} />
      </div>
      <p className="en-count" aria-live="polite">
        {matching.length === entities.length
          ? `${entities.length} ${entities.length === 1 ? 'name' : 'names'}`
          : `${matching.length} of ${entities.length} names`}
        {matching.length > SHOWN && ` (first ${SHOWN} shown: type to narrow)`}
      </p>
      {shown.length === 0 ? (
        <p className="en-empty">
          {entities.length === 0 ? 'No names found in the sources yet.' : 'No name matches.'}
        </p>
      ) : (
        <ul ref={listRef} className="en-list" aria-label="Entities" onKeyDown={onKeyDown}>
          {shown.map((entity, i) => (
            <li key={entity.id}>
              <a
                href={routeHash({ view: 'entities', entityId: entity.id })}
                className="en-entry"
                aria-current={entity.id === selectedId ? 'true' : undefined}
                tabIndex={i === tabStop ? 0 : -1}
              >
                <span className="en-entry-name">{entity.name}</span>
                <span className="en-entry-count">
                  {entity.count}
                  <span className="visually-hidden"> mentions</span>
                </span>
                <span className="en-entry-meta">
                  {kind === 'all' && <span className="en-kind">{KIND_NAMES[entity.kind]}</span>}
                  {sourceCounts(entity, titles).map((s) => (
                    <span key={s.docId} className="en-source" title={s.title}>
                      {s.shortTitle} {s.count}
                    </span>
                  ))}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
