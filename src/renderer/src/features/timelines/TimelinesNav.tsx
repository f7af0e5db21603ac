/**
 * The list of timelines with their event counts, and the form that creates one (the
 * palette's "New timeline" puts the focus in it).
 */
import { onCommandRequest } from '@shared/commands/command-requests'
import { useEffect, useRef, useState } from 'react'
import { routeHash } from '../../nav/routes'
import { navigate } from '../../nav/useHashRoute'
import type { TimelineRecord } from '../../db/records'
import { newTimeline } from './actions'

interface TimelinesNavProps {
  timelines: readonly TimelineRecord[]
  currentId: string | null
  counts: ReadonlyMap<string, number>
}

/** The timelines, each a link; creating one opens it. */
export function TimelinesNav({ timelines, currentId, counts }: TimelinesNavProps) {
  const [title, setTitle] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => onCommandRequest('new-timeline', () => inputRef.current?.focus()), [])
  return (
    <nav className="timelines-nav" aria-label="Timelines">
      <h2>Timelines</h2>
      <ul>
        {timelines.map((t) => (
          <li key={t.id}>
            <a
              href={routeHash({ view: 'timelines', timelineId: t.id, eventId: null })}
              aria-current={t.id === currentId ? 'page' : undefined}
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
            ref={inputRef}
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
  )
}
