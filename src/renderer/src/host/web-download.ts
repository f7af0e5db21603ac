/**
 * Saving a file from the web host: the browser's download, started by clicking a hidden
 * `<a download>` that points at an object URL of the content.
 */
import type { ExportFormat } from '@shared/api'

const MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  jsonld: 'application/ld+json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
}

/**
 * How long an object URL outlives its click. Some browsers (Firefox, Safari) read the URL
 * after the click returns and fail the download if it is already revoked; a few seconds
 * of holding one Blob costs nothing.
 */
export const REVOKE_AFTER_MS = 30_000

/** The content as a Blob of the format's media type; text is encoded as UTF-8. */
export function exportBlob(content: string, format: ExportFormat): Blob {
  return new Blob([content], { type: MIME_TYPES[format] })
}

/**
 * Starts the browser's download of `blob` as `fileName`. The link is removed at once and
 * its object URL revoked after `revokeAfterMs`, so repeated exports do not pile up Blobs.
 */
export function downloadBlob(blob: Blob, fileName: string, revokeAfterMs = REVOKE_AFTER_MS): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs)
  }
}
