/**
 * Driving the web host's claims table in a benchmark page: seeding the `claims` and
 * `evidence` tables, and timing a change (a navigation, a click on a sort header, a query
 * typed into the search box) in the page until the table shows the expected result and
 * the frame after it has been produced.
 */
import type { Page } from '@playwright/test'
import { putRows } from './idb-rows'

/** Records per seeding transaction. */
const BATCH = 20_000

/**
 * Puts `records` into the app's `casefile` database, table `table`, through a second
 * IndexedDB connection opened at the current version, one transaction per 20,000 records.
 * Call after the app's readiness signal (so that the app has created the database); the
 * app's live queries do not see these writes, so reload or open the view afterwards.
 */
export async function seedTable(page: Page, table: string, records: readonly unknown[]) {
  for (let from = 0; from < records.length; from += BATCH) {
    await putRows(page, 'casefile', { [table]: records.slice(from, from + BATCH) })
  }
}

/**
 * Serves the app's page with the headers that make it cross-origin isolated
 * (`Cross-Origin-Opener-Policy: same-origin`, `Cross-Origin-Embedder-Policy:
 * require-corp`; everything the app loads is same-origin), so that `performance.now()` and
 * requestAnimationFrame timestamps have 5 µs resolution instead of 100 µs with jitter. At
 * 100 µs one 60 Hz frame interval reads 16.6, 16.7 or 16.8 ms (about 5% read 16.8 on an
 * idle page), too coarse to judge a 16.7 ms target. Call before the first navigation;
 * check `crossOriginIsolated` in the page afterwards.
 */
export async function isolateForPreciseClock(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch()
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        },
      })
    },
  )
}

/** What changes the table: a route, a click on a sort header, or a query in the search box. */
export type ClaimsAction =
  | { kind: 'navigate'; hash: string }
  | { kind: 'sort'; label: string }
  | { kind: 'search'; text: string }

/** What the claims view shows once the change is done. */
export interface ClaimsExpectation {
  /** The exact text of `[data-testid="claims-count"]`, e.g. "12 of 50000 claims". */
  count: string
  /** The claim in the table's first row (`tr[data-index="0"]`); null for no row at all. */
  firstId: string | null
  /** The column header (by its label) that must carry `aria-sort` with this direction. */
  sorted?: { label: string; direction: 'ascending' | 'descending' }
}

/**
 * In the page: finds what `action` acts on, starts a clock, acts, and resolves with the
 * milliseconds until the claims view shows `expect` and the frame after that has been
 * produced (a requestAnimationFrame, then a task posted from it, which runs once that
 * frame's style, layout and paint are done). Rejects with what was shown after
 * `timeoutMs`.
 */
export function timedClaimsChange(
  page: Page,
  action: ClaimsAction,
  expect: ClaimsExpectation,
  timeoutMs = 30_000,
): Promise<number> {
  return page.evaluate(
    ({ action, expect, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const TABLE = 'table[aria-label="Claims"]'
        const count = () => document.querySelector('[data-testid="claims-count"]')?.textContent
        const first = () => {
          const row = document.querySelector(`${TABLE} tbody tr[data-index="0"]`)
          return row?.querySelector('a.cl-statement')?.getAttribute('href') ?? null
        }
        const sortedBy = (label: string) =>
          [...document.querySelectorAll(`${TABLE} th`)]
            .find((th) => th.querySelector('button')?.firstChild?.textContent === label)
            ?.getAttribute('aria-sort')
        const hasRows = () => document.querySelector(`${TABLE} tbody tr[data-index]`) !== null
        const wanted =
          expect.firstId === null ? null : `#/claims/${encodeURIComponent(expect.firstId)}`
        const done = () =>
          count() === expect.count &&
          (wanted === null ? !hasRows() : first() === wanted) &&
          (!expect.sorted || sortedBy(expect.sorted.label) === expect.sorted.direction)

        let act: () => void
        if (action.kind === 'navigate') {
          act = () => {
            location.hash = action.hash
          }
        } else if (action.kind === 'sort') {
          const button = [
            ...document.querySelectorAll<HTMLButtonElement>(`${TABLE} th button`),
          ].find((b) => b.firstChild?.textContent === action.label)
          if (!button) throw new Error(`No sort button “${action.label}” in the claims table.`)
          act = () => button.click()
        } else {
          const input = document.querySelector<HTMLInputElement>(
            'main#claims .cl-filters input[type="search"]',
          )
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
          if (!input || !setter) throw new Error('No search box in the claims view.')
          act = () => {
            setter.call(input, action.text)
            input.dispatchEvent(new Event('input', { bubbles: true }))
          }
        }

        const timer = setTimeout(() => {
          observer.disconnect()
          reject(
            new Error(
              `After ${timeoutMs} ms the claims view shows “${count() ?? 'no count'}”, first ` +
                `row ${first() ?? 'none'}` +
                (expect.sorted ? `, ${expect.sorted.label} ${sortedBy(expect.sorted.label)}` : '') +
                `; expected “${expect.count}”, ${wanted ?? 'no rows'}` +
                (expect.sorted ? `, ${expect.sorted.direction}` : ''),
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
            channel.port1.onmessage = () => resolve(performance.now() - t0)
            channel.port2.postMessage(null)
          })
        }
        const observer = new MutationObserver(() => {
          if (done()) finish()
        })
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        })
        const t0 = performance.now()
        act()
        if (done()) finish()
      }),
    { action, expect, timeoutMs },
  )
}

/** What {@link scrollFrames} measured and saw. */
export interface ScrollRun {
  /** Intervals between consecutive requestAnimationFrame timestamps, ms. */
  intervals: number[]
  /** scrollTop when the measured frames start and after them (`frames` × `step` apart). */
  fromTop: number
  toTop: number
  /** data-index of the first and last row in the DOM before and after. */
  fromRows: [number, number]
  toRows: [number, number]
  /** Mean height of the rows in the DOM at the end, px. */
  rowHeight: number
  /** The rows in the DOM at the end cover the visible part of the scroll box. */
  covered: boolean
}

/**
 * In the page: scrolls the claims table's scroll box by `step` pixels in every
 * requestAnimationFrame callback, and records the interval between consecutive frames'
 * timestamps for `frames` frames after `warmup` untimed ones.
 */
export function scrollFrames(
  page: Page,
  options: { frames: number; warmup: number; step: number },
): Promise<ScrollRun> {
  return page.evaluate(
    ({ frames, warmup, step }) =>
      new Promise<ScrollRun>((resolve, reject) => {
        const table = document.querySelector('table[aria-label="Claims"]')
        const box = table?.closest<HTMLElement>('.data-table-scroll')
        if (!table || !box) throw new Error('No claims table scroll box.')
        const range = (): [number, number] => {
          const rows = table.querySelectorAll<HTMLElement>('tbody tr[data-index]')
          const index = (row: HTMLElement | undefined) => Number(row?.dataset.index ?? NaN)
          return [index(rows[0]), index(rows[rows.length - 1])]
        }
        let top = box.scrollTop
        let fromTop = top
        let fromRows: [number, number] = [NaN, NaN]
        const intervals: number[] = []
        let last: number | null = null
        let frame = 0
        const timer = setTimeout(
          () => reject(new Error('Scrolling did not finish in 60 s.')),
          60_000,
        )
        const tick = (time: number) => {
          if (last !== null && frame > warmup) intervals.push(time - last)
          if (frame === warmup) {
            fromRows = range()
            fromTop = top
          }
          last = time
          frame++
          if (intervals.length >= frames) {
            clearTimeout(timer)
            const rows = [...table.querySelectorAll<HTMLElement>('tbody tr[data-index]')]
            const view = box.getBoundingClientRect()
            const head = table.querySelector('thead')?.getBoundingClientRect().height ?? 0
            const firstRow = rows[0]?.getBoundingClientRect()
            const lastRow = rows.at(-1)?.getBoundingClientRect()
            const height = rows.reduce((sum, row) => sum + row.getBoundingClientRect().height, 0)
            resolve({
              intervals,
              fromTop,
              toTop: box.scrollTop,
              fromRows,
              toRows: range(),
              rowHeight: rows.length ? height / rows.length : 0,
              covered:
                !!firstRow &&
                !!lastRow &&
                firstRow.top <= view.top + head &&
                lastRow.bottom >= view.bottom,
            })
            return
          }
          top += step
          box.scrollTop = top
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    options,
  )
}
