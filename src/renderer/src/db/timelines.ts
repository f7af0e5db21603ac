/**
 * The timeline repository: timelines and their events, each event resting on passages
 * (highlights) that may state their own date for it. Every write is one transaction with
 * its undo step. Dates may be relative to other events, so every write that can move a
 * date refreshes the stored sort keys of all events it moves (chains included), and
 * deleting an event first fixes the events dated relative to it at the date they had:
 * nothing is left pointing at an event that is gone.
 */
import type { AbsoluteDate, EventDate } from '@shared/dates/event-date'
import { eventDateProblem } from '@shared/dates/event-date'
import { sortKey } from '@shared/dates/interval'
import { resolveAll, wouldCreateCycle, type DatedEvent } from '@shared/dates/resolve'
import type { PassageChoice } from '@shared/highlights/passage'
import { addTag } from '@shared/highlights/tags'
import { UNRESOLVED_SORT_KEY } from '@shared/backup/merge-consistency'
import { recordChanges, type ChangeRecorder, type ChangeSet } from './change-set'
import type { CasefileDatabase } from './database'
import { InputError } from './input-error'
import { newHighlightRecord, type NewHighlight } from './highlights'
import type { EventRecord, EventSourceRecord, HighlightRecord, TimelineRecord } from './records'

/** Sort key of an event whose date cannot be resolved: after every dated event. */
export { UNRESOLVED_SORT_KEY }

function cleanTitle(title: string, what: string): string {
  const clean = title.replace(/\s+/g, ' ').trim()
  if (!clean) throw new InputError(`A ${what} needs a title.`)
  if (clean.length > 500)
    throw new InputError(`This ${what} title is too long (500 characters at most).`)
  return clean
}

function checkDate(date: EventDate): void {
  const problem = eventDateProblem(date)
  if (problem) throw new InputError(`That date cannot be used: ${problem}.`)
}

const asDated = (event: EventRecord): DatedEvent => ({
  id: event.id,
  title: event.title,
  date: event.date,
})

/**
 * Recomputes every event's sort key from `events` (the state after this write) and puts
 * those that changed: moving one event moves the events dated from it.
 */
async function refreshSortKeys(
  rec: ChangeRecorder,
  events: Map<string, EventRecord>,
): Promise<void> {
  const resolutions = resolveAll([...events.values()].map(asDated))
  for (const event of events.values()) {
    const resolution = resolutions.get(event.id)
    const key = resolution?.ok ? sortKey(resolution.date) : UNRESOLVED_SORT_KEY
    if (key !== event.sortKey) {
      const next = { ...event, sortKey: key }
      events.set(event.id, next)
      await rec.put('events', next)
    }
  }
}

async function allEventsById(db: CasefileDatabase): Promise<Map<string, EventRecord>> {
  return new Map((await db.events.toArray()).map((e) => [e.id, e]))
}

/** Creates a timeline. */
export async function createTimeline(
  db: CasefileDatabase,
  title: string,
  description = '',
): Promise<{ timeline: TimelineRecord; changeSet: ChangeSet }> {
  const now = Date.now()
  const timeline: TimelineRecord = {
    id: crypto.randomUUID(),
    title: cleanTitle(title, 'timeline'),
    description,
    createdAt: now,
    updatedAt: now,
  }
  const { changeSet } = await recordChanges(db, ['timelines'], 'new timeline', (rec) =>
    rec.add('timelines', timeline),
  )
  return { timeline, changeSet: changeSet! }
}

/** Renames a timeline or changes its description. */
export async function updateTimeline(
  db: CasefileDatabase,
  id: string,
  patch: Partial<Pick<TimelineRecord, 'title' | 'description'>>,
): Promise<ChangeSet | null> {
  const title = patch.title === undefined ? undefined : cleanTitle(patch.title, 'timeline')
  const { changeSet } = await recordChanges(db, ['timelines'], 'edit timeline', async (rec) => {
    const current = await db.timelines.get(id)
    if (!current) return
    const next = { ...current, ...patch, ...(title ? { title } : {}) }
    if (next.title === current.title && next.description === current.description) return
    await rec.put('timelines', { ...next, updatedAt: Date.now() })
  })
  return changeSet
}

/**
 * The date for a dependent whose own date cannot be worked out (its offset runs past the
 * calendar): its base's date, marked approximate; else a date a source states; else the
 * year it was made, approximate. Never left pointing at an event that is gone.
 */
function fallbackDate(
  event: EventRecord,
  resolutions: ReturnType<typeof resolveAll>,
): AbsoluteDate {
  const base = event.date.kind === 'relative' ? resolutions.get(event.date.eventId) : undefined
  if (base?.ok) {
    return base.date.kind === 'point'
      ? { kind: 'point', date: { ...base.date.date, approximate: true } }
      : { ...base.date, start: { ...base.date.start, approximate: true } }
  }
  const stated = event.sources.find((s) => s.stated)?.stated
  if (stated) return stated
  return {
    kind: 'point',
    date: { year: new Date(event.createdAt).getUTCFullYear(), approximate: true },
  }
}

/** Fixes events dated relative to any of `gone` at the date they resolve to now. */
async function detachDependents(
  rec: ChangeRecorder,
  events: Map<string, EventRecord>,
  gone: ReadonlySet<string>,
): Promise<void> {
  const resolutions = resolveAll([...events.values()].map(asDated))
  for (const event of events.values()) {
    if (gone.has(event.id) || event.date.kind !== 'relative' || !gone.has(event.date.eventId)) {
      continue
    }
    const resolution = resolutions.get(event.id)
    const date = resolution?.ok ? resolution.date : fallbackDate(event, resolutions)
    const fixed: EventRecord = { ...event, date, updatedAt: Date.now() }
    events.set(event.id, fixed)
    await rec.put('events', fixed)
  }
}

/** Deletes a timeline with its events (events elsewhere dated from them keep their dates). */
export async function deleteTimeline(db: CasefileDatabase, id: string): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(
    db,
    ['timelines', 'events'],
    'delete timeline',
    async (rec) => {
      if (!(await db.timelines.get(id))) return
      const events = await allEventsById(db)
      const gone = new Set([...events.values()].filter((e) => e.timelineId === id).map((e) => e.id))
      await detachDependents(rec, events, gone)
      for (const eventId of gone) {
        await rec.remove('events', eventId)
        events.delete(eventId)
      }
      await rec.remove('timelines', id)
    },
  )
  return changeSet
}

export interface NewEvent {
  timelineId: string
  title: string
  date: EventDate
  note?: string
  tags?: string[]
  /** The passage the event rests on: an existing highlight or a new one from a selection. */
  source?: PassageChoice<NewHighlight> & { stated?: AbsoluteDate | null }
}

/** Adds an event (and, from a selection, its highlight) in one transaction. */
export async function addEvent(
  db: CasefileDatabase,
  input: NewEvent,
): Promise<{ event: EventRecord; changeSet: ChangeSet }> {
  const title = cleanTitle(input.title, 'event')
  checkDate(input.date)
  const id = crypto.randomUUID()
  if (input.date.kind === 'relative' && input.date.eventId === id) {
    throw new InputError('An event cannot be dated relative to itself.')
  }
  const fresh =
    input.source && 'newHighlight' in input.source
      ? newHighlightRecord(input.source.newHighlight)
      : null
  const { result, changeSet } = await recordChanges(
    db,
    ['timelines', 'events', 'highlights'],
    'add event',
    async (rec) => {
      if (!(await db.timelines.get(input.timelineId))) {
        throw new InputError('That timeline no longer exists.')
      }
      if (input.date.kind === 'relative' && !(await db.events.get(input.date.eventId))) {
        throw new InputError('The event this date is relative to no longer exists.')
      }
      let highlight: HighlightRecord | undefined
      if (fresh) {
        await rec.add('highlights', fresh)
        highlight = fresh
      } else if (input.source && 'highlightId' in input.source) {
        highlight = await db.highlights.get(input.source.highlightId)
        if (!highlight) throw new InputError('That highlight no longer exists.')
      }
      const sources: EventSourceRecord[] = highlight
        ? [
            {
              highlightId: highlight.id,
              docId: highlight.docId,
              stated: input.source?.stated ?? null,
            },
          ]
        : []
      const now = Date.now()
      const event: EventRecord = {
        id,
        timelineId: input.timelineId,
        title,
        note: input.note ?? '',
        tags: (input.tags ?? []).reduce<string[]>(addTag, []),
        date: input.date,
        sortKey: UNRESOLVED_SORT_KEY,
        sources,
        highlightIds: sources.map((s) => s.highlightId),
        createdAt: now,
        updatedAt: now,
      }
      await rec.add('events', event)
      const events = await allEventsById(db)
      events.set(event.id, event)
      await refreshSortKeys(rec, events)
      return events.get(event.id)!
    },
  )
  return { event: result, changeSet: changeSet! }
}

export type EventPatch = Partial<
  Pick<EventRecord, 'title' | 'note' | 'tags' | 'date' | 'timelineId'>
>

/** Edits an event: title, note, tags, date (refusing a cycle of relative dates), timeline. */
export async function updateEvent(
  db: CasefileDatabase,
  id: string,
  patch: EventPatch,
  label = 'edit event',
): Promise<ChangeSet | null> {
  const clean: EventPatch = { ...patch }
  if (patch.title !== undefined) clean.title = cleanTitle(patch.title, 'event')
  if (patch.tags !== undefined) clean.tags = patch.tags.reduce<string[]>(addTag, [])
  if (patch.date !== undefined) checkDate(patch.date)
  const { changeSet } = await recordChanges(db, ['timelines', 'events'], label, async (rec) => {
    const events = await allEventsById(db)
    const current = events.get(id)
    if (!current) return
    if (clean.timelineId !== undefined && !(await db.timelines.get(clean.timelineId))) {
      throw new InputError('That timeline no longer exists.')
    }
    if (clean.date?.kind === 'relative') {
      const dated = new Map([...events.values()].map((e) => [e.id, asDated(e)]))
      if (!dated.has(clean.date.eventId)) {
        throw new InputError('The event this date is relative to no longer exists.')
      }
      const cycle = wouldCreateCycle(id, clean.date.eventId, dated)
      if (cycle) throw new InputError(cycle)
    }
    const next: EventRecord = { ...current, ...clean }
    if (
      JSON.stringify({ ...next, updatedAt: 0 }) === JSON.stringify({ ...current, updatedAt: 0 })
    ) {
      return
    }
    const written = { ...next, updatedAt: Date.now() }
    events.set(id, written)
    await rec.put('events', written)
    await refreshSortKeys(rec, events)
  })
  return changeSet
}

/** Links another passage to an event, or changes the date that passage states for it. */
export async function setEventSource(
  db: CasefileDatabase,
  eventId: string,
  highlightId: string,
  stated: AbsoluteDate | null,
): Promise<ChangeSet | null> {
  if (stated) checkDate(stated)
  const { changeSet } = await recordChanges(
    db,
    ['events', 'highlights'],
    'event source',
    async (rec) => {
      const event = await db.events.get(eventId)
      const highlight = await db.highlights.get(highlightId)
      if (!event) throw new InputError('That event no longer exists.')
      if (!highlight) throw new InputError('That highlight no longer exists.')
      const existing = event.sources.find((s) => s.highlightId === highlightId)
      if (existing && JSON.stringify(existing.stated) === JSON.stringify(stated)) return
      const sources = existing
        ? event.sources.map((s) => (s.highlightId === highlightId ? { ...s, stated } : s))
        : [...event.sources, { highlightId, docId: highlight.docId, stated }]
      await rec.put('events', withSources(event, sources))
    },
  )
  return changeSet
}

/** The event with these sources, its highlight ids following them, edited now. */
function withSources(event: EventRecord, sources: EventSourceRecord[]): EventRecord {
  return {
    ...event,
    sources,
    highlightIds: sources.map((s) => s.highlightId),
    updatedAt: Date.now(),
  }
}

/** Unlinks a passage from an event (the highlight stays). */
export async function removeEventSource(
  db: CasefileDatabase,
  eventId: string,
  highlightId: string,
): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(db, ['events'], 'remove event source', async (rec) => {
    const event = await db.events.get(eventId)
    if (!event || !event.highlightIds.includes(highlightId)) return
    const sources = event.sources.filter((s) => s.highlightId !== highlightId)
    await rec.put('events', withSources(event, sources))
  })
  return changeSet
}

/**
 * Merges `mergedId` into `keptId` (two records of one event): sources and the dates they
 * state combine, notes join, tags unite; events dated relative to the merged one are
 * dated relative to the kept one instead.
 */
export async function mergeEvents(
  db: CasefileDatabase,
  keptId: string,
  mergedId: string,
): Promise<ChangeSet | null> {
  if (keptId === mergedId) throw new InputError('An event cannot be merged with itself.')
  const { changeSet } = await recordChanges(db, ['events'], 'merge events', async (rec) => {
    const events = await allEventsById(db)
    const kept = events.get(keptId)
    const merged = events.get(mergedId)
    if (!kept || !merged) throw new InputError('One of these events no longer exists.')
    if (kept.date.kind === 'relative' && kept.date.eventId === mergedId) {
      throw new InputError(
        `“${kept.title}” is dated relative to “${merged.title}”; give it its own date before merging.`,
      )
    }
    const sources = [...kept.sources]
    for (const source of merged.sources) {
      if (!sources.some((s) => s.highlightId === source.highlightId)) sources.push(source)
    }
    const note = [kept.note, merged.note].filter((n) => n.trim()).join('\n\n')
    const tags = merged.tags.reduce<string[]>(addTag, [...kept.tags])
    const next = withSources({ ...kept, note, tags }, sources)
    events.set(keptId, next)
    await rec.put('events', next)
    for (const event of events.values()) {
      if (
        event.date.kind === 'relative' &&
        event.date.eventId === mergedId &&
        event.id !== keptId
      ) {
        const repointed = {
          ...event,
          date: { ...event.date, eventId: keptId },
          updatedAt: Date.now(),
        }
        events.set(event.id, repointed)
        await rec.put('events', repointed)
      }
    }
    await rec.remove('events', mergedId)
    events.delete(mergedId)
    await refreshSortKeys(rec, events)
  })
  return changeSet
}

/** Deletes an event; events dated relative to it keep the date they had. */
export async function deleteEvent(db: CasefileDatabase, id: string): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(db, ['events'], 'delete event', async (rec) => {
    const events = await allEventsById(db)
    if (!events.has(id)) return
    await detachDependents(rec, events, new Set([id]))
    await rec.remove('events', id)
    events.delete(id)
    await refreshSortKeys(rec, events)
  })
  return changeSet
}

/** Every timeline, by title. */
export async function allTimelines(db: CasefileDatabase): Promise<TimelineRecord[]> {
  const list = await db.timelines.toArray()
  return list.sort((a, b) => a.title.localeCompare(b.title))
}

/** Every event (relative dates may point across timelines, so views resolve over all). */
export function allEvents(db: CasefileDatabase): Promise<EventRecord[]> {
  return db.events.orderBy('sortKey').toArray()
}
