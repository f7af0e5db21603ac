/** Adding an event by hand: a title and a date (or an offset from another event). */
import type { EventDate } from '@shared/dates/event-date'
import type { TimelineItem } from '@shared/timelines/timeline-items'
import { useState } from 'react'
import { newEvent } from './actions'
import { EventDateEditor } from './EventDateEditor'

export function NewEventForm({
  timelineId,
  items,
}: {
  timelineId: string
  items: readonly TimelineItem[]
}) {
  const [title, setTitle] = useState('')
  const [date, setDate] = useState<EventDate | null>(null)
  const [formKey, setFormKey] = useState(0)
  return (
    <details className="tl-new-event">
      <summary>Add an event by hand</summary>
      <form
        key={formKey}
        onSubmit={async (event) => {
          event.preventDefault()
          if (!date) return
          if (await newEvent(timelineId, title, date)) {
            setTitle('')
            setDate(null)
            setFormKey((k) => k + 1)
          }
        }}
      >
        <label className="field">
          <span className="field-label">Title</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <EventDateEditor initial={null} others={items} onChange={setDate} />
        <button type="submit" className="button" disabled={!title.trim() || !date}>
          Add event
        </button>
      </form>
    </details>
  )
}
