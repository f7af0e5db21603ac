/**
 * Driving the web host's Briefs view and its downloads in a benchmark page: the corpus's
 * document models, opening a brief until its preview is drawn, timing a button whose work
 * ends in a download (the web host clicks a hidden `<a download>`), and noting when the
 * page's IndexedDB reads complete, to split such a time into its parts.
 */
import type { Download, Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import type { DocumentModel, DocumentSummary } from '../../src/shared/corpus/document-model'

/** Every document of the web host's corpus, as the app loads them (`corpus/<id>.json`). */
export async function corpusModels(baseUrl: string): Promise<DocumentModel[]> {
  const index = (await (await fetch(`${baseUrl}corpus/index.json`)).json()) as DocumentSummary[]
  if (index.length === 0) throw new Error('The web host has no documents.')
  return Promise.all(
    index.map(async ({ meta }) => {
      const response = await fetch(`${baseUrl}corpus/${encodeURIComponent(meta.id)}.json`)
      if (!response.ok) throw new Error(`corpus/${meta.id}.json: HTTP ${response.status}`)
      return (await response.json()) as DocumentModel
    }),
  )
}

/**
 * In the page: starts a clock, sets `location.hash` to `#/briefs/<briefId>`, and resolves
 * with the milliseconds until the preview (labelled "Brief preview") is no longer busy,
 * its first heading reads `title` and its first citation names a ¶ number, that is, once
 * the brief was built with its sources' models loaded and its highlights placed (built
 * before the models arrive, a citation has no ¶), and the frame after that is produced.
 */
export function timedBriefPreview(
  page: Page,
  briefId: string,
  title: string,
  timeoutMs = 120_000,
): Promise<number> {
  return page.evaluate(
    ({ briefId, title, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const preview = () => document.querySelector('[aria-label="Brief preview"]')
        const heading = () => preview()?.querySelector('h1')?.textContent ?? null
        const citation = () =>
          preview()?.querySelector('section.footnotes li, [data-footnotes] li')?.textContent ?? null
        const done = () =>
          preview()?.getAttribute('aria-busy') === 'false' &&
          heading() === title &&
          (citation() ?? '').includes('¶')
        const timer = setTimeout(() => {
          observer.disconnect()
          reject(
            new Error(
              `After ${timeoutMs} ms the brief preview shows heading “${heading() ?? 'none'}” ` +
                `and first citation “${citation() ?? 'none'}”.`,
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
          attributes: true,
          attributeFilter: ['aria-busy'],
        })
        const t0 = performance.now()
        location.hash = `#/briefs/${encodeURIComponent(briefId)}`
      }),
    { briefId, title, timeoutMs },
  )
}

/** What {@link timedDownloadClick} measured. */
export interface DownloadClick {
  /** From the click on the button to the web host's click on its `<a download>`. */
  ms: number
  /** `performance.now()` in the page at the click on the button. */
  clickedAt: number
  /** The anchor's `download` attribute: the suggested file name. */
  fileName: string
}

/**
 * In the page: finds the enabled button whose text is exactly `label` (inside `scope`, a
 * CSS selector, when given), starts a clock, clicks it, and resolves with the milliseconds
 * until an `<a download>` is clicked (seen by a capture-phase listener on the window, so
 * before the browser starts the download). Rejects after `timeoutMs`.
 */
export function timedDownloadClick(
  page: Page,
  label: string,
  options: { scope?: string; timeoutMs?: number } = {},
): Promise<DownloadClick> {
  const { scope = 'body', timeoutMs = 60_000 } = options
  return page.evaluate(
    ({ label, scope, timeoutMs }) =>
      new Promise<DownloadClick>((resolve, reject) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find(
          (b) => b.textContent === label,
        )
        if (!button) throw new Error(`No button “${label}” in ${scope}.`)
        if (button.disabled) throw new Error(`The button “${label}” is disabled.`)
        const timer = setTimeout(() => {
          window.removeEventListener('click', onClick, true)
          reject(new Error(`“${label}”: no download started within ${timeoutMs} ms.`))
        }, timeoutMs)
        const onClick = (event: MouseEvent) => {
          const target = event.target
          if (!(target instanceof HTMLAnchorElement) || !target.hasAttribute('download')) return
          const ms = performance.now() - t0
          window.removeEventListener('click', onClick, true)
          clearTimeout(timer)
          resolve({ ms, clickedAt: t0, fileName: target.download })
        }
        window.addEventListener('click', onClick, true)
        const t0 = performance.now()
        button.click()
      }),
    { label, scope, timeoutMs },
  )
}

/**
 * Runs `act` and resolves with the download it starts and the file's text, once the
 * browser has written it. Rejects when no download starts within `timeoutMs`.
 */
export async function withDownload<T>(
  page: Page,
  act: () => Promise<T>,
  timeoutMs = 120_000,
): Promise<{ result: T; download: Download; path: string; text: string }> {
  const started = page.waitForEvent('download', { timeout: timeoutMs })
  // If `act` throws, its error is the one reported, not this wait's timeout.
  started.catch(() => undefined)
  const result = await act()
  const download = await started
  const path = await download.path()
  const failure = await download.failure()
  if (failure !== null)
    throw new Error(`The download of ${download.suggestedFilename()} failed: ${failure}`)
  return { result, download, path, text: await readFile(path, 'utf8') }
}
