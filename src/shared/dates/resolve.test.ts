import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { absoluteDateArb, partialDateArb } from './date-arbitraries'
import type { AbsoluteDate, EventDate } from './event-date'
import { applyOffset } from './offset'
import type { PartialDate } from './partial-date'
import { resolveAll, resolveEventDate, wouldCreateCycle, type DatedEvent } from './resolve'

const day = (year: number, month: number, d: number): AbsoluteDate => ({
  kind: 'point',
  date: { year, month, day: d, approximate: false },
})
const after = (eventId: string, amount: number, unit: 'day' | 'week' = 'day'): EventDate => ({
  kind: 'relative',
  eventId,
  offset: { amount, unit },
  approximate: false,
})
const byId = (events: DatedEvent[]) => new Map(events.map((e) => [e.id, e]))
const ev = (id: string, date: EventDate): DatedEvent => ({ id, title: id, date })

describe('resolveEventDate', () => {
  it('gives an absolute date as it is', () => {
    const events = byId([ev('A', day(2024, 1, 16))])
    expect(resolveEventDate('A', events)).toEqual({ ok: true, date: day(2024, 1, 16), via: [] })
  })

  it('follows a chain, nearest event first', () => {
    const events = byId([
      { id: 'a', title: 'Iranian strikes in Balochistan', date: day(2024, 1, 16) },
      { id: 'b', title: 'Pakistan retaliates', date: after('a', 2) },
      { id: 'c', title: 'Talks', date: after('b', 1, 'week') },
    ])
    expect(resolveEventDate('b', events)).toEqual({ ok: true, date: day(2024, 1, 18), via: ['a'] })
    expect(resolveEventDate('c', events)).toEqual({
      ok: true,
      date: day(2024, 1, 25),
      via: ['b', 'a'],
    })
  })

  it('says when the event a date depends on is gone', () => {
    const events = byId([ev('B', after('gone', 1)), ev('C', after('B', 1))])
    expect(resolveEventDate('B', events)).toEqual({
      ok: false,
      problem: 'The event this date is relative to no longer exists.',
    })
    expect(resolveEventDate('C', events)).toEqual({
      ok: false,
      problem:
        '“B”, which this date depends on, is dated relative to an event that no longer exists.',
    })
    expect(resolveEventDate('nope', events)).toEqual({
      ok: false,
      problem: 'This event no longer exists.',
    })
  })

  it('names the cycle from where each event stands', () => {
    const events = byId([
      ev('A', after('B', 1)),
      ev('B', after('A', 1)),
      ev('C', after('B', 1)),
      ev('S', after('S', 1)),
    ])
    expect(resolveEventDate('A', events)).toEqual({
      ok: false,
      problem: '“A” is dated relative to itself through “B” → “A”.',
    })
    expect(resolveEventDate('B', events)).toEqual({
      ok: false,
      problem: '“B” is dated relative to itself through “A” → “B”.',
    })
    expect(resolveEventDate('C', events)).toEqual({
      ok: false,
      problem: '“B”, which this date depends on, is dated relative to itself through “A” → “B”.',
    })
    expect(resolveEventDate('S', events)).toEqual({
      ok: false,
      problem: '“S” is dated relative to itself.',
    })
  })

  it('reports a date that cannot be used, its own or one it depends on', () => {
    const bad: AbsoluteDate = {
      kind: 'point',
      date: { year: 2023, month: 2, day: 30, approximate: false },
    }
    const late: AbsoluteDate = {
      kind: 'point',
      date: { year: 9999, month: 12, approximate: false },
    }
    const events = byId([
      ev('A', bad),
      ev('B', after('A', 1)),
      ev('L', late),
      ev('M', {
        kind: 'relative',
        eventId: 'L',
        offset: { amount: 2, unit: 'month' },
        approximate: false,
      }),
    ])
    expect(resolveEventDate('A', events)).toEqual({
      ok: false,
      problem: 'This date cannot be used: the day must be between 1 and 28.',
    })
    expect(resolveEventDate('B', events)).toEqual({
      ok: false,
      problem:
        '“A”, which this date depends on, has a date that cannot be used: the day must be between 1 and 28.',
    })
    expect(resolveEventDate('M', events)).toEqual({
      ok: false,
      problem:
        'This date works out to one that cannot be used: the year must be between 1000 and 9999.',
    })
  })

  it('marks the result approximate when the relation is', () => {
    const events = byId([
      ev('A', { kind: 'point', date: { year: 2024, month: 1, approximate: false } }),
      ev('B', {
        kind: 'relative',
        eventId: 'A',
        offset: { amount: 3, unit: 'week' },
        approximate: true,
      }),
    ])
    expect(resolveEventDate('B', events)).toEqual({
      ok: true,
      date: { kind: 'point', date: { year: 2024, month: 2, approximate: true } },
      via: ['A'],
    })
  })
})

describe('resolveAll', () => {
  it('resolves a chain of 3,000 events, each dated from the one before', () => {
    const n = 3000
    const events: DatedEvent[] = [ev('e0', day(2000, 1, 1))]
    for (let i = 1; i < n; i++) events.push(ev(`e${i}`, after(`e${i - 1}`, 1)))
    const all = resolveAll(events.reverse())
    const last = all.get(`e${n - 1}`)
    expect(last?.ok && last.date).toEqual(day(2008, 3, 18))
    expect(last?.ok && last.via.length).toBe(n - 1)
  })

  it('lets a later event with the same id replace an earlier one', () => {
    const all = resolveAll([ev('A', day(2024, 1, 1)), ev('A', day(2024, 1, 2))])
    expect(all.get('A')).toEqual({ ok: true, date: day(2024, 1, 2), via: [] })
  })
})

/** Random events, each absolute or relative to any event (itself and absent ones included). */
const graphArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.array(
      fc.oneof(
        absoluteDateArb({ min: 2000, max: 2030 }),
        fc.record({
          kind: fc.constant('relative' as const),
          eventId: fc.integer({ min: 0, max: n }).map((i) => `e${i}`),
          offset: fc.record({
            amount: fc.integer({ min: -30, max: 30 }),
            unit: fc.constantFrom(
              'day' as const,
              'week' as const,
              'month' as const,
              'year' as const,
            ),
          }),
          approximate: fc.boolean(),
        }),
      ),
      { minLength: n, maxLength: n },
    ),
  )
  .map((dates) => dates.map((date, i) => ev(`e${i}`, date)))

describe('resolution properties', () => {
  it('is the same whatever order the events come in, and agrees with resolveEventDate', () => {
    fc.assert(
      fc.property(
        graphArb.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
        ),
        ([events, shuffled]) => {
          const all = resolveAll(events)
          expect(resolveAll(shuffled)).toEqual(all)
          const map = byId(events)
          for (const event of events)
            expect(resolveEventDate(event.id, map)).toEqual(all.get(event.id))
        },
      ),
    )
  })

  it('resolves a chain of day offsets to the base plus their sum', () => {
    fc.assert(
      fc.property(
        partialDateArb({ min: 2000, max: 2030 }, ['day']),
        fc.array(fc.integer({ min: -400, max: 400 }), { maxLength: 30 }),
        (base: PartialDate, offsets) => {
          const events = [ev('e0', { kind: 'point', date: base })]
          offsets.forEach((amount, i) => events.push(ev(`e${i + 1}`, after(`e${i}`, amount))))
          const last = resolveAll(events).get(`e${offsets.length}`)
          const total = offsets.reduce((sum, n) => sum + n, 0)
          expect(last).toEqual({
            ok: true,
            date: applyOffset({ kind: 'point', date: base }, { amount: total, unit: 'day' }, false),
            via: offsets.map((_, i) => `e${offsets.length - 1 - i}`),
          })
        },
      ),
    )
  })

  it('always finds a cycle, and every event on or behind it fails', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 100 }),
        (size, tail, entry) => {
          const events: DatedEvent[] = []
          for (let i = 0; i < size; i++) events.push(ev(`c${i}`, after(`c${(i + 1) % size}`, i)))
          for (let i = 0; i < tail; i++) {
            events.push(ev(`t${i}`, after(i === 0 ? `c${entry % size}` : `t${i - 1}`, 1)))
          }
          const all = resolveAll(events)
          for (let i = 0; i < size; i++) {
            const resolution = all.get(`c${i}`)
            expect(resolution?.ok).toBe(false)
            if (resolution && !resolution.ok) {
              expect(resolution.problem).toMatch(new RegExp(`^“c${i}” is dated relative to itself`))
            }
          }
          for (let i = 0; i < tail; i++) {
            const resolution = all.get(`t${i}`)
            expect(resolution?.ok).toBe(false)
            if (resolution && !resolution.ok)
              expect(resolution.problem).toMatch(/which this date depends on/)
          }
        },
      ),
    )
  })

  it('wouldCreateCycle is right exactly when the change would date the event from itself', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(), fc.nat(), (events, i, j) => {
        const from = events[i % events.length] as DatedEvent
        const to = events[j % events.length] as DatedEvent
        const message = wouldCreateCycle(from.id, to.id, byId(events))
        const changed = events.map((e) => (e.id === from.id ? ev(e.id, after(to.id, 1)) : e))
        const resolution = resolveAll(changed).get(from.id)
        const selfLoop =
          resolution?.ok === false &&
          resolution.problem.startsWith(`“${from.id}” is dated relative to itself`)
        expect(message !== null).toBe(selfLoop)
      }),
    )
  })
})

describe('wouldCreateCycle', () => {
  const events = byId([
    ev('A', day(2024, 1, 1)),
    ev('B', after('A', 1, 'week')),
    ev('C', after('B', 1)),
    ev('X', after('Y', 1)),
    ev('Y', after('X', 1)),
  ])

  it('names the loop the new link would close', () => {
    expect(wouldCreateCycle('A', 'A', events)).toBe('“A” cannot be dated relative to itself.')
    expect(wouldCreateCycle('A', 'B', events)).toBe(
      'That would date “A” relative to itself through “B” → “A”.',
    )
    expect(wouldCreateCycle('A', 'C', events)).toBe(
      'That would date “A” relative to itself through “C” → “B” → “A”.',
    )
  })

  it('is null for links that close no loop through the event', () => {
    expect(wouldCreateCycle('C', 'A', events)).toBeNull()
    expect(wouldCreateCycle('A', 'X', events)).toBeNull()
    expect(wouldCreateCycle('A', 'gone', events)).toBeNull()
    expect(wouldCreateCycle('new', 'C', events)).toBeNull()
  })
})
