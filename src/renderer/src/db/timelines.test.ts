import type { AbsoluteDate, EventDate, OffsetUnit } from '@shared/dates/event-date'
import { describe, expect, it } from 'vitest'
import { applyChangeSet } from './change-set'
import { addHighlight, deleteHighlight, type NewHighlight } from './highlights'
import type { CasefileDatabase } from './database'
import type { EventRecord } from './records'
import { createTestDatabase } from './test-db'
import { passageIn } from './testing/rows'
import {
  addEvent,
  allEvents,
  createTimeline,
  deleteEvent,
  deleteTimeline,
  mergeEvents,
  type NewEvent,
  removeEventSource,
  setEventSource,
  UNRESOLVED_SORT_KEY,
  updateEvent,
} from './timelines'
import { InputError } from './input-error'

const day = (year: number, month: number, d: number, approximate = false): AbsoluteDate => ({
  kind: 'point',
  date: { year, month, day: d, approximate },
})

function passage(docId = 'doc-3', exact = 'On January 16'): NewHighlight {
  return passageIn(docId, exact, 'rev', 'blue')
}

/** Adds an event and returns it. */
async function eventIn(db: CasefileDatabase, input: NewEvent): Promise<EventRecord> {
  return (await addEvent(db, input)).event
}

/** A date `amount` `unit`s after that of the event `eventId`. */
function after(eventId: string, amount: number, unit: OffsetUnit, approximate = false): EventDate {
  return { kind: 'relative', eventId, offset: { amount, unit }, approximate }
}

async function setup() {
  const db = createTestDatabase()
  const { timeline } = await createTimeline(db, 'January 2024 strikes')
  return { db, timeline }
}

describe('timelines and events', () => {
  it('adds an event from a selection: the highlight becomes its first source, in one undo step', async () => {
    const { db, timeline } = await setup()
    const { event, changeSet } = await addEvent(db, {
      timelineId: timeline.id,
      title: 'Iranian strikes in Balochistan',
      date: day(2024, 1, 16),
      source: { newHighlight: passage(), stated: day(2024, 1, 16) },
    })
    expect(event.sources).toHaveLength(1)
    expect(event.highlightIds).toEqual([event.sources[0]!.highlightId])
    expect(event.sortKey).toBe(Date.UTC(2024, 0, 16))
    await applyChangeSet(db, changeSet, 'undo')
    expect([await db.events.count(), await db.highlights.count()]).toEqual([0, 0])
  })

  it('keeps a relative event’s order with the event it depends on', async () => {
    const { db, timeline } = await setup()
    const strike = await eventIn(db, {
      timelineId: timeline.id,
      title: 'Iranian strikes',
      date: day(2024, 1, 16),
    })
    const reply = await eventIn(db, {
      timelineId: timeline.id,
      title: 'Pakistan retaliates',
      date: after(strike.id, 2, 'day'),
    })
    expect(reply.sortKey).toBe(Date.UTC(2024, 0, 18))
    await updateEvent(db, strike.id, { date: day(2024, 1, 20) })
    expect((await db.events.get(reply.id))?.sortKey).toBe(Date.UTC(2024, 0, 22))
    expect((await allEvents(db)).map((e) => e.title)).toEqual([
      'Iranian strikes',
      'Pakistan retaliates',
    ])
  })

  it('refuses a date that would make an event relative to itself through a chain, changing nothing', async () => {
    const { db, timeline } = await setup()
    const a = await eventIn(db, { timelineId: timeline.id, title: 'A', date: day(2024, 1, 1) })
    const b = await eventIn(db, {
      timelineId: timeline.id,
      title: 'B',
      date: after(a.id, 1, 'week'),
    })
    await expect(updateEvent(db, a.id, { date: after(b.id, 1, 'day') })).rejects.toThrow(InputError)
    expect((await db.events.get(a.id))?.date).toEqual(day(2024, 1, 1))
  })

  it('deleting an event fixes the events dated from it at their date; undo restores both', async () => {
    const { db, timeline } = await setup()
    const a = await eventIn(db, { timelineId: timeline.id, title: 'A', date: day(2024, 1, 16) })
    const b = await eventIn(db, {
      timelineId: timeline.id,
      title: 'B',
      date: after(a.id, 2, 'day'),
    })
    const set = await deleteEvent(db, a.id)
    expect((await db.events.get(b.id))?.date).toEqual(day(2024, 1, 18))
    await applyChangeSet(db, set!, 'undo')
    expect((await db.events.get(b.id))?.date.kind).toBe('relative')
    expect(await db.events.count()).toBe(2)
  })

  it('never leaves a date pointing at a deleted event, even one that cannot be worked out', async () => {
    const { db, timeline } = await setup()
    const a = await eventIn(db, { timelineId: timeline.id, title: 'A', date: day(2024, 1, 16) })
    const far = await eventIn(db, {
      timelineId: timeline.id,
      title: 'Far',
      date: after(a.id, 9000, 'year'),
    })
    expect(far.sortKey).toBe(UNRESOLVED_SORT_KEY)
    await deleteEvent(db, a.id)
    // Past the calendar, so it keeps its base's date, marked approximate.
    expect((await db.events.get(far.id))?.date).toEqual(day(2024, 1, 16, true))
  })

  it('merges two records of one event: sources and stated dates combine, dependents follow', async () => {
    const { db, timeline } = await setup()
    const one = await eventIn(db, {
      timelineId: timeline.id,
      title: 'Strikes',
      date: day(2024, 1, 16),
      note: 'From 002.',
      source: { newHighlight: passage('doc-2'), stated: day(2024, 1, 16) },
    })
    const two = await eventIn(db, {
      timelineId: timeline.id,
      title: 'Missile strike',
      date: day(2024, 1, 16),
      note: 'From 003.',
      tags: ['strikes'],
      source: { newHighlight: passage('doc-3'), stated: day(2024, 1, 17) },
    })
    const reply = await eventIn(db, {
      timelineId: timeline.id,
      title: 'Reply',
      date: after(two.id, 2, 'day'),
    })
    await mergeEvents(db, one.id, two.id)
    const merged = (await db.events.get(one.id))!
    expect(merged.sources.map((s) => s.docId)).toEqual(['doc-2', 'doc-3'])
    expect(merged.sources[1]?.stated).toEqual(day(2024, 1, 17))
    expect(merged.note).toBe('From 002.\n\nFrom 003.')
    expect(merged.tags).toEqual(['strikes'])
    expect(await db.events.get(two.id)).toBeUndefined()
    expect((await db.events.get(reply.id))?.date).toMatchObject({ eventId: one.id })
  })

  it('moves an event between timelines, and deleting a timeline keeps dependents elsewhere dated', async () => {
    const { db, timeline } = await setup()
    const other = (await createTimeline(db, 'Peace Pipeline')).timeline
    const a = await eventIn(db, { timelineId: timeline.id, title: 'A', date: day(2024, 1, 16) })
    const b = await eventIn(db, {
      timelineId: other.id,
      title: 'B',
      date: after(a.id, 1, 'month', true),
    })
    await deleteTimeline(db, timeline.id)
    const kept = (await db.events.get(b.id))!
    expect(kept.date.kind).toBe('point')
    expect(kept.sortKey).not.toBe(UNRESOLVED_SORT_KEY)
    await updateEvent(db, b.id, { timelineId: other.id, title: 'B moved' })
    expect((await db.events.get(b.id))?.title).toBe('B moved')
  })

  it('records the date each source states, and deleting a highlight drops it from its events', async () => {
    const { db, timeline } = await setup()
    const { event } = await addEvent(db, {
      timelineId: timeline.id,
      title: 'Strikes',
      date: day(2024, 1, 16),
    })
    const { highlight } = await addHighlight(db, passage('doc-0', 'mid-January'))
    await setEventSource(db, event.id, highlight.id, {
      kind: 'point',
      date: { year: 2024, month: 1, approximate: true },
    })
    expect((await db.events.get(event.id))?.sources[0]?.stated).toMatchObject({ kind: 'point' })
    await deleteHighlight(db, highlight.id)
    expect((await db.events.get(event.id))?.sources).toEqual([])
    expect(await removeEventSource(db, event.id, highlight.id)).toBeNull()
  })

  it('refuses an event without a title or with an impossible date', async () => {
    const { db, timeline } = await setup()
    await expect(
      addEvent(db, { timelineId: timeline.id, title: ' ', date: day(2024, 1, 16) }),
    ).rejects.toThrow(/needs a title/)
    await expect(
      addEvent(db, { timelineId: timeline.id, title: 'X', date: day(2023, 2, 30) }),
    ).rejects.toThrow(InputError)
    expect(await db.events.count()).toBe(0)
  })
})
