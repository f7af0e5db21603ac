/**
 * Axis ticks from d3-scale's UTC scale, labelled the way the rest of Casefile writes
 * dates ("16 Jan", "Feb 2024", "2024"), with the ticks that start a larger unit marked
 * major so the grid reads at a glance.
 */
import { scaleUtc } from 'd3-scale'
import { DAY_MS, type TimeView } from './view-math'

export interface AxisTick {
  /** The tick's instant, epoch ms. */
  at: number
  label: string
  /** Starts a larger unit (a year among months, a month among days, a day among hours). */
  major: boolean
}

/** Room per tick label, in pixels. */
const TICK_SPACING = 96

const utc = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options })
const YEAR = utc({ year: 'numeric' })
const MONTH = utc({ month: 'short' })
const MONTH_YEAR = utc({ month: 'short', year: 'numeric' })
const DAY_MONTH = utc({ day: 'numeric', month: 'short' })
const DAY_MONTH_YEAR = utc({ day: 'numeric', month: 'short', year: 'numeric' })
const HOUR = utc({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

function label(date: Date, step: number): { label: string; major: boolean } {
  const startsYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1
  if (step >= 360 * DAY_MS) return { label: YEAR.format(date), major: false }
  if (step >= 28 * DAY_MS) {
    return startsYear
      ? { label: YEAR.format(date), major: true }
      : { label: MONTH.format(date), major: false }
  }
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0
  if (step >= DAY_MS) {
    if (startsYear) return { label: DAY_MONTH_YEAR.format(date), major: true }
    return { label: DAY_MONTH.format(date), major: date.getUTCDate() === 1 }
  }
  if (midnight) return { label: DAY_MONTH.format(date), major: true }
  return { label: HOUR.format(date), major: false }
}

/** Ticks across `view` drawn `width` pixels wide: as many as fit, in round units. */
export function axisTicks(view: TimeView, width: number): AxisTick[] {
  const scale = scaleUtc()
    .domain([new Date(view.start), new Date(view.end)])
    .range([0, width])
  const dates = scale.ticks(Math.max(2, Math.round(width / TICK_SPACING)))
  const first = dates[0]
  const second = dates[1]
  const step = first && second ? second.getTime() - first.getTime() : view.end - view.start
  return dates.map((date) => ({ at: date.getTime(), ...label(date, step) }))
}

/** The visible window in words, as precise as its width calls for: "Jan 2010 – Mar 2024". */
export function describeView(view: TimeView): string {
  const width = view.end - view.start
  const format = width > 3 * 365 * DAY_MS ? YEAR : width > 90 * DAY_MS ? MONTH_YEAR : DAY_MONTH_YEAR
  const from = format.format(new Date(view.start))
  const to = format.format(new Date(view.end - 1))
  return from === to ? from : `${from} – ${to}`
}
