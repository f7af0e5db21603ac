/**
 * What the analyst can do to timelines and events, as the UI calls it: each action writes
 * through the repository, records the undo step and says what happened in plain words.
 */
import type { AbsoluteDate, EventDate } from '@shared/dates/event-date'
import { resolvePassage, type PassageChoice, type PassageSource } from '@shared/highlights/passage'
import { db } from '../../db'
import type { ChangeSet } from '../../db/change-set'
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
import { recordUndo } from '../../db/undo-history'
import { announce, announceError } from '../../ui/status'
import { runWrite } from '../run-write'

/** Runs a write (see runWrite); resolves false if it failed. */
async function run(
  write: () => Promise<ChangeSet | null>,
  done: string | null,
  failed: string,
): Promise<boolean> {
  return (await runWrite(write, done, failed)) !== undefined
}

export async function newTimeline(title: string): Promise<TimelineRecord | null> {
  try {
    const { timeline, changeSet } = await createTimeline(db, title)
    recordUndo(changeSet)
    announce(`Timeline “${timeline.title}” created.`)
    return timeline
  } catch (error) {
    announceError(error, 'The timeline could not be created.')
    return null
  }
}

export const renameTimeline = (id: string, title: string) =>
  run(() => updateTimeline(db, id, { title }), null, 'The timeline could not be renamed.')

export const removeTimeline = (id: string) =>
  run(
    () => deleteTimeline(db, id),
    'Timeline deleted with its events. Undo with Ctrl+Z.',
    'The timeline could not be deleted.',
  )

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
    const resolved = resolvePassage(source, 'blue')
    if (!resolved.ok) {
      announce(resolved.problem, 'error')
      return null
    }
    passage = resolved.choice
  }
  try {
    const { event, changeSet } = await addEvent(db, {
      timelineId,
      title,
      date,
      source: passage && { ...passage, stated },
    })
    recordUndo(changeSet)
    announce(`Event “${event.title}” added.`)
    return event
  } catch (error) {
    announceError(error, 'The event could not be added.')
    return null
  }
}

export const editEvent = (id: string, patch: EventPatch, label?: string) =>
  run(() => updateEvent(db, id, patch, label), null, 'The event could not be saved.')

export const removeEvent = (id: string) =>
  run(
    () => deleteEvent(db, id),
    'Event deleted. Undo with Ctrl+Z.',
    'The event could not be deleted.',
  )

export const mergeInto = (keptId: string, mergedId: string) =>
  run(
    () => mergeEvents(db, keptId, mergedId),
    'Events merged. Undo with Ctrl+Z.',
    'The events could not be merged.',
  )

export const setStatedDate = (eventId: string, highlightId: string, stated: AbsoluteDate | null) =>
  run(
    () => setEventSource(db, eventId, highlightId, stated),
    null,
    'The stated date could not be saved.',
  )
