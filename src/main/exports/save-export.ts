/**
 * Saving an export where the analyst chooses: ask (through an injected Save dialog), then
 * write atomically to exactly the chosen path. The renderer never supplies a path.
 */
import { basename, isAbsolute } from 'node:path'
import {
  exportExtensions,
  HostError,
  type ExportFormat,
  type SaveExportResult,
} from '../../shared/api'
import type { ValidSaveExportRequest } from '../../shared/api-schemas'
import { describeWriteError } from '../files/fs-errors'
import { writeFileAtomic } from '../files/write-file-atomic'

/** One "file type" entry of a Save dialog. */
export interface SaveFileFilter {
  name: string
  extensions: string[]
}

/** What the Save dialog is opened with. */
export interface SaveFileRequest {
  /** A plain file name; the dialog opens in its usual folder. */
  defaultName: string
  filters: SaveFileFilter[]
}

/**
 * Asks the analyst where to save: the chosen absolute path, or null when they cancel.
 * In the app this is Electron's native Save dialog on the Casefile window.
 */
export type ChooseSaveFile = (request: SaveFileRequest) => Promise<string | null>

const FILTER_NAMES: Readonly<Record<ExportFormat, string>> = {
  markdown: 'Markdown',
  json: 'JSON',
  jsonld: 'JSON-LD',
  csv: 'CSV',
}

/** The Save dialog's file-type filter for a format, e.g. Markdown → `*.md`. */
export function saveFileFilter(format: ExportFormat): SaveFileFilter {
  return { name: FILTER_NAMES[format], extensions: [exportExtensions[format]] }
}

/**
 * Electron SaveDialogOptions for a request: the default name and filter, with folder
 * creation and an overwrite confirmation on every platform (Linux asks only when told).
 */
export function saveDialogOptions(request: SaveFileRequest): {
  defaultPath: string
  filters: SaveFileFilter[]
  properties: ('createDirectory' | 'showOverwriteConfirmation')[]
} {
  return {
    defaultPath: request.defaultName,
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
}

/**
 * Shows the Save dialog for `request` and writes its content as UTF-8 to the chosen path,
 * atomically (a failed write leaves any existing file as it was). Answers the saved
 * file's base name only; `{ saved: false, fileName: null }` when cancelled. The path is
 * used as the analyst chose it: an extension is not forced onto it, since the dialog's
 * overwrite check was made for that exact name. A write refused by the system (no
 * permission, disk full…) rejects with a HostError saying why in plain words.
 */
export async function saveExport(
  request: ValidSaveExportRequest,
  chooseSaveFile: ChooseSaveFile,
): Promise<SaveExportResult> {
  const path = await chooseSaveFile({
    defaultName: request.fileName,
    filters: [saveFileFilter(request.format)],
  })
  if (path === null) return { saved: false, fileName: null }
  if (!isAbsolute(path)) throw new Error(`the Save dialog answered a relative path (${path})`)
  const fileName = basename(path)
  try {
    await writeFileAtomic(path, request.content)
  } catch (error) {
    const reason = describeWriteError(error)
    if (reason === null) throw error
    throw new HostError(
      'internal',
      `“${fileName}” could not be saved: ${reason}. Choose another place and export again.`,
    )
  }
  return { saved: true, fileName }
}
