/**
 * The files an analyst is importing, one item each, as a reducer the dialog renders:
 * read one at a time (a long PDF must not starve the others of the worker), reviewed in
 * the order they were dropped, and each ending added, skipped, refused, cancelled or
 * failed with the reason in words. Nothing here touches the database.
 */
import type { ExtractedDocument } from '@shared/import/extracted'
import { draftFromHints, type MetadataDraft } from '@shared/import/metadata-draft'

/** A file as it arrives: its bytes, or why it was refused before it was read. */
export type IncomingFile = { name: string; bytes: Uint8Array } | { name: string; refusal: string }

export type ImportItem =
  | { key: number; fileName: string; status: 'waiting'; bytes: Uint8Array }
  | { key: number; fileName: string; status: 'reading'; fraction: number; step: string }
  | {
      key: number
      fileName: string
      status: 'review'
      extracted: ExtractedDocument
      draft: MetadataDraft
    }
  | { key: number; fileName: string; status: 'added'; docId: string; title: string }
  | { key: number; fileName: string; status: 'skipped' | 'cancelled' }
  | { key: number; fileName: string; status: 'refused' | 'failed'; message: string }

export type ImportStatus = ImportItem['status']

export interface ImportQueue {
  items: ImportItem[]
  nextKey: number
}

export type ImportAction =
  | { type: 'enqueue'; files: IncomingFile[] }
  | { type: 'start'; key: number }
  | { type: 'progress'; key: number; fraction: number; step: string }
  | { type: 'extracted'; key: number; extracted: ExtractedDocument }
  | { type: 'edit'; key: number; draft: MetadataDraft }
  | { type: 'added'; key: number; docId: string; title: string }
  | { type: 'skip'; key: number }
  | { type: 'cancelled'; key: number }
  | { type: 'refused' | 'failed'; key: number; message: string }
  | { type: 'clear-finished' }

export const EMPTY_QUEUE: ImportQueue = { items: [], nextKey: 1 }

const FINISHED: readonly ImportStatus[] = ['added', 'skipped', 'cancelled', 'refused', 'failed']

export const isFinished = (item: ImportItem) => FINISHED.includes(item.status)

function replace(queue: ImportQueue, key: number, next: (item: ImportItem) => ImportItem | null) {
  let changed = false
  const items = queue.items.map((item) => {
    if (item.key !== key) return item
    const replaced = next(item)
    if (!replaced) return item
    changed = true
    return replaced
  })
  return changed ? { ...queue, items } : queue
}

/** Each transition applies only from the states it belongs to; a late message is ignored. */
export function importReducer(queue: ImportQueue, action: ImportAction): ImportQueue {
  switch (action.type) {
    case 'enqueue': {
      let nextKey = queue.nextKey
      const added = action.files.map((file): ImportItem => {
        const key = nextKey++
        return 'refusal' in file
          ? { key, fileName: file.name, status: 'refused', message: `${file.name} ${file.refusal}` }
          : { key, fileName: file.name, status: 'waiting', bytes: file.bytes }
      })
      return { items: [...queue.items, ...added], nextKey }
    }
    case 'start':
      return replace(queue, action.key, (item) =>
        item.status === 'waiting'
          ? {
              key: item.key,
              fileName: item.fileName,
              status: 'reading',
              fraction: 0,
              step: 'Reading',
            }
          : null,
      )
    case 'progress':
      return replace(queue, action.key, (item) =>
        item.status === 'reading'
          ? { ...item, fraction: action.fraction, step: action.step }
          : null,
      )
    case 'extracted':
      return replace(queue, action.key, (item) =>
        item.status === 'reading'
          ? {
              key: item.key,
              fileName: item.fileName,
              status: 'review',
              extracted: action.extracted,
              draft: draftFromHints(action.extracted.hints, item.fileName),
            }
          : null,
      )
    case 'edit':
      return replace(queue, action.key, (item) =>
        item.status === 'review' ? { ...item, draft: action.draft } : null,
      )
    case 'added':
      return replace(queue, action.key, (item) =>
        item.status === 'review'
          ? {
              key: item.key,
              fileName: item.fileName,
              status: 'added',
              docId: action.docId,
              title: action.title,
            }
          : null,
      )
    case 'skip':
      return replace(queue, action.key, (item) =>
        item.status === 'review' || item.status === 'waiting'
          ? { key: item.key, fileName: item.fileName, status: 'skipped' }
          : null,
      )
    case 'cancelled':
      return replace(queue, action.key, (item) =>
        item.status === 'reading' || item.status === 'waiting'
          ? { key: item.key, fileName: item.fileName, status: 'cancelled' }
          : null,
      )
    case 'refused':
    case 'failed':
      return replace(queue, action.key, (item) =>
        item.status === 'reading'
          ? { key: item.key, fileName: item.fileName, status: action.type, message: action.message }
          : null,
      )
    case 'clear-finished':
      return { ...queue, items: queue.items.filter((item) => !isFinished(item)) }
  }
}

/** The file to read next: the first waiting one, when none is being read. */
export function nextToRead(queue: ImportQueue): (ImportItem & { status: 'waiting' }) | null {
  if (queue.items.some((item) => item.status === 'reading')) return null
  return (
    queue.items.find(
      (item): item is ImportItem & { status: 'waiting' } => item.status === 'waiting',
    ) ?? null
  )
}

/** The file whose metadata the analyst confirms now: the first read one. */
export function nextToReview(queue: ImportQueue): (ImportItem & { status: 'review' }) | null {
  return (
    queue.items.find(
      (item): item is ImportItem & { status: 'review' } => item.status === 'review',
    ) ?? null
  )
}

/** One line for the dialog's heading: "3 of 5 files done". */
export function queueSummary(queue: ImportQueue): string {
  const total = queue.items.length
  const done = queue.items.filter(isFinished).length
  const added = queue.items.filter((item) => item.status === 'added').length
  if (total === 0) return 'No files yet.'
  if (done === total) {
    return `${added} of ${total} ${total === 1 ? 'file' : 'files'} added to the library.`
  }
  return `${done} of ${total} ${total === 1 ? 'file' : 'files'} done.`
}
