/**
 * One event: title, date (or offset), note, timeline, the passages it rests on with the
 * date each states, merge with another event, delete. Changes save as they are made.
 */
import type { EventDate } from '@shared/dates/event-date'
import type { TimelineItem } from '@shared/timelines/timeline-items'
import { useState } from 'react'
import type { TimelineRecord } from '../../db/records'
import { useAutosave } from '../../ui/useAutosave'
import { TagInput } from '../../ui/TagInput'
import { editEvent, removeEvent } from './actions'
import { EventDateEditor } from './EventDateEditor'
import { EventMergeField, EventTimelineField } from './EventMoveFields'
import { EventSources } from './EventSources'
import type { SourceQuote } from './useSourceQuotes'

interface EventDetailProps {
  item: TimelineItem
  items: readonly TimelineItem[]
  timelines: readonly TimelineRecord[]
  quotes: ReadonlyMap<string, SourceQuote>
  onClose: () => void
}

export function EventDetail({ item, items, timelines, quotes, onClose }: EventDetailProps) {
  const [date, setDate] = useState<EventDate | null>(item.date)
  const [title, setTitle] = useState(item.title)
  const note = useAutosave(
    item.note,
    (value) => void editEvent(item.id, { note: value }, 'edit note'),
    { draftKey: `note:event:${item.id}` },
  )
  const others = items.filter((other) => other.id !== item.id)
  const allTags = [...new Set(items.flatMap((other) => other.tags))].sort((a, b) =>
    a.localeCompare(b),
  )
  const sameTimeline = others.filter((other) => other.timelineId === item.timelineId)

  return (
    <aside className="event-detail" aria-labelledby="event-detail-heading">
      <div className="event-detail-head">
        <h2 id="event-detail-heading">{item.title}</h2>
        <button type="button" className="button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className={item.approximate ? 'tl-date tl-date-approx' : 'tl-date'}>{item.dateLabel}</p>
      {item.conflict && (
        <p className="tl-conflict">
          ! The sources state dates for this event that cannot all be true.
        </p>
      )}
      <label className="field">
        <span className="field-label">Title</span>
        <input
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => title !== item.title && void editEvent(item.id, { title }, 'rename event')}
        />
      </label>
      <EventDateEditor initial={item.date} others={others} onChange={setDate} />
      <button
        type="button"
        className="button"
        disabled={!date || JSON.stringify(date) === JSON.stringify(item.date)}
        onClick={() => date && void editEvent(item.id, { date }, 'change date')}
      >
        Save date
      </button>
      <label className="field">
        <span className="field-label">Note</span>
        <textarea
          rows={3}
          value={note.draft}
          onChange={(e) => note.setDraft(e.target.value)}
          onBlur={note.flush}
        />
      </label>
      <div className="field">
        <span className="field-label">Tags</span>
        <TagInput
          tags={[...item.tags]}
          allTags={allTags}
          onChange={(tags) => void editEvent(item.id, { tags }, 'edit tags')}
        />
      </div>
      <EventTimelineField item={item} timelines={timelines} />
      <EventSources item={item} quotes={quotes} />
      <EventMergeField item={item} sameTimeline={sameTimeline} />
      <button
        type="button"
        className="button-quiet button-danger"
        onClick={async () => {
          if (await removeEvent(item.id)) onClose()
        }}
      >
        Delete event
      </button>
    </aside>
  )
}
