/**
 * The head of the timeline shown: its title and event count, how it is drawn, the "as of",
 * conflicts and entity filters, TimelineJS export of the events shown, and deleting it.
 */
import type { TimelineItem } from '@shared/timelines/timeline-items'
import { navigate } from '../../nav/useHashRoute'
import { EntityFilterField, EntityFilterNotice } from '../EntityFilterField'
import { useHost } from '../../host/host-context'
import type { TimelineRecord } from '../../db/records'
import { exportTimelineJs } from '../../host/exports/open-exports'
import { SegmentedToggle } from '../../ui/SegmentedToggle'
import { removeTimeline } from './actions'
import type { SourceQuote } from './useSourceQuotes'
import type { TimelineFilters } from './useTimelinesPage'

const DISPLAYS = [
  { value: 'list', label: 'List' },
  { value: 'visual', label: 'Visual' },
] as const

interface TimelineHeadProps {
  timeline: TimelineRecord
  shown: readonly TimelineItem[]
  /** How many events the timeline holds, shown or not. */
  total: number
  quotes: ReadonlyMap<string, SourceQuote>
  filters: TimelineFilters
}

/** Title, filters and the timeline's own actions. */
export function TimelineHead({ timeline, shown, total, quotes, filters }: TimelineHeadProps) {
  const host = useHost()
  const { display, setDisplay, asOf, setAsOf, conflictsOnly, setConflictsOnly, entity } = filters
  const count =
    shown.length === total
      ? `${total} ${total === 1 ? 'event' : 'events'}`
      : `${shown.length} of ${total} events`
  return (
    <div className="tl-head">
      <h1 id="timeline-heading">{timeline.title}</h1>
      <span className="cl-count" aria-live="polite" data-testid="timeline-count">
        {count}
      </span>
      <SegmentedToggle label="Show as" options={DISPLAYS} value={display} onChange={setDisplay} />
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
      <EntityFilterField view={entity} layout="inline" />
      <div className="segmented" role="group" aria-label="Export for TimelineJS">
        {(['json', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button-quiet"
            title={`Save the events shown for TimelineJS as ${format === 'json' ? 'JSON' : 'a spreadsheet (CSV)'}`}
            onClick={() => void exportTimelineJs(host, timeline, shown, quotes, format)}
          >
            {format === 'json' ? 'TimelineJS JSON' : 'TimelineJS CSV'}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="button-quiet button-danger"
        onClick={async () => {
          if (await removeTimeline(timeline.id)) {
            navigate({ view: 'timelines', timelineId: null, eventId: null })
          }
        }}
      >
        Delete timeline
      </button>
      <EntityFilterNotice view={entity} />
    </div>
  )
}
