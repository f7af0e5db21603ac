/**
 * Reads a PDF in the import worker: pdfjs extracts each page's positioned text runs (its
 * own worker code running in this same thread, nothing fetched), shared/import lays them
 * out into blocks with their pages, and the Info dictionary and XMP give metadata hints.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api'
import {
  ImportRefusal,
  type ExtractedBlock,
  type ExtractedDocument,
} from '@shared/import/extracted'
import { pdfHints, type PdfStatedMetadata } from '@shared/import/pdf-info'
import { layoutPdfPages, looksScanned, visibleCharacters } from '@shared/import/pdf-layout'
import type { PdfRun } from '@shared/import/pdf-lines'
import { startReading, stopIfCancelled, type ReadOptions } from './read-options'

/** Why a PDF without a text layer is refused (after its file name). */
export const SCANNED_REASON =
  'has no text layer: it looks like a scan. Run it through OCR (for example ocrmypdf) and import the result.'
/** Why an encrypted PDF is refused (after its file name). */
export const PASSWORD_REASON =
  'is password-protected: open it, save an unprotected copy, and import that.'

const XMP_KEYS = ['dc:title', 'dc:creator', 'xmp:createdate'] as const

let workerInstalled: Promise<void> | null = null

/**
 * Gives pdfjs its worker code in this thread: with `globalThis.pdfjsWorker` set, pdfjs
 * uses it for its "fake worker" instead of loading `workerSrc`, so nothing is fetched.
 */
function installPdfWorker(): Promise<void> {
  workerInstalled ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((module) => {
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = module
  })
  return workerInstalled
}

/**
 * Reads a PDF into blocks (each with the page it starts on) and metadata hints. Reports
 * progress after each page and stops between pages when `options.signal` is aborted,
 * rejecting with its AbortError. Refuses, with an ImportRefusal naming the file, a file
 * over the size limit, a file that is not a readable PDF, a password-protected PDF and a
 * PDF with (next to) no text layer.
 */
export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ExtractedDocument> {
  startReading(bytes, fileName, options)
  await installPdfWorker()
  const task = pdfjs.getDocument({
    // pdfjs may take over the buffer it is given: hand it a copy, not the caller's bytes.
    data: bytes.slice(),
    // No isEvalSupported: pdfjs 5 dropped the option along with its eval-compiled font paths.
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    // Without standardFontDataUrl pdfjs warns that it cannot load the 14 standard fonts'
    // files; text extraction does not need them (their encodings and widths are built in).
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  })
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw refusalFor(error, fileName)
    })
    const pages: PdfRun[][] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      stopIfCancelled(options.signal)
      const page = await pdf.getPage(number)
      pages.push(runsOf(await page.getTextContent()))
      page.cleanup()
      options.onProgress?.(number, pdf.numPages)
    }
    stopIfCancelled(options.signal)
    const characters = pages.map(visibleCharacters)
    if (looksScanned(characters)) throw new ImportRefusal(fileName, SCANNED_REASON)
    const layout = layoutPdfPages(pages)
    if (layout.blocks.length === 0) throw new ImportRefusal(fileName, SCANNED_REASON)
    const { info, metadata } = await pdf.getMetadata()
    const xmp: Record<string, unknown> = {}
    for (const key of XMP_KEYS) xmp[key] = metadata?.get(key) ?? null
    return {
      format: 'pdf',
      fileName,
      blocks: layout.blocks.map((block): ExtractedBlock => ({
        ...block,
        marks: [],
        page: block.page,
      })),
      hints: pdfHints({ info: info as PdfStatedMetadata['info'], xmp }),
      notices: [...layout.notices, ...pagesWithoutText(characters)],
    }
  } finally {
    await task.destroy()
  }
}

/** pdfjs text items to plain runs (marked-content markers carry no text and are skipped). */
function runsOf(content: TextContent): PdfRun[] {
  const runs: PdfRun[] = []
  for (const item of content.items) {
    if (!('str' in item)) continue
    const text = item as TextItem
    const [, , c = 0, d = 0, x = 0, y = 0] = text.transform as number[]
    runs.push({
      str: text.str,
      x,
      y,
      width: text.width,
      height: text.height || Math.hypot(c, d),
      fontName: text.fontName,
    })
  }
  return runs
}

/** A notice naming the pages that have no text (scanned pages inside a text PDF). */
function pagesWithoutText(characters: readonly number[]): string[] {
  const empty = characters.flatMap((count, index) => (count === 0 ? [index + 1] : []))
  if (empty.length === 0) return []
  const list = empty.length > 10 ? `${empty.slice(0, 10).join(', ')} and more` : empty.join(', ')
  const pages = empty.length === 1 ? `Page ${list} has` : `Pages ${list} have`
  return [`${pages} no text layer (scanned or pictures only): their content is not imported.`]
}

function refusalFor(error: unknown, fileName: string): Error {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') return new ImportRefusal(fileName, PASSWORD_REASON)
  if (name === 'AbortException') return error as Error
  const why =
    name === 'InvalidPDFException'
      ? 'its structure is damaged or it is not really a PDF'
      : 'pdf.js could not open it'
  return new ImportRefusal(fileName, `is not a readable PDF (${why}).`)
}
