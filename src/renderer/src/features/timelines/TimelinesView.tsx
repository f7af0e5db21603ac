/**
 * Timelines: the analyst's named timelines, one shown as a chronological list grouped by
 * year and month (or drawn), an event's detail beside it, and events added by hand.
 */
import { knownAsOf } from '@shared/timelines/as-of'
import { useEffect, useMemo, useState } from 'react'
import { routeHash } from '../../nav/routes'
import { navigate } from '../../nav/useHashRoute'
import { useHost } from '../../host/host-context'
import { useDocumentSummaries } from '../../host/useDocuments'
import { SegmentedToggle } from '../../ui/SegmentedToggle'
import { exportTimelineJs } from '../../host/exports/open-exports'
import { newTimeline, removeTimeline } from './actions'
import { EventDetail } from './EventDetail'
import { NewEventForm } from './NewEventForm'
import { TimelineList } from './TimelineList'
import { TimelineVisual } from './TimelineVisual'
import { useSourceQuotes } from './useSourceQuotes'
import { useTimelines } from './useTimelines'

interface TimelinesViewProps {
  timelineId: string | null
  eventId: string | null
  onReady: () => void
}

const DISPLAYS = [
  { value: 'list', label: 'List' },
  { value: 'visual', label: 'Visual' },
] as const

export function TimelinesView({ timelineId, eventId, onReady }: TimelinesViewProps) {
  const host = useHost()
  const documents = useDocumentSummaries()
  const { timelines, items, loaded } = useTimelines()
  const [title, setTitle] = useState('')
  const [conflictsOnly, setConflictsOnly] = useState(false)
  const [asOf, setAsOf] = useState('')
  const [display, setDisplay] = useState<'list' | 'visual'>('list')
  const current = timelines.find((t) => t.id === timelineId) ?? null
  const published = useMemo(
    () => new Map(documents.map((d) => [d.meta.id, d.meta.published])),
    [documents],
  )
  const shown = useMemo(() => {
    const inTimeline = items.filter(
      (item) => item.timelineId === current?.id && (!conflictsOnly || item.conflict),
    )
    const asOfTime = asOf ? Date.parse(`${asOf}T00:00:00Z`) : NaN
    return Number.isNaN(asOfTime)
      ? inTimeline
      : knownAsOf(inTimeline, (docId) => published.get(docId) ?? null, asOfTime)
  }, [items, current, conflictsOnly, asOf, published])
  const quotes = useSourceQuotes(
    useMemo(() => shown.flatMap((item) => item.sources.map((s) => s.highlightId)), [shown]),
  )
  const selected = items.find((item) => item.id === eventId) ?? null
  const counts = useMemo(() => {
    const byTimeline = new Map<string, number>()
    for (const item of items)
      byTimeline.set(item.timelineId, (byTimeline.get(item.timelineId) ?? 0) + 1)
    return byTimeline
  }, [items])

  useEffect(() => {
    if (loaded) onReady()
  }, [loaded, onReady])
  useEffect(() => {
    if (loaded && !timelineId && timelines[0]) {
      navigate({ view: 'timelines', timelineId: timelines[0].id, eventId: null })
    }
  }, [loaded, timelineId, timelines])

  return (
    <div className="timelines-view">
      <nav className="timelines-nav" aria-label="Timelines">
        <h2>Timelines</h2>
        <ul>
          {timelines.map((t) => (
            <li key={t.id}>
              <a
                href={routeHash({ view: 'timelines', timelineId: t.id, eventId: null })}
                aria-current={t.id === current?.id ? 'page' : undefined}
              >
                {t.title} <span className="count">{counts.get(t.id) ?? 0}</span>
              </a>
            </li>
          ))}
        </ul>
        <form
          className="tl-new"
          onSubmit={async (event) => {
            event.preventDefault()
            const made = await newTimeline(title)
            if (made) {
              setTitle('')
              navigate({ view: 'timelines', timelineId: made.id, eventId: null })
            }
          }}
        >
          <label className="field">
            <span className="field-label">New timeline</span>
            <input
              type="text"
              value={title}
              placeholder="e.g. January 2024 strikes"
              onChange={(e) => setTitle(e.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={!title.trim()}>
            Create
          </button>
        </form>
      </nav>
      <main
        id="timelines"
        className="timeline-main"
        aria-labelledby="timeline-heading"
        tabIndex={-1}
      >
        {!current ? (
          <div className="tl-empty">
            <h1 id="timeline-heading">Timelines</h1>
            <p>
              {loaded && timelines.length === 0
                ? 'No timelines yet. Create one, then add events by hand or from a passage in the reader (“Timeline”).'
                : 'Choose a timeline.'}
            </p>
          </div>
        ) : (
          <>
            <div className="tl-head">
              <h1 id="timeline-heading">{current.title}</h1>
              <span className="cl-count">
                {shown.length} {shown.length === 1 ? 'event' : 'events'}
              </span>
              <SegmentedToggle
                label="Show as"
                options={DISPLAYS}
                value={display}
                onChange={setDisplay}
              />
              <label
                className="field field-inline"
                title="Show only what the sources published by this day could have said"
              >
                <span>As of</span>
                <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  checked={conflictsOnly}
                  onChange={(e) => setConflictsOnly(e.target.checked)}
                />
                Date conflicts only
              </label>
              <div className="segmented" role="group" aria-label="Export for TimelineJS">
                {(['json', 'csv'] as const).map((format) => (
                  <button
                    key={format}
                    type="button"
                    className="button-quiet"
                    title={`Save the events shown for TimelineJS as ${format === 'json' ? 'JSON' : 'a spreadsheet (CSV)'}`}
                    onClick={() => void exportTimelineJs(host, current, shown, quotes, format)}
                  >
                    {format === 'json' ? 'TimelineJS JSON' : 'TimelineJS CSV'}
                  </button>
                ))}
              </div>
              <button
                type="button"
                className="button-quiet button-danger"
                onClick={async () => {
                  if (await removeTimeline(current.id)) {
                    navigate({ view: 'timelines', timelineId: null, eventId: null })
                  }
                }}
              >
                Delete timeline
              </button>
            </div>
            <NewEventForm timelineId={current.id} items={items} />
            {shown.length === 0 ? (
              <p className="panel-hint">
                {asOf
                  ? 'None of these events was in a source published by that day.'
                  : conflictsOnly
                    ? 'No date conflicts in this timeline.'
                    : 'No events yet. Add one by hand, or select a passage in the reader and choose “Timeline”.'}
              </p>
            ) : display === 'list' ? (
              <TimelineList items={shown} quotes={quotes} selectedId={eventId} />
            ) : (
              <TimelineVisual
                title={current.title}
                items={shown}
                allItems={items}
                timelines={timelines}
                selectedId={eventId}
                onOpen={(id) =>
                  navigate({ view: 'timelines', timelineId: current.id, eventId: id })
                }
              />
            )}
          </>
        )}
      </main>
      {selected && (
        <EventDetail
          key={selected.id}
          item={selected}
          items={items}
          timelines={timelines}
          quotes={quotes}
          onClose={() => navigate({ view: 'timelines', timelineId, eventId: null })}
        />
      )}
    </div>
  )
}
