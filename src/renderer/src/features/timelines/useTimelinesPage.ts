/**
 * The timelines view's state: the timeline and event the address names, the filters the
 * analyst sets, the events they leave shown with their source quotes, and the counts the
 * list shows. Reports readiness once loaded and opens the first timeline when none is named.
 */
import { eventMentions } from '@shared/entities/entity-filter'
import { useEffect, useMemo, useState } from 'react'
import { navigate } from '../../nav/useHashRoute'
import { useEntityFilterView, type EntityFilterView } from '../../host/entity-filter'
import { useDocumentSummaries } from '../../host/useDocuments'
import { countByTimeline, shownEvents } from './shown-events'
import { useSourceQuotes } from './useSourceQuotes'
import { useTimelines } from './useTimelines'

/** How the events of a timeline are drawn. */
export type TimelineDisplay = 'list' | 'visual'

/** The analyst's choices of what to show and how, with their setters. */
export interface TimelineFilters {
  conflictsOnly: boolean
  setConflictsOnly: (value: boolean) => void
  /** A day as the date input gives it, or empty. */
  asOf: string
  setAsOf: (value: string) => void
  display: TimelineDisplay
  setDisplay: (value: TimelineDisplay) => void
  /** The entity filter the timelines share with the notebook and claims. */
  entity: EntityFilterView
}

/** Everything the timelines view renders, from the address and the database. */
export function useTimelinesPage(
  timelineId: string | null,
  eventId: string | null,
  onReady: () => void,
) {
  const documents = useDocumentSummaries()
  const { timelines, items, loaded } = useTimelines()
  const [conflictsOnly, setConflictsOnly] = useState(false)
  const [asOf, setAsOf] = useState('')
  const [display, setDisplay] = useState<TimelineDisplay>('list')
  const current = timelines.find((t) => t.id === timelineId) ?? null
  const published = useMemo(
    () => new Map(documents.map((d) => [d.meta.id, d.meta.published])),
    [documents],
  )
  const entity = useEntityFilterView()
  const { matcher, highlightIds } = entity
  const shown = useMemo(() => {
    const kept = shownEvents(
      items,
      { timelineId: current?.id ?? null, conflictsOnly, asOf },
      (docId) => published.get(docId) ?? null,
    )
    return matcher && highlightIds
      ? kept.filter((item) => eventMentions(matcher, item, highlightIds))
      : kept
  }, [items, current, conflictsOnly, asOf, published, matcher, highlightIds])
  const quotes = useSourceQuotes(
    useMemo(() => shown.flatMap((item) => item.sources.map((s) => s.highlightId)), [shown]),
  )
  const selected = items.find((item) => item.id === eventId) ?? null
  const counts = useMemo(() => countByTimeline(items), [items])

  useEffect(() => {
    if (loaded) onReady()
  }, [loaded, onReady])
  useEffect(() => {
    if (loaded && !timelineId && timelines[0]) {
      navigate({ view: 'timelines', timelineId: timelines[0].id, eventId: null })
    }
  }, [loaded, timelineId, timelines])

  const filters: TimelineFilters = {
    conflictsOnly,
    setConflictsOnly,
    asOf,
    setAsOf,
    display,
    setDisplay,
    entity,
  }
  return {
    timelines,
    items,
    loaded,
    current,
    shown,
    quotes,
    selected,
    counts,
    filters,
  }
}
