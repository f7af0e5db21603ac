/**
 * Importing a file in a benchmark page: the file's bytes are served by a `page.route` of
 * the bench (so megabytes never pass through `page.evaluate`), fetched into a `File` in
 * the page, and dropped on the library pane as the analyst would; the clock runs in the
 * page until the import dialog shows the file's metadata sheet, with the main thread's
 * long tasks observed meanwhile.
 */
import type { Page } from '@playwright/test'

/** Where the bench serves files to import, under the web host's origin. */
const FILE_PATH = '__bench/import/'

/** A main-thread task of 50 ms or more (a PerformanceObserver `longtask` entry). */
export interface LongTask {
  /** Start, in ms after the drop. */
  start: number
  duration: number
}

/** One script of a long animation frame, as Chromium attributes it. */
export interface FrameScript {
  /** Start, in ms after the drop. */
  start: number
  invoker: string
  invokerType: string
  sourceURL: string
  sourceFunctionName: string
  sourceCharPosition: number
  duration: number
}

/** A `long-animation-frame` entry: a frame held up 50 ms or more, with its scripts. */
export interface LongFrame {
  /** Start, in ms after the drop. */
  start: number
  duration: number
  /** Time in the frame's style and layout, not in script. */
  renderDuration: number
  scripts: FrameScript[]
}

/** What one timed import saw. */
export interface ImportTiming {
  /** From just before the drop to the frame after the sheet appeared. */
  ms: number
  /** From the drop to the moment the sheet was in the DOM (before that frame). */
  sheetMs: number
  /** Every long task overlapping the measured time, in order. */
  longTasks: LongTask[]
  /** Long animation frames overlapping the measured time (for telling what was long). */
  longFrames: LongFrame[]
}

/** Answers `<baseUrl>__bench/import/<name>` in `page` with `bytes`. */
export async function serveImportFile(
  page: Page,
  name: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<void> {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  await page.route(`**/${FILE_PATH}${encodeURIComponent(name)}`, (route) =>
    route.fulfill({ status: 200, body, contentType }),
  )
}

type ImportWindow = Window & { __benchImportFile?: File }

/**
 * Fetches the served file into a `File` named `name` of type `type`, kept in the page for
 * {@link timedDrop}; resolves to its size in bytes. Untimed.
 */
export async function loadImportFile(page: Page, name: string, type: string): Promise<number> {
  return page.evaluate(
    async ({ url, name, type }) => {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
      const file = new File([await response.blob()], name, { type })
      ;(window as ImportWindow).__benchImportFile = file
      return file.size
    },
    { url: `${FILE_PATH}${encodeURIComponent(name)}`, name, type },
  )
}

/**
 * In the page: starts observing long tasks (and long animation frames), starts the clock
 * and drops the file loaded by {@link loadImportFile} on the library pane (`dragenter`,
 * `dragover`, `drop` with a DataTransfer holding it, as e2e/import.spec.ts does). Stops
 * when a MutationObserver sees the import dialog's form "Details of <name>", then waits
 * for the next frame (a requestAnimationFrame and a task posted from it). Long tasks and
 * frames are collected 250 ms later, untimed, since Chromium queues an entry only after
 * its task or frame is over; those overlapping the drop-to-frame time are kept. Rejects
 * with the dialog's message when the file is refused or fails, and after `timeoutMs`.
 */
export function timedDrop(page: Page, timeoutMs = 120_000): Promise<ImportTiming> {
  return page.evaluate(
    (timeoutMs) =>
      new Promise<ImportTiming>((resolve, reject) => {
        const file = (window as ImportWindow).__benchImportFile
        const library = document.querySelector('.library')
        if (!file) return reject(new Error('No file was loaded into the page to drop.'))
        if (!library) return reject(new Error('The library pane (.library) is not on the page.'))
        const name = file.name
        const tasks: PerformanceEntry[] = []
        const frames: PerformanceEntry[] = []
        const taskObserver = new PerformanceObserver((list) => tasks.push(...list.getEntries()))
        taskObserver.observe({ type: 'longtask', buffered: true })
        const frameTypes = PerformanceObserver.supportedEntryTypes
        const frameObserver = frameTypes.includes('long-animation-frame')
          ? new PerformanceObserver((list) => frames.push(...list.getEntries()))
          : null
        frameObserver?.observe({ type: 'long-animation-frame', buffered: true })

        /** The form "Details of <name>" (named by its h3), once it is there. */
        const sheet = () =>
          [...document.querySelectorAll('dialog.import-dialog form')].find(
            (form) => form.querySelector('h3')?.textContent === `Details of ${name}`,
          )
        /** The dialog's message when this file was refused or failed. */
        const problem = () => {
          for (const item of document.querySelectorAll('dialog.import-dialog li.import-item')) {
            if (item.querySelector('.import-file')?.textContent !== name) continue
            const alert = item.querySelector('[role="alert"]')
            if (alert) return alert.textContent ?? 'refused'
            const state = item.querySelector('.import-state')?.textContent ?? ''
            if (/^(Skipped|Cancelled)/.test(state)) return state
          }
          return null
        }
        const stop = () => {
          observer.disconnect()
          clearTimeout(timer)
        }
        const overlapping = (entries: PerformanceEntry[], end: number) =>
          entries.filter((e) => e.startTime + e.duration > t0 && e.startTime < end)
        let sheetAt = 0
        const finish = () => {
          stop()
          sheetAt = performance.now()
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => {
              const end = performance.now()
              // Entries are queued after their task or frame is over: collect them a little
              // later (untimed; what starts after `end` is not counted).
              setTimeout(() => report(end), 250)
            }
            channel.port2.postMessage(null)
          })
        }
        const report = (end: number) => {
          tasks.push(...taskObserver.takeRecords())
          frames.push(...(frameObserver?.takeRecords() ?? []))
          taskObserver.disconnect()
          frameObserver?.disconnect()
          type Frame = PerformanceEntry & {
            renderStart: number
            styleAndLayoutStart: number
            scripts: (FrameScript & PerformanceEntry)[]
          }
          resolve({
            ms: end - t0,
            sheetMs: sheetAt - t0,
            longTasks: overlapping(tasks, end).map((e) => ({
              start: e.startTime - t0,
              duration: e.duration,
            })),
            longFrames: (overlapping(frames, end) as Frame[]).map((e) => ({
              start: e.startTime - t0,
              duration: e.duration,
              renderDuration: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
              scripts: e.scripts.map((s) => ({
                start: s.startTime - t0,
                invoker: s.invoker,
                invokerType: s.invokerType,
                sourceURL: s.sourceURL,
                sourceFunctionName: s.sourceFunctionName,
                sourceCharPosition: s.sourceCharPosition,
                duration: s.duration,
              })),
            })),
          })
        }
        const fail = (message: string) => {
          stop()
          taskObserver.disconnect()
          frameObserver?.disconnect()
          reject(new Error(`${name} was not imported: ${message}`))
        }
        const timer = setTimeout(() => {
          const dialog = document.querySelector('dialog.import-dialog')
          const said = dialog?.textContent?.replace(/\s+/g, ' ').trim()
          fail(`no metadata sheet after ${timeoutMs} ms; the dialog says “${said ?? ''}”`)
        }, timeoutMs)
        const observer = new MutationObserver(() => {
          if (sheet()) return finish()
          const message = problem()
          if (message !== null) fail(message)
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })

        const t0 = performance.now()
        const transfer = new DataTransfer()
        transfer.items.add(file)
        for (const type of ['dragenter', 'dragover', 'drop']) {
          library.dispatchEvent(
            new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
          )
        }
      }),
    timeoutMs,
  )
}

/** What the metadata sheet of `fileName` shows: its Title field and what was read. */
export async function readSheet(
  page: Page,
  fileName: string,
): Promise<{ title: string; counts: string; words: number }> {
  const sheet = page
    .getByRole('dialog', { name: 'Import documents' })
    .getByRole('form', { name: `Details of ${fileName}` })
  const title = await sheet.getByLabel('Title', { exact: true }).inputValue()
  const counts = (await sheet.locator('.import-preview-counts').textContent()) ?? ''
  const words = Number(/([\d,]+) words?\b/.exec(counts)?.[1]?.replace(/,/g, '') ?? NaN)
  return { title, counts, words }
}
