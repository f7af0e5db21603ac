// @vitest-environment happy-dom
import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { TimelineChart } from './TimelineChart'
import type { ChartEvent, ChartLane, TimelineChartProps } from './types'
import { mountPerTest } from '../../../ui/testing/mount-per-test'

const DAY = 86_400_000
const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d)
const point = { approximate: false, isRange: false, precision: 'day' as const, conflict: false }

const LANES: ChartLane[] = [
  { id: 'iran', label: 'Iran' },
  { id: 'pakistan', label: 'Pakistan' },
]

const EVENTS: ChartEvent[] = [
  {
    ...point,
    id: 'fm',
    title: "Foreign ministers' meeting",
    start: at(2024, 1, 29),
    end: at(2024, 1, 30),
    lane: 'iran',
    dateLabel: '29 Jan 2024',
  },
  {
    ...point,
    id: 'strike',
    title: 'Iranian strikes in Panjgur',
    start: at(2024, 1, 16),
    end: at(2024, 1, 17),
    lane: 'iran',
    dateLabel: '16 Jan 2024',
  },
  {
    ...point,
    id: 'reply',
    title: "Pakistan's retaliation",
    start: at(2024, 1, 17),
    end: at(2024, 1, 20),
    approximate: true,
    lane: 'pakistan',
    dateLabel: 'c. 18 Jan 2024',
  },
  {
    ...point,
    id: 'recall',
    title: 'Ambassador recalled',
    start: at(2024, 1, 17),
    end: at(2024, 1, 18),
    conflict: true,
    lane: 'pakistan',
    dateLabel: '17 Jan 2024',
  },
  {
    ...point,
    id: 'visit',
    title: "Army chief's visit",
    start: at(2023, 7, 1),
    end: at(2023, 8, 1),
    precision: 'month',
    lane: 'pakistan',
    dateLabel: 'Jul 2023',
  },
  {
    ...point,
    id: 'pipeline',
    title: 'Peace Pipeline',
    start: at(2010, 1, 1),
    end: at(2015, 1, 1),
    isRange: true,
    precision: 'year',
    lane: 'iran',
    dateLabel: '2010 – 2014',
  },
]

/** Many events over thirty years, deterministic. */
function manyEvents(count: number): ChartEvent[] {
  let seed = 3
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  return Array.from({ length: count }, (_, i) => {
    const start = at(1995, 1, 1) + Math.floor(random() * 30 * 365) * DAY
    return {
      ...point,
      id: `e${i}`,
      title: `Event ${i}`,
      start,
      end: start + DAY,
      lane: LANES[i % 2]?.id ?? 'iran',
      dateLabel: `day ${i}`,
    }
  })
}

const mounted = mountPerTest()

function renderChart(props: Partial<TimelineChartProps> = {}) {
  const onOpen = props.onOpen ?? vi.fn()
  act(() =>
    mounted.root.render(
      <TimelineChart
        events={EVENTS}
        lanes={LANES}
        markers={[]}
        label="Timeline: January 2024 strikes"
        {...props}
        onOpen={onOpen}
      />,
    ),
  )
  return onOpen
}

const marks = () => [...mounted.container.querySelectorAll<SVGElement>('.tc-mark')]
const view = () => {
  const data = mounted.container.querySelector<HTMLElement>('.tc')?.dataset
  return { start: Number(data?.viewStart), end: Number(data?.viewEnd) }
}
const press = (target: Element, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
  })
const tabStop = () => mounted.container.querySelector<SVGElement>('.tc-mark[tabindex="0"]')

describe('TimelineChart', () => {
  it('fits all events at first: every one drawn, named title, date, lane', () => {
    renderChart()
    expect(marks()).toHaveLength(EVENTS.length)
    const { start, end } = view()
    expect(start).toBeLessThan(at(2010, 1, 1))
    expect(end).toBeGreaterThan(at(2024, 1, 30))
    const names = marks().map((mark) => mark.getAttribute('aria-label'))
    expect(names).toContain('Iranian strikes in Panjgur, 16 Jan 2024, Iran')
    expect(names).toContain('Ambassador recalled, 17 Jan 2024, Pakistan, sources disagree')
    const svg = mounted.container.querySelector('svg')
    expect(svg?.getAttribute('role')).toBe('group')
    expect(svg?.getAttribute('aria-label')).toBe('Timeline: January 2024 strikes')
    // One tab stop, and it is the earliest event in view.
    expect(mounted.container.querySelectorAll('.tc-mark[tabindex="0"]')).toHaveLength(1)
    expect(tabStop()?.getAttribute('aria-label')).toMatch(/^Peace Pipeline/)
  })

  it('zooms about the centre with + and −, pans with the arrows and fits again with 0', () => {
    renderChart()
    const fitted = view()
    const centre = (fitted.start + fitted.end) / 2
    const mark = tabStop() as SVGElement
    act(() => mark.focus())

    press(mark, '+')
    const zoomed = view()
    expect(zoomed.end - zoomed.start).toBeCloseTo((fitted.end - fitted.start) / 1.6, -3)
    expect((zoomed.start + zoomed.end) / 2).toBeCloseTo(centre, -3)

    press(document.activeElement ?? mark, 'ArrowRight')
    expect(view().start).toBeGreaterThan(zoomed.start)

    press(document.activeElement ?? mark, '-')
    expect(view().end - view().start).toBeCloseTo(fitted.end - fitted.start, -3)

    press(document.activeElement ?? mark, '0')
    expect(view()).toEqual(fitted)
  })

  it('moves event to event in date order with the arrows, and Enter opens one', () => {
    const onOpen = renderChart()
    act(() => tabStop()?.focus())
    const focusedName = () => document.activeElement?.getAttribute('aria-label') ?? ''
    expect(focusedName()).toMatch(/^Peace Pipeline/)

    press(document.activeElement as Element, 'ArrowDown')
    expect(focusedName()).toMatch(/^Army chief's visit/)
    press(document.activeElement as Element, 'ArrowDown')
    expect(focusedName()).toMatch(/^Iranian strikes/)
    press(document.activeElement as Element, 'ArrowUp')
    expect(focusedName()).toMatch(/^Army chief's visit/)
    expect(mounted.container.querySelectorAll('.tc-mark[tabindex="0"]')).toHaveLength(1)

    press(document.activeElement as Element, 'Enter')
    expect(onOpen).toHaveBeenCalledWith('visit')
  })

  it('opens an event on click and draws the selected one as selected', () => {
    const onOpen = renderChart({ selectedId: 'strike' })
    const selected = mounted.container.querySelector('.tc-mark.is-selected')
    expect(selected?.getAttribute('aria-label')).toMatch(/^Iranian strikes/)
    expect(selected?.getAttribute('aria-current')).toBe('true')
    const recall = marks().find((mark) => mark.getAttribute('aria-label')?.startsWith('Ambassador'))
    act(() => recall?.dispatchEvent(new MouseEvent('click', { bubbles: true })))
    expect(onOpen).toHaveBeenCalledWith('recall')
  })

  it('zooms with the buttons, which keep the focus', () => {
    renderChart()
    const fitted = view()
    const button = (name: string) =>
      [...mounted.container.querySelectorAll('button')].find(
        (b) => b.textContent === name,
      ) as HTMLElement
    act(() => tabStop()?.focus())
    act(() => button('Zoom in').focus())
    act(() => button('Zoom in').click())
    expect(view().end - view().start).toBeLessThan(fitted.end - fitted.start)
    expect(document.activeElement).toBe(button('Zoom in'))
    act(() => button('Zoom out').click())
    act(() => button('Zoom out').click())
    expect(view().end - view().start).toBeGreaterThan(fitted.end - fitted.start)
    act(() => button('Fit all').click())
    expect(view()).toEqual(fitted)
  })

  it('draws markers for today and publication dates, with their labels', () => {
    renderChart({
      markers: [
        { id: 'today', at: at(2024, 2, 2), label: 'Today', kind: 'today' },
        { id: 'dawn', at: at(2024, 1, 19), label: 'Published: Dawn', kind: 'published' },
      ],
    })
    const labels = [...mounted.container.querySelectorAll('.tc-marker-label')].map(
      (t) => t.textContent,
    )
    expect(labels).toEqual(expect.arrayContaining(['Today', 'Published: Dawn']))
    expect(mounted.container.querySelectorAll('.tc-marker-today .tc-marker-line')).toHaveLength(1)
  })

  it('culls 10,000 events to a small DOM, and zooming in draws far fewer marks', () => {
    const events = manyEvents(10_000)
    renderChart({ events })
    const nodes = () => mounted.container.querySelectorAll('svg *').length
    expect(marks().length).toBeLessThan(events.length / 4)
    expect(nodes()).toBeLessThan(3000)
    // Everything in view is either drawn or counted as too close together to draw.
    expect(mounted.container.querySelector('.tc-range')?.textContent).toMatch(
      /10,000 of 10,000 events/,
    )

    act(() => tabStop()?.focus())
    for (let i = 0; i < 10; i++) press(document.activeElement as Element, '+')
    const { start, end } = view()
    expect(end - start).toBeLessThan(200 * DAY)
    expect(marks().length).toBeLessThan(events.length / 10)
    expect(marks().length).toBeGreaterThan(0)
    expect(nodes()).toBeLessThan(2000)
    // Ten thousand events in jsdom: a second alone, several on a loaded runner.
  }, 30_000)
})
