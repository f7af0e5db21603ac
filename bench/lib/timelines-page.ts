/**
 * Driving the web host's timeline view in a benchmark page: timing a change (opening the
 * timeline, switching between List and Visual) until the view shows it and the frame after
 * it has been produced, and panning the visual chart by dragging, one step per frame.
 */
import type { Page } from '@playwright/test'

/** What changes the view: a route, or a click on "List" or "Visual" (Show as). */
export type TimelineAction =
  { kind: 'navigate'; hash: string } | { kind: 'display'; label: 'List' | 'Visual' }

/** What the timeline view shows once the change is done. */
export type TimelineExpectation =
  /**
   * The list, showing this many events in its header (`.tl-head .cl-count`) and its first
   * rows (it is virtualised: only the rows in view are in the DOM).
   */
  | { display: 'list'; events: number }
  /**
   * The chart named `label` (its `svg[role="group"]`) with at least one mark
   * (`[role="button"]`) and a summary line (`.tc-range`) containing `countText`.
   */
  | { display: 'visual'; label: string; countText: string }

/** What {@link timedTimelineChange} measured and saw. */
export interface TimelineChange {
  ms: number
  /** Marks in the chart (visual), or event items in the list. */
  items: number
  /** The chart's summary line (visual), else null. */
  range: string | null
}

/**
 * In the page: finds what `action` acts on, starts a clock, acts, and resolves with the
 * milliseconds until the view shows `expect` and the frame after that has been produced
 * (a requestAnimationFrame, then a task posted from it, which runs once that frame's
 * style, layout and paint are done). Rejects with what was shown after `timeoutMs`.
 */
export function timedTimelineChange(
  page: Page,
  action: TimelineAction,
  expect: TimelineExpectation,
  timeoutMs = 30_000,
): Promise<TimelineChange> {
  return page.evaluate(
    ({ action, expect, timeoutMs }) =>
      new Promise<TimelineChange>((resolve, reject) => {
        const chart = () =>
          expect.display === 'visual'
            ? [...document.querySelectorAll('svg[role="group"]')].find(
                (svg) => svg.getAttribute('aria-label') === expect.label,
              )
            : undefined
        const range = () => document.querySelector('.tc-range')?.textContent ?? null
        const items = () =>
          expect.display === 'list'
            ? document.querySelectorAll('.timeline-list .tl-event').length
            : (chart()?.querySelectorAll('[role="button"]').length ?? 0)
        const listed = () =>
          Number((document.querySelector('.tl-head .cl-count')?.textContent ?? '').split(' ')[0])
        const done = () =>
          expect.display === 'list'
            ? items() > 0 && listed() === expect.events
            : // The marks first: querying them is cheaper than the text while nothing is drawn.
              !!chart()?.querySelector('[role="button"]') &&
              (range() ?? '').includes(expect.countText)

        let act: () => void
        if (action.kind === 'navigate') {
          act = () => {
            location.hash = action.hash
          }
        } else {
          const button = [
            ...document.querySelectorAll<HTMLButtonElement>(
              '[role="group"][aria-label="Show as"] button',
            ),
          ].find((b) => b.textContent === action.label)
          if (!button) throw new Error(`No “${action.label}” button in the timeline view.`)
          act = () => button.click()
        }

        const timer = setTimeout(() => {
          observer.disconnect()
          reject(
            new Error(
              `After ${timeoutMs} ms the timeline shows ${items()} ` +
                `${expect.display === 'list' ? 'list items' : 'marks'}, range “${range() ?? 'none'}”; ` +
                `expected ${expect.display === 'list' ? `${expect.events} items` : `marks and “${expect.countText}”`}`,
            ),
          )
        }, timeoutMs)
        let finished = false
        const finish = () => {
          if (finished) return
          finished = true
          observer.disconnect()
          clearTimeout(timer)
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () =>
              resolve({ ms: performance.now() - t0, items: items(), range: range() })
            channel.port2.postMessage(null)
          })
        }
        const observer = new MutationObserver(() => {
          if (done()) finish()
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        const t0 = performance.now()
        act()
        if (done()) finish()
      }),
    { action, expect, timeoutMs },
  )
}

/** What {@link panFrames} measured and saw. */
export interface PanRun {
  /** Intervals between consecutive requestAnimationFrame timestamps, ms. */
  intervals: number[]
  /** The plot's width, px. */
  plotWidth: number
  /** Pixels the pointer moved during the measured frames (and in all, warm-up included). */
  measuredPx: number
  totalPx: number
}

/**
 * In the page: presses the primary pointer in the middle of the chart's plot (`.tc-plot`,
 * where usePanZoom listens), then in every requestAnimationFrame callback dispatches a
 * `pointermove` `step` pixels further left (the view moves later in time), and records
 * the interval between consecutive frames' timestamps for `frames` frames after `warmup`
 * untimed ones; then releases the pointer (`pointerup`). The events are dispatched on the
 * plot itself (no hit testing), with the same pointer id throughout.
 */
export function panFrames(
  page: Page,
  options: { frames: number; warmup: number; step: number },
): Promise<PanRun> {
  return page.evaluate(
    ({ frames, warmup, step }) =>
      new Promise<PanRun>((resolve, reject) => {
        const plot = document.querySelector<HTMLElement>('.tc-plot')
        if (!plot) throw new Error('No chart plot (.tc-plot).')
        const rect = plot.getBoundingClientRect()
        const y = rect.top + rect.height / 2
        const startX = rect.left + rect.width / 2
        const pointer = (type: string, x: number) =>
          plot.dispatchEvent(
            new PointerEvent(type, {
              bubbles: true,
              cancelable: true,
              composed: true,
              pointerId: 7,
              pointerType: 'mouse',
              isPrimary: true,
              button: type === 'pointermove' ? -1 : 0,
              buttons: type === 'pointerup' ? 0 : 1,
              clientX: x,
              clientY: y,
            }),
          )
        let x = startX
        let measuredFrom = startX
        const intervals: number[] = []
        let last: number | null = null
        let frame = 0
        const timer = setTimeout(() => reject(new Error('Panning did not finish in 60 s.')), 60_000)
        const tick = (time: number) => {
          if (last !== null && frame > warmup) intervals.push(time - last)
          if (frame === warmup) measuredFrom = x
          last = time
          frame++
          if (intervals.length >= frames) {
            clearTimeout(timer)
            pointer('pointerup', x)
            resolve({
              intervals,
              plotWidth: rect.width,
              measuredPx: measuredFrom - x,
              totalPx: startX - x,
            })
            return
          }
          x -= step
          pointer('pointermove', x)
          requestAnimationFrame(tick)
        }
        pointer('pointerdown', x)
        requestAnimationFrame(tick)
      }),
    options,
  )
}
