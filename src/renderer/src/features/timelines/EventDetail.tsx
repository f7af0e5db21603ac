/**
 * One event: title, date (or offset), note, timeline, the passages it rests on with the
 * date each states, merge with another event, delete. Changes save as they are made.
 */
import type { EventDate } from '@shared/dates/event-date'
import { formatEventDate } from '@shared/dates/format-event-date'
import { parseDateInput } from '@shared/dates/parse-date-input'
import type { TimelineItem } from '@shared/timelines/timeline-items'
import { useState } from 'react'
import { routeHash } from '../../nav/routes'
import { navigate } from '../../nav/useHashRoute'
import type { TimelineRecord } from '../../db/records'
import { useAutosave } from '../../ui/useAutosave'
import { TagInput } from '../../ui/TagInput'
import { editEvent, mergeInto, removeEvent, setStatedDate } from './actions'
import { EventDateEditor } from './EventDateEditor'
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
      <section aria-labelledby="event-sources-heading">
        <h3 id="event-sources-heading">Sources</h3>
        {item.sources.length === 0 && <p className="panel-hint">Added by hand: no source yet.</p>}
        <ul className="event-sources">
          {item.sources.map((source) => {
            const quote = quotes.get(source.highlightId)
            return (
              <li key={source.highlightId}>
                <q dir="auto">{quote?.quote ?? '…'}</q>
                <cite>{quote?.citation}</cite>
                <StatedDate
                  label={`Date this source states`}
                  initial={source.stated ? formatEventDate(source.stated) : ''}
                  onSave={(text) => {
                    if (!text.trim()) return void setStatedDate(item.id, source.highlightId, null)
                    const parsed = parseDateInput(text)
                    if (parsed.ok) void setStatedDate(item.id, source.highlightId, parsed.date)
                  }}
                />
                <a
                  href={routeHash({
                    view: 'reader',
                    docId: source.docId,
                    highlightId: source.highlightId,
                  })}
                >
                  Open in reader
                </a>
              </li>
            )
          })}
        </ul>
      </section>
      {sameTimeline.length > 0 && (
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
      )}
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

function StatedDate(props: { label: string; initial: string; onSave: (text: string) => void }) {
  const [text, setText] = useState(props.initial)
  const parsed = text.trim() ? parseDateInput(text) : null
  return (
    <label className="field field-inline">
      <span>{props.label}</span>
      <input
        type="text"
        value={text}
        placeholder="not stated"
        onChange={(e) => setText(e.target.value)}
        onBlur={() =>
          (text.trim() === '' || parsed?.ok) && text !== props.initial && props.onSave(text)
        }
      />
      {parsed && !parsed.ok && <span className="date-problem">{parsed.problem}</span>}
    </label>
  )
}
