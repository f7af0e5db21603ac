/**
 * Resolving relative event dates by following their chain ("B is 2 days after A, C is a
 * week after B") to an absolute date, and refusing chains that loop back on themselves.
 * Each event is resolved once however many events depend on it, and nothing recurses, so
 * long chains cost time in proportion to their length.
 */

import { eventDateProblem, type AbsoluteDate, type EventDate } from './event-date'
import { applyOffset } from './offset'

export interface DatedEvent {
  id: string
  title: string
  date: EventDate
}

export type Resolution =
  | {
      ok: true
      date: AbsoluteDate
      /** The events the date was worked out from, nearest first; empty for an absolute date. */
      via: string[]
    }
  | { ok: false; problem: string }

/**
 * Why a chain cannot be resolved, kept apart from the wording because each event along the
 * chain describes it from where it stands. `culprit` is the event the trouble is at, as
 * seen by those depending on it: for a cycle, the member the chain enters it through.
 */
type Failure =
  | { cause: 'missing'; culprit: string }
  | { cause: 'cycle'; culprit: string; cycle: readonly string[] }
  | { cause: 'invalid'; culprit: string; problem: string; worked: boolean }
  | { cause: 'unknown' }

type Outcome = { ok: true; date: AbsoluteDate; via: string[] } | { ok: false; failure: Failure }

function quoted(events: ReadonlyMap<string, DatedEvent>, id: string): string {
  return `“${events.get(id)?.title ?? 'this event'}”`
}

/** "“B” → “A”": the way round a cycle from `from` back to it. */
function wayRound(
  events: ReadonlyMap<string, DatedEvent>,
  cycle: readonly string[],
  from: string,
): string {
  const at = cycle.indexOf(from)
  return [...cycle.slice(at + 1), ...cycle.slice(0, at), from]
    .map((id) => quoted(events, id))
    .join(' → ')
}

function describe(events: ReadonlyMap<string, DatedEvent>, id: string, failure: Failure): string {
  if (failure.cause === 'unknown') return 'This event no longer exists.'
  const own = failure.culprit === id
  const culprit = quoted(events, failure.culprit)
  switch (failure.cause) {
    case 'missing':
      return own
        ? 'The event this date is relative to no longer exists.'
        : `${culprit}, which this date depends on, is dated relative to an event that no longer exists.`
    case 'cycle': {
      const loop =
        failure.cycle.length === 1
          ? 'is dated relative to itself'
          : `is dated relative to itself through ${wayRound(events, failure.cycle, failure.culprit)}`
      return own ? `${culprit} ${loop}.` : `${culprit}, which this date depends on, ${loop}.`
    }
    case 'invalid':
      if (!own) {
        return `${culprit}, which this date depends on, has a date that cannot be used: ${failure.problem}.`
      }
      return failure.worked
        ? `This date works out to one that cannot be used: ${failure.problem}.`
        : `This date cannot be used: ${failure.problem}.`
  }
}

/** An event on the chain being followed. */
type Link = { id: string; date: Extract<EventDate, { kind: 'relative' }> }

/** A memoised resolver over one set of events. */
function createResolver(events: ReadonlyMap<string, DatedEvent>): (id: string) => Outcome {
  const memo = new Map<string, Outcome>()

  const derive = (link: Link, next: string, tail: Outcome | undefined): Outcome => {
    if (!tail) return { ok: false, failure: { cause: 'missing', culprit: link.id } }
    if (!tail.ok) return tail
    const date = applyOffset(tail.date, link.date.offset, link.date.approximate)
    const problem = eventDateProblem(date)
    if (problem) {
      return { ok: false, failure: { cause: 'invalid', culprit: link.id, problem, worked: true } }
    }
    return { ok: true, date, via: [next, ...tail.via] }
  }

  return (id) => {
    const path: Link[] = []
    const onPath = new Map<string, number>()
    let next = id
    let tail: Outcome | undefined
    for (;;) {
      tail = memo.get(next)
      if (tail) break
      const event = events.get(next)
      if (!event) break
      const seen = onPath.get(next)
      if (seen !== undefined) {
        const cycle = path.slice(seen).map((e) => e.id)
        for (const member of cycle) {
          memo.set(member, { ok: false, failure: { cause: 'cycle', culprit: member, cycle } })
        }
        path.length = seen
        tail = memo.get(next)
        break
      }
      const { date } = event
      const problem = eventDateProblem(date)
      if (problem) {
        tail = { ok: false, failure: { cause: 'invalid', culprit: next, problem, worked: false } }
      } else if (date.kind !== 'relative') {
        tail = { ok: true, date, via: [] }
      } else {
        onPath.set(next, path.length)
        path.push({ id: next, date })
        next = date.eventId
        continue
      }
      memo.set(next, tail)
      break
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const link = path[i] as Link
      tail = derive(link, next, tail)
      memo.set(link.id, tail)
      next = link.id
    }
    return tail ?? { ok: false, failure: { cause: 'unknown' } }
  }
}

function toResolution(
  events: ReadonlyMap<string, DatedEvent>,
  id: string,
  outcome: Outcome,
): Resolution {
  return outcome.ok
    ? { ok: true, date: outcome.date, via: outcome.via }
    : { ok: false, problem: describe(events, id, outcome.failure) }
}

/** The absolute date an event's date comes to, or why it cannot be worked out. */
export function resolveEventDate(id: string, events: ReadonlyMap<string, DatedEvent>): Resolution {
  return toResolution(events, id, createResolver(events)(id))
}

/** Every event's resolution, each worked out once. A repeated id: the later event counts. */
export function resolveAll(events: readonly DatedEvent[]): Map<string, Resolution> {
  const byId = new Map(events.map((event) => [event.id, event]))
  const resolve = createResolver(byId)
  const resolutions = new Map<string, Resolution>()
  for (const id of byId.keys()) resolutions.set(id, toResolution(byId, id, resolve(id)))
  return resolutions
}

/**
 * Why dating `eventId` relative to `dependsOn` would loop back to `eventId`, or null when it
 * would not. Only the new link is judged: a loop elsewhere in the chain is not this change's.
 */
export function wouldCreateCycle(
  eventId: string,
  dependsOn: string,
  events: ReadonlyMap<string, DatedEvent>,
): string | null {
  const self = quoted(events, eventId)
  if (dependsOn === eventId) return `${self} cannot be dated relative to itself.`
  const chain = [dependsOn]
  const seen = new Set(chain)
  let current = dependsOn
  for (;;) {
    const date = events.get(current)?.date
    if (date?.kind !== 'relative') return null
    if (date.eventId === eventId) {
      const through = chain.map((id) => quoted(events, id)).join(' → ')
      return `That would date ${self} relative to itself through ${through} → ${self}.`
    }
    if (seen.has(date.eventId)) return null
    seen.add(date.eventId)
    chain.push(date.eventId)
    current = date.eventId
  }
}
