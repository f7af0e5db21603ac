/** Moving an event to another timeline, and merging it into another record of itself. */
import type { TimelineItem } from '@shared/timelines/timeline-items'
import { navigate } from '../../nav/useHashRoute'
import type { TimelineRecord } from '../../db/records'
import { editEvent, mergeInto } from './actions'

/** The timeline the event is on; choosing another moves it there and follows it. */
export function EventTimelineField(props: {
  item: TimelineItem
  timelines: readonly TimelineRecord[]
}) {
  const { item, timelines } = props
  return (
    <label className="field">
      <span className="field-label">Timeline</span>
      <select
        value={item.timelineId}
        onChange={async (e) => {
          const timelineId = e.target.value
          if (await editEvent(item.id, { timelineId }, 'move event')) {
            navigate({ view: 'timelines', timelineId, eventId: item.id })
          }
        }}
      >
        {timelines.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title}
          </option>
        ))}
      </select>
    </label>
  )
}

/**
 * Merge the event into another on the same timeline (the same event recorded twice) and
 * open the one kept. Renders nothing when the timeline holds no other event.
 */
export function EventMergeField(props: {
  item: TimelineItem
  sameTimeline: readonly TimelineItem[]
}) {
  const { item, sameTimeline } = props
  if (sameTimeline.length === 0) return null
  return (
    <label className="field">
      <span className="field-label">Merge into (the same event recorded twice)</span>
      <select
        value=""
        onChange={async (e) => {
          const keptId = e.target.value
          if (keptId && (await mergeInto(keptId, item.id))) {
            navigate({ view: 'timelines', timelineId: item.timelineId, eventId: keptId })
          }
        }}
      >
        <option value="">Choose an event…</option>
        {sameTimeline.map((other) => (
          <option key={other.id} value={other.id}>
            {other.title} ({other.dateLabel})
          </option>
        ))}
      </select>
    </label>
  )
}
