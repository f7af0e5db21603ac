/**
 * Importing a file in a benchmark page: the file's bytes are served by a `page.route` of
 * the bench (so megabytes never pass through `page.evaluate`), fetched into a `File` in
 * the page, and dropped on the library pane as the analyst would. An import is timed in
 * the page in two phases: from the drop until the import dialog shows the file's metadata
 * sheet ({@link timedDrop}), and from the click on "Add to library" until the library lists
 * the document ({@link timedAdd}), with the main thread's long tasks observed in each.
 */
import type { Page } from '@playwright/test'

/** Where the bench serves files to import, under the web host's origin. */
const FILE_PATH = '__bench/import/'

/** A main-thread task of 50 ms or more (a PerformanceObserver `longtask` entry). */
export interface LongTask {
  /** Start, in ms after the phase's action (the drop, or the click on Add). */
  start: number
  duration: number
}

/** One script of a long animation frame, as Chromium attributes it. */
export interface FrameScript {
  /** Start, in ms after the phase's action (the drop, or the click on Add). */
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
  /** Start, in ms after the phase's action (the drop, or the click on Add). */
  start: number
  duration: number
  /** Time in the frame's style and layout, not in script. */
  renderDuration: number
  scripts: FrameScript[]
}

/** What one timed phase of an import saw (the drop until the sheet, or Add until listed). */
export interface PhaseTiming {
  /** From just before the phase's action to the frame after its end was seen. */
  ms: number
  /** From the action to the moment its end was in the DOM (before that frame). */
  seenMs: number
  /** Every long task overlapping the measured time (and the tail, if any), in order. */
  longTasks: LongTask[]
  /** Long animation frames over the same time (for telling what was long). */
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
  await page.route(`**/${BLANK_PATH}`, (route) =>
    route.fulfill({
      status: 200,
      body: '<!doctype html><title>blank</title>',
      contentType: 'text/html',
    }),
  )
}

/** A page of the web host's origin that runs no app, for emptying its storage. */
const BLANK_PATH = '__bench/blank.html'

/**
 * Opens the app in `page` with empty storage: every IndexedDB database of the origin is
 * deleted and sessionStorage (the undo history) cleared from a blank page of the same
 * origin (served by {@link serveImportFile}), so no connection of the app holds them, then
 * the app is loaded and its readiness awaited. Each import then adds to an empty library.
 */
export async function openEmptyApp(page: Page): Promise<void> {
  await page.goto(`./${BLANK_PATH}`)
  await page.evaluate(async () => {
    sessionStorage.clear()
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name)
        request.onsuccess = () => resolve()
        request.onerror = () => reject(request.error)
        request.onblocked = () => reject(new Error(`Deleting ${name} was blocked.`))
      })
    }
  })
  await page.goto('./')
  await page.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
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

/** A phase of an import, as {@link timedPhase} runs it in the page. */
type Phase =
  | { kind: 'drop' }
  | {
      kind: 'add'
      /** The file whose sheet is submitted. */
      fileName: string
      /** The title the new document is listed under (the sheet's Title field). */
      title: string
    }

/**
 * In the page: starts the clock, drops the file loaded by {@link loadImportFile} on the
 * library pane (`dragenter`, `dragover`, `drop` with a DataTransfer holding it, as
 * e2e/import.spec.ts does), and stops when a MutationObserver sees the import dialog's form
 * "Details of <name>" and the next frame has been produced (a requestAnimationFrame and a
 * task posted from it). Long tasks and frames overlapping that time are kept (see
 * {@link timedPhase}). Rejects with the dialog's message when the file is refused or fails,
 * and after `timeoutMs`.
 */
export function timedDrop(page: Page, timeoutMs = 120_000): Promise<PhaseTiming> {
  return timedPhase(page, { kind: 'drop' }, 0, timeoutMs)
}

/**
 * In the page: starts the clock, clicks "Add to library" on the sheet of `fileName` and
 * stops when the library's "Sources" listbox has an option titled `title` and the next
 * frame has been produced. Long tasks and frames are kept from the click until 500 ms after
 * that end, so that work the add sets off just after the list shows (saving the undo
 * history, opening the document) counts too. Rejects with the dialog's message when the
 * file fails, and after `timeoutMs` (with what the dialog and the status line say).
 */
export function timedAdd(
  page: Page,
  fileName: string,
  title: string,
  timeoutMs = 120_000,
): Promise<PhaseTiming> {
  return timedPhase(page, { kind: 'add', fileName, title }, 500, timeoutMs)
}

/**
 * Runs `phase` in the page with the clock and a MutationObserver (see {@link timedDrop} and
 * {@link timedAdd}), observing long tasks (and, where Chromium has them, long animation
 * frames) from before the action. Entries are collected `tailMs` + 250 ms after the end,
 * untimed, since Chromium queues an entry only once its task or frame is over; those
 * overlapping the action-to-frame time, or starting within `tailMs` after it, are kept.
 */
function timedPhase(
  page: Page,
  phase: Phase,
  tailMs: number,
  timeoutMs: number,
): Promise<PhaseTiming> {
  return page.evaluate(
    ({ phase, tailMs, timeoutMs }) =>
      new Promise<PhaseTiming>((resolve, reject) => {
        const file = (window as ImportWindow).__benchImportFile
        const library = document.querySelector('.library')
        if (!file) return reject(new Error('No file was loaded into the page to drop.'))
        if (!library) return reject(new Error('The library pane (.library) is not on the page.'))
        const name = phase.kind === 'add' ? phase.fileName : file.name

        /** The form "Details of <name>" (named by its h3), once it is there. */
        const sheet = () =>
          [...document.querySelectorAll('dialog.import-dialog form')].find(
            (form) => form.querySelector('h3')?.textContent === `Details of ${name}`,
          )
        /** The library's option for the added document, once it is listed. */
        const listed = (title: string) =>
          [
            ...document.querySelectorAll(
              '.library [role="listbox"][aria-label="Sources"] [role="option"] .source-title',
            ),
          ].some((option) => option.textContent === title)
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
        const ended = phase.kind === 'add' ? () => listed(phase.title) : () => !!sheet()
        const awaited =
          phase.kind === 'add'
            ? `“${phase.title}” in the Sources list`
            : `the metadata sheet of ${name}`

        // Found before anything is observed or timed: a missing button is the bench's fault.
        const addButton =
          phase.kind === 'add'
            ? [...(sheet()?.querySelectorAll('button[type="submit"]') ?? [])].find(
                (button): button is HTMLButtonElement =>
                  button instanceof HTMLButtonElement && button.textContent === 'Add to library',
              )
            : undefined
        if (phase.kind === 'add' && !addButton)
          return reject(new Error(`The sheet of ${name} has no “Add to library” button.`))
        if (phase.kind === 'add' && listed(phase.title))
          return reject(new Error(`“${phase.title}” is listed before it was added.`))

        const tasks: PerformanceEntry[] = []
        const frames: PerformanceEntry[] = []
        const taskObserver = new PerformanceObserver((list) => tasks.push(...list.getEntries()))
        taskObserver.observe({ type: 'longtask', buffered: true })
        const frameTypes = PerformanceObserver.supportedEntryTypes
        const frameObserver = frameTypes.includes('long-animation-frame')
          ? new PerformanceObserver((list) => frames.push(...list.getEntries()))
          : null
        frameObserver?.observe({ type: 'long-animation-frame', buffered: true })

        const stop = () => {
          observer.disconnect()
          clearTimeout(timer)
        }
        const kept = (entries: PerformanceEntry[], end: number) =>
          entries.filter((e) => e.startTime + e.duration > t0 && e.startTime < end + tailMs)
        let seenAt = 0
        const finish = () => {
          stop()
          seenAt = performance.now()
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => {
              const end = performance.now()
              // Entries are queued after their task or frame is over: collect them a little
              // later (untimed; what starts after the tail is not counted).
              setTimeout(() => report(end), tailMs + 250)
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
            seenMs: seenAt - t0,
            longTasks: kept(tasks, end).map((e) => ({
              start: e.startTime - t0,
              duration: e.duration,
            })),
            longFrames: (kept(frames, end) as Frame[]).map((e) => ({
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
          reject(
            new Error(`${name} was not ${phase.kind === 'add' ? 'added' : 'imported'}: ${message}`),
          )
        }
        const timer = setTimeout(() => {
          const dialog = document.querySelector('dialog.import-dialog')
          const said = dialog?.textContent?.replace(/\s+/g, ' ').trim()
          const status = document.querySelector('[role="status"]')?.textContent?.trim()
          fail(
            `no ${awaited} after ${timeoutMs} ms; the dialog says “${said ?? ''}”` +
              (status ? ` and the status line “${status}”` : ''),
          )
        }, timeoutMs)
        const observer = new MutationObserver(() => {
          if (ended()) return finish()
          const message = problem()
          if (message !== null) fail(message)
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })

        const t0 = performance.now()
        if (addButton) {
          addButton.click()
          return
        }
        const transfer = new DataTransfer()
        transfer.items.add(file)
        for (const type of ['dragenter', 'dragover', 'drop']) {
          library.dispatchEvent(
            new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
          )
        }
      }),
    { phase, tailMs, timeoutMs },
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
