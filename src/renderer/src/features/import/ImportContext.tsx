/**
 * Where imports start from anywhere in the app (the library's button and drop zone, the
 * desktop menu): one queue and one dialog for the whole session, so closing the dialog or
 * switching views never drops a file half read.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react'
import { useHost } from '../../host/host-context'
import { readBrowserFiles } from '../../host/web-file-picker'
import { ImportDialog } from './ImportDialog'
import { isFinished } from './import-queue'
import { useImportQueue } from './useImportQueue'

export interface ImportStarter {
  /** Files dropped or pasted: read and queued, the dialog opened. */
  importFiles: (files: Iterable<File>) => Promise<void>
  /** The host's file chooser (a native dialog in the desktop app). */
  chooseFiles: () => Promise<void>
  /** Opens the dialog on the queue as it is. */
  showQueue: () => void
  /** Files not yet added, skipped or refused. */
  unfinished: number
}

const ImportContext = createContext<ImportStarter | null>(null)

export function ImportProvider({ children }: { children: ReactNode }) {
  const host = useHost()
  const controls = useImportQueue()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const { enqueue } = controls

  const showQueue = useCallback(() => {
    if (!dialogRef.current?.open) dialogRef.current?.showModal()
  }, [])
  const importFiles = useCallback(
    async (files: Iterable<File>) => {
      const incoming = await readBrowserFiles(files)
      if (incoming.length === 0) return
      enqueue(incoming)
      showQueue()
    },
    [enqueue, showQueue],
  )
  const chooseFiles = useCallback(async () => {
    const picked = await host.pickImportFiles()
    if (picked.length === 0) return
    enqueue(picked)
    showQueue()
  }, [host, enqueue, showQueue])

  useEffect(() => host.onImportRequested(() => void chooseFiles()), [host, chooseFiles])

  const unfinished = controls.queue.items.filter((item) => !isFinished(item)).length
  const starter = useMemo(
    () => ({ importFiles, chooseFiles, showQueue, unfinished }),
    [importFiles, chooseFiles, showQueue, unfinished],
  )
  return (
    <ImportContext value={starter}>
      {children}
      <ImportDialog ref={dialogRef} controls={controls} onChooseMore={chooseFiles} />
    </ImportContext>
  )
}

/** The import starter; throws outside ImportProvider (a programming error). */
export function useImport(): ImportStarter {
  const starter = useContext(ImportContext)
  if (!starter) throw new Error('useImport must be used inside ImportProvider')
  return starter
}
