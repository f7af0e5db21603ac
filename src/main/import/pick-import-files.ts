/**
 * Choosing files to import: ask (through an injected Open dialog), then read each chosen
 * file whole, refusing from its size alone one over the import cap. The renderer never
 * sends a path and gets back only base names.
 */
import { open, stat, type FileHandle } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename, isAbsolute } from 'node:path'
import type { PickedFile } from '../../shared/api'
import { IMPORT_TOO_LARGE_REASON, pickedFilesSchema } from '../../shared/api-schemas'
import { MAX_IMPORT_BYTES } from '../../shared/import/extracted'
import { IMPORT_EXTENSIONS } from '../../shared/import/format-of'
import { errorCode } from '../files/fs-errors'

/** One "file type" entry of an Open dialog. */
export interface OpenFileFilter {
  name: string
  extensions: string[]
}

/** What the Open dialog is opened with (Electron's OpenDialogOptions, the parts used). */
export interface OpenDialogOptions {
  title: string
  buttonLabel: string
  filters: OpenFileFilter[]
  properties: ('openFile' | 'multiSelections')[]
}

/**
 * Asks the analyst which files to import: the chosen absolute paths, or an empty list
 * when they cancel. In the app this is Electron's native Open dialog on the Casefile window.
 */
export type ChooseOpenFiles = (options: OpenDialogOptions) => Promise<string[]>

/**
 * The Open dialog: several files at once (one for a re-import), the importable formats
 * first and "All files" second, so a file with an unusual extension can still be chosen
 * and refused in words.
 */
export function importDialogOptions(multiple = true): OpenDialogOptions {
  return {
    title: multiple ? 'Import documents' : 'Re-import from a newer file',
    buttonLabel: multiple ? 'Import' : 'Read',
    filters: [
      { name: 'Documents', extensions: [...IMPORT_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  }
}

const READ_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'could not be read: it may have been moved or deleted.',
  EACCES: 'could not be read: Casefile is not allowed to open it.',
  EPERM: 'could not be read: Casefile is not allowed to open it.',
  EBUSY: 'could not be read: another program is using it.',
  EISDIR: 'is a folder, not a file.',
}

/** Why a file could not be read, after its name; unknown errors name their code. */
function readRefusal(error: unknown): string {
  const code = errorCode(error)
  if (code !== null && READ_REASONS[code]) return READ_REASONS[code]
  return `could not be read (${code ?? (error instanceof Error ? error.message : String(error))}).`
}

/** Why a file whose size moved between the stat and the end of the read is refused. */
const CHANGED_REASON = 'changed while Casefile was reading it: try again once it is saved.'

/**
 * The most one pick reads and sends to the page at once (four files at the cap): every
 * byte crosses IPC and sits in the page's memory until its file is read.
 */
export const MAX_PICK_BYTES = 4 * MAX_IMPORT_BYTES

/** Why a file that would take one pick past its budget is not read. */
export function pickFullReason(budget: number): string {
  return `was not read: the files chosen together pass ${Math.round(budget / 1024 / 1024)} MB. Import it in another pick.`
}

/**
 * Why a file with these stats is refused before it is read, or null when it may be read;
 * `room` is what is left of the pick's budget.
 */
function statRefusal(stats: Stats, room: number, budget: number): string | null {
  if (stats.isDirectory()) return READ_REASONS['EISDIR'] ?? null
  // A device or a pipe has no size to check and may never end (opening a pipe blocks).
  if (!stats.isFile()) return 'is not an ordinary file.'
  if (stats.size > MAX_IMPORT_BYTES) return IMPORT_TOO_LARGE_REASON
  if (stats.size > room) return pickFullReason(budget)
  return null
}

/**
 * Exactly `size` bytes from the start of `handle`, in a buffer of their own (what crosses
 * IPC: see pickedFilesSchema), or null when the file turns out shorter or longer.
 */
async function readExactly(handle: FileHandle, size: number): Promise<Uint8Array | null> {
  const bytes = new Uint8Array(size)
  let filled = 0
  while (filled < size) {
    const { bytesRead } = await handle.read(bytes, filled, size - filled, filled)
    if (bytesRead === 0) return null
    filled += bytesRead
  }
  const { bytesRead: beyond } = await handle.read(new Uint8Array(1), 0, 1, size)
  return beyond === 0 ? bytes : null
}

/**
 * Reads the file at `path` as its PickedFile. The path is stat'ed first, so a folder, a
 * device or a file over the cap is refused without being opened; the open file is
 * stat'ed again, so a path replaced in between is judged by what is actually read. A
 * file that grows or shrinks while it is read is refused rather than imported
 * half-written. A file larger than `room` (what is left of a pick's budget) is refused
 * unread. Never rejects: a file that cannot be read comes back refused.
 */
export async function readPickedFile(
  path: string,
  room = MAX_PICK_BYTES,
  budget = MAX_PICK_BYTES,
): Promise<PickedFile> {
  const name = basename(path)
  let handle: FileHandle | null = null
  try {
    const before = statRefusal(await stat(path), room, budget)
    if (before !== null) return { name, refusal: before }
    handle = await open(path, 'r')
    const stats = await handle.stat()
    const after = statRefusal(stats, room, budget)
    if (after !== null) return { name, refusal: after }
    const bytes = await readExactly(handle, stats.size)
    return bytes ? { name, bytes } : { name, refusal: CHANGED_REASON }
  } catch (error) {
    return { name, refusal: readRefusal(error) }
  } finally {
    // The bytes are already whole; a failed close must not turn them into a refusal.
    await handle?.close().catch(() => undefined)
  }
}

/**
 * Reads the chosen files one after another, in the order given (one at a time, so a
 * pick of many large files does not hold every read in flight at once). A file that
 * cannot be read is refused on its own; the others still come back. Together they read
 * at most `budget` bytes: a file that would pass it is refused unread, and a smaller one
 * after it may still fit.
 */
export async function readPickedFiles(
  paths: readonly string[],
  budget = MAX_PICK_BYTES,
): Promise<PickedFile[]> {
  const files: PickedFile[] = []
  let room = budget
  for (const path of paths) {
    const file = await readPickedFile(path, room, budget)
    if ('bytes' in file) room -= file.bytes.length
    files.push(file)
  }
  return files
}

/**
 * Shows the Open dialog and reads what the analyst chose: `[]` when they cancel. The
 * answer is checked against pickedFilesSchema before it goes to the page, so a path or
 * a view into a larger buffer can never leave main.
 */
export async function pickImportFiles(
  chooseOpenFiles: ChooseOpenFiles,
  multiple = true,
): Promise<PickedFile[]> {
  const paths = await chooseOpenFiles(importDialogOptions(multiple))
  if (!multiple && paths.length > 1) {
    throw new Error(`the Open dialog answered ${paths.length} files where one was asked for`)
  }
  const relative = paths.find((path) => !isAbsolute(path))
  if (relative !== undefined) {
    throw new Error(`the Open dialog answered a relative path (${relative})`)
  }
  return pickedFilesSchema.parse(await readPickedFiles(paths))
}
