/**
 * Runs the import queue: reads the waiting files one at a time in the import worker,
 * turns what each reader says into the queue's terms (a refusal keeps its reason, a
 * cancel is a cancel, anything else says the file could not be read), and adds reviewed
 * files to the library.
 */
import { ImportRefusal } from '@shared/import/extracted'
import type { MetadataDraft } from '@shared/import/metadata-draft'
import { useCallback, useEffect, useReducer, useRef } from 'react'
import { extractDocument } from './lazy-import-client'
import { addToLibrary } from './import-actions'
import {
  EMPTY_QUEUE,
  importReducer,
  nextToRead,
  type ImportAction,
  type ImportItem,
  type ImportQueue,
  type IncomingFile,
} from './import-queue'

export interface ImportQueueControls {
  queue: ImportQueue
  enqueue: (files: IncomingFile[]) => void
  cancel: (key: number) => void
  edit: (key: number, draft: MetadataDraft) => void
  skip: (key: number) => void
  /** Adds a reviewed file; resolves false when it could not be added (already said). */
  add: (item: ImportItem & { status: 'review' }) => Promise<boolean>
  clearFinished: () => void
}

/** What a failed read means for the queue: a cancel, a refusal with its reason, or a failure. */
function outcomeOf(key: number, error: unknown): ImportAction {
  if (error instanceof DOMException && error.name === 'AbortError')
    return { type: 'cancelled', key }
  if (error instanceof ImportRefusal) return { type: 'refused', key, message: error.message }
  return { type: 'failed', key, message: error instanceof Error ? error.message : String(error) }
}

export function useImportQueue(): ImportQueueControls {
  const [queue, dispatch] = useReducer(importReducer, EMPTY_QUEUE)
  const reading = useRef<{ key: number; controller: AbortController } | null>(null)

  const next = nextToRead(queue)
  useEffect(() => {
    // StrictMode runs effects twice: a file already being read is not read again.
    if (!next || reading.current) return
    const { key, fileName, bytes } = next
    const controller = new AbortController()
    reading.current = { key, controller }
    dispatch({ type: 'start', key })
    // The next file may start as soon as this one's outcome is dispatched.
    const settle = (action: ImportAction) => {
      if (reading.current?.key === key) reading.current = null
      dispatch(action)
    }
    extractDocument(
      { name: fileName, bytes },
      {
        signal: controller.signal,
        onProgress: (fraction, step) => dispatch({ type: 'progress', key, fraction, step }),
      },
    ).then(
      (extracted) => settle({ type: 'extracted', key, extracted }),
      (error: unknown) => settle(outcomeOf(key, error)),
    )
  }, [next])

  const cancel = useCallback((key: number) => {
    if (reading.current?.key === key) reading.current.controller.abort()
    else dispatch({ type: 'cancelled', key })
  }, [])

  const add = useCallback(async (item: ImportItem & { status: 'review' }) => {
    const added = await addToLibrary(item.extracted, item.draft)
    if (added) dispatch({ type: 'added', key: item.key, ...added })
    return added !== null
  }, [])

  return {
    queue,
    enqueue: useCallback((files: IncomingFile[]) => dispatch({ type: 'enqueue', files }), []),
    cancel,
    edit: useCallback(
      (key: number, draft: MetadataDraft) => dispatch({ type: 'edit', key, draft }),
      [],
    ),
    skip: useCallback((key: number) => dispatch({ type: 'skip', key }), []),
    add,
    clearFinished: useCallback(() => dispatch({ type: 'clear-finished' }), []),
  }
}
