import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AbsoluteDate, EventDate } from '../dates/event-date'
import { buildTimelineItems, type EventInput } from '../timelines/timeline-items'
import { parseCsv } from './parse-csv'
import {
  escapeHtml,
  TIMELINEJS_CSV_HEADER,
  toTimelineJs,
  toTimelineJsCsv,
  type TimelineJsInput,
} from './timelinejs'

/**
 * TimelineJS3's documented JSON shape (https://timeline.knightlab.com/docs/json-format.html):
 * `events` is required; an event slide needs `start_date` with a year; month 1-12 and day
 * 1-31 when present; text headline and text are strings; group and display_date strings;
 * the title is a slide without a date.
 */
const dateSchema = z.strictObject({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  hour: z.number().int().min(0).max(23).optional(),
  minute: z.number().int().min(0).max(59).optional(),
  second: z.number().int().min(0).max(59).optional(),
  millisecond: z.number().int().min(0).max(999).optional(),
  display_date: z.string().optional(),
})
const textSchema = z.strictObject({ headline: z.string(), text: z.string() })
const slideFields = {
  end_date: dateSchema.optional(),
  text: textSchema.optional(),
  group: z.string().optional(),
  display_date: z.string().optional(),
  unique_id: z.string().min(1).optional(),
  autolink: z.boolean().optional(),
}
const timelineJsSchema = z.strictObject({
  title: z.strictObject({ ...slideFields, start_date: dateSchema.optional() }).optional(),
  events: z.array(z.strictObject({ ...slideFields, start_date: dateSchema })),
  scale: z.enum(['human', 'cosmological']).optional(),
})

const point = (year: number, month?: number, day?: number, approximate = false): AbsoluteDate => ({
  kind: 'point',
  date: { year, month, day, approximate },
})

function event(id: string, title: string, date: EventDate, extra: Partial<EventInput> = {}) {
  return { id, timelineId: 'border', title, note: '', tags: [], date, sources: [], ...extra }
}

const HOSTILE = `<script>alert("x")</script> & 'quoted' <b>bold</b>`

const events: EventInput[] = [
  event('strikes', `Iranian strikes ${HOSTILE}`, point(2024, 1, 16), {
    note: `First paragraph with ${HOSTILE}\nsecond line\n\nSecond paragraph.`,
    tags: ['Strikes <&>', 'Iran'],
    sources: [
      { highlightId: 'h1', docId: 'd1', stated: point(2024, 1, 16) },
      { highlightId: 'h2', docId: 'd2', stated: point(2024, 1, 18) },
      { highlightId: 'h1', docId: 'd1', stated: null },
    ],
  }),
  event('visit', 'Foreign minister visits', point(2023, 7, undefined, true)),
  event('accord', 'Border accord', point(2015)),
  event('talks', 'Talks in Islamabad', {
    kind: 'range',
    start: { year: 2024, month: 1, approximate: false },
    end: { year: 2024, month: 2, approximate: false },
  }),
  event('retaliation', 'Pakistani retaliation', {
    kind: 'relative',
    eventId: 'strikes',
    offset: { amount: 2, unit: 'day' },
    approximate: false,
  }),
  event('lost', 'Meeting after a deleted event', {
    kind: 'relative',
    eventId: 'deleted',
    offset: { amount: 1, unit: 'week' },
    approximate: false,
  }),
  { ...event('other', 'On another timeline', point(2024, 3, 1)), timelineId: 'elsewhere' },
]

const items = buildTimelineItems(events).filter((item) => item.timelineId === 'border')

const input: TimelineJsInput = {
  timeline: { title: `Border ${HOSTILE}`, description: `Events on the border.\n\n${HOSTILE}` },
  items,
  quotes: new Map([
    [
      'h1',
      {
        quote: `Missiles struck </blockquote><script>steal()</script>`,
        citation: `Yousaf, S., 'Pakistan-Iran Relations', The Diplomatic Insight, c. Feb 2024, ¶3`,
      },
    ],
  ]),
}

const { document, skipped } = toTimelineJs(input)
const byId = new Map(document.events.map((e) => [e.unique_id, e]))

/** The tags in a piece of HTML; escaped text contributes none. */
const tagsIn = (html: string) => new Set([...html.matchAll(/<\/?([a-z]+)/gi)].map((m) => m[1]))

describe('toTimelineJs', () => {
  it('matches the documented TimelineJS3 JSON shape', () => {
    expect(timelineJsSchema.safeParse(document).error).toBeUndefined()
    expect(timelineJsSchema.parse(JSON.parse(JSON.stringify(document)))).toEqual(document)
  })

  it.each([
    ['a month of 13', { start_date: { year: 2024, month: 13 } }],
    ['a fractional year', { start_date: { year: 2024.5 } }],
    ['a year given as text', { start_date: { year: '2024' } }],
    ['no start date', { text: { headline: 'x', text: '' } }],
  ])('the shape check refuses an event with %s', (_what, broken) => {
    expect(timelineJsSchema.safeParse({ ...document, events: [broken] }).success).toBe(false)
  })

  it('places every datable event once, in order, and reports the undatable one', () => {
    expect(document.events.map((e) => e.unique_id)).toEqual([
      'accord',
      'visit',
      'talks',
      'strikes',
      'retaliation',
    ])
    expect(skipped).toEqual([
      {
        id: 'lost',
        title: 'Meeting after a deleted event',
        problem: expect.stringMatching(/no longer exists/),
      },
    ])
  })

  it('gives month and day only when known, and an end date to ranges', () => {
    expect(byId.get('strikes')?.start_date).toEqual({ year: 2024, month: 1, day: 16 })
    expect(byId.get('visit')?.start_date).toEqual({ year: 2023, month: 7 })
    expect(byId.get('accord')?.start_date).toEqual({ year: 2015 })
    expect(byId.get('talks')).toMatchObject({
      start_date: { year: 2024, month: 1 },
      end_date: { year: 2024, month: 2 },
    })
    expect(byId.get('strikes')).not.toHaveProperty('end_date')
  })

  it('carries the precision in display_date', () => {
    const labels = Object.fromEntries(document.events.map((e) => [e.unique_id, e.display_date]))
    expect(labels).toEqual({
      accord: '2015',
      visit: 'c. Jul 2023',
      talks: 'Jan–Feb 2024',
      strikes: '16 Jan 2024',
      retaliation: '18 Jan 2024',
    })
  })

  it('places a relative event at the date it resolves to and says what it follows', () => {
    const retaliation = byId.get('retaliation')
    expect(retaliation?.start_date).toEqual({ year: 2024, month: 1, day: 18 })
    expect(retaliation?.text.text).toContain('2 days after: Iranian strikes &lt;script&gt;')
  })

  it('escapes every analyst and source string, leaving only its own markup', () => {
    const json = JSON.stringify(document)
    expect(json).not.toMatch(/<script|<\/script|<b>/i)
    const strikes = byId.get('strikes')!
    expect(strikes.text.headline).toBe(`Iranian strikes ${escapeHtml(HOSTILE)}`)
    expect(strikes.group).toBe('Strikes &lt;&amp;&gt;')
    for (const e of [...document.events, document.title]) {
      for (const tag of tagsIn(e.text.text)) {
        expect(['p', 'br', 'blockquote', 'cite', 'strong']).toContain(tag)
      }
      expect(tagsIn(e.text.headline).size).toBe(0)
    }
  })

  it('writes the note as paragraphs, then the quotes with their citations, each once', () => {
    const text = byId.get('strikes')!.text.text
    expect(text.startsWith('<p>First paragraph with &lt;script&gt;')).toBe(true)
    expect(text).toContain('second line</p><p>Second paragraph.</p>')
    expect(text.match(/<blockquote>/g)).toHaveLength(1)
    expect(text).toContain(
      '<blockquote>“Missiles struck &lt;/blockquote&gt;&lt;script&gt;steal()&lt;/script&gt;” — ' +
        '<cite>Yousaf, S., &#39;Pakistan-Iran Relations&#39;, The Diplomatic Insight, c. Feb 2024, ¶3</cite>' +
        '</blockquote>',
    )
  })

  it('marks a date conflict between sources', () => {
    expect(byId.get('strikes')!.text.text).toContain('<strong>Date conflict:</strong>')
    expect(byId.get('visit')!.text.text).not.toContain('conflict')
  })

  it('groups by first tag unless told not to', () => {
    expect(byId.get('visit')).not.toHaveProperty('group')
    const ungrouped = toTimelineJs({ ...input, groupBy: 'none' }).document.events
    expect(ungrouped.some((e) => 'group' in e)).toBe(false)
  })

  it('uses the timeline as the title slide', () => {
    expect(document.title.text).toEqual({
      headline: `Border ${escapeHtml(HOSTILE)}`,
      text: `<p>Events on the border.</p><p>${escapeHtml(HOSTILE)}</p>`,
    })
  })
})

describe('toTimelineJsCsv', () => {
  const { csv, skipped: csvSkipped } = toTimelineJsCsv(input)
  const [header, ...rows] = parseCsv(csv)
  const column = (row: string[] | undefined, name: (typeof TIMELINEJS_CSV_HEADER)[number]) =>
    row?.[TIMELINEJS_CSV_HEADER.indexOf(name)]

  it("has exactly TimelineJS's spreadsheet header", () => {
    expect(header).toEqual([
      'Year',
      'Month',
      'Day',
      'Time',
      'End Year',
      'End Month',
      'End Day',
      'End Time',
      'Display Date',
      'Headline',
      'Text',
      'Media',
      'Media Credit',
      'Media Caption',
      'Media Thumbnail',
      'Type',
      'Group',
      'Background',
    ])
    expect(rows.every((row) => row.length === header!.length)).toBe(true)
  })

  it('starts with the title row', () => {
    expect(column(rows[0], 'Type')).toBe('title')
    expect(column(rows[0], 'Headline')).toBe(document.title.text.headline)
    expect(column(rows[0], 'Year')).toBe('')
  })

  it('reads back to the same years, months and days as the JSON', () => {
    const dates = rows.slice(1).map((row) => ({
      year: column(row, 'Year'),
      month: column(row, 'Month'),
      day: column(row, 'Day'),
      end: [column(row, 'End Year'), column(row, 'End Month'), column(row, 'End Day')].join('/'),
      display: column(row, 'Display Date'),
    }))
    expect(dates).toEqual(
      document.events.map((e) => ({
        year: String(e.start_date.year),
        month: e.start_date.month === undefined ? '' : String(e.start_date.month),
        day: e.start_date.day === undefined ? '' : String(e.start_date.day),
        end: e.end_date
          ? [e.end_date.year, e.end_date.month ?? '', e.end_date.day ?? ''].join('/')
          : '//',
        display: e.display_date,
      })),
    )
    expect(dates.map((d) => [d.year, d.month, d.day])).toEqual([
      ['2015', '', ''],
      ['2023', '7', ''],
      ['2024', '1', ''],
      ['2024', '1', '16'],
      ['2024', '1', '18'],
    ])
  })

  it('carries the same escaped text and groups, and reports the same skipped events', () => {
    expect(rows.slice(1).map((row) => column(row, 'Text'))).toEqual(
      document.events.map((e) => e.text.text),
    )
    expect(column(rows[4], 'Group')).toBe('Strikes &lt;&amp;&gt;')
    expect(csvSkipped).toEqual(skipped)
    expect(csv).not.toMatch(/<script/i)
  })
})
