/**
 * What the analyst can do to timelines and events, as the UI calls it: each action writes
 * through the repository, records the undo step and says what happened in plain words
 * (see run-write for the two return conventions).
 */
import type { AbsoluteDate, EventDate } from '@shared/dates/event-date'
import type { PassageChoice, PassageSource } from '@shared/highlights/passage'
import { db } from '../../db'
import type { EventRecord, TimelineRecord } from '../../db/records'
import {
  addEvent,
  createTimeline,
  deleteEvent,
  deleteTimeline,
  mergeEvents,
  setEventSource,
  updateEvent,
  updateTimeline,
  type EventPatch,
} from '../../db/timelines'
import { runChange, runMaking, usablePassage } from '../run-write'

export async function newTimeline(title: string): Promise<TimelineRecord | null> {
  const made = await runMaking(() => createTimeline(db, title), {
    done: ({ timeline }) => `Timeline “${timeline.title}” created.`,
    failed: 'The timeline could not be created.',
  })
  return made?.timeline ?? null
}

export const renameTimeline = (id: string, title: string) =>
  runChange(() => updateTimeline(db, id, { title }), {
    failed: 'The timeline could not be renamed.',
  })

export const removeTimeline = (id: string) =>
  runChange(() => deleteTimeline(db, id), {
    done: 'Timeline deleted with its events. Undo with Ctrl+Z.',
    failed: 'The timeline could not be deleted.',
  })

/**
 * Adds an event, typed by hand or resting on `source` (a new selection is highlighted
 * blue) with the date that passage states; resolves to it, or null if refused or failed.
 */
export async function newEvent(
  timelineId: string,
  title: string,
  date: EventDate,
  source?: PassageSource,
  stated: AbsoluteDate | null = null,
): Promise<EventRecord | null> {
  let passage: PassageChoice | undefined
  if (source) {
    const usable = usablePassage(source, 'blue')
    if (!usable) return null
    passage = usable
  }
  const made = await runMaking(
    () => addEvent(db, { timelineId, title, date, source: passage && { ...passage, stated } }),
    {
      done: ({ event }) => `Event “${event.title}” added.`,
      failed: 'The event could not be added.',
    },
  )
  return made?.event ?? null
}

export const editEvent = (id: string, patch: EventPatch, label?: string) =>
  runChange(() => updateEvent(db, id, patch, label), { failed: 'The event could not be saved.' })

export const removeEvent = (id: string) =>
  runChange(() => deleteEvent(db, id), {
    done: 'Event deleted. Undo with Ctrl+Z.',
    failed: 'The event could not be deleted.',
  })

export const mergeInto = (keptId: string, mergedId: string) =>
  runChange(() => mergeEvents(db, keptId, mergedId), {
    done: 'Events merged. Undo with Ctrl+Z.',
    failed: 'The events could not be merged.',
  })

export const setStatedDate = (eventId: string, highlightId: string, stated: AbsoluteDate | null) =>
  runChange(() => setEventSource(db, eventId, highlightId, stated), {
    failed: 'The stated date could not be saved.',
  })
