/**
 * Re-importing a document: choose a newer file, read it (cancellable), then hold what it
 * would do until the analyst confirms. Nothing is written before Replace text.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { ImportRefusal } from '@shared/import/extracted'
import { useState } from 'react'
import { useHost } from '../../host/host-context'
import { announce, announceError } from '../../ui/status'
import { applyReimport, prepareReimport, type PreparedReimport } from './document-actions'

export interface Reimport {
  /** Set while the new file is read: aborting it cancels the read. */
  reading: AbortController | null
  /** The read file waiting for the analyst's answer. */
  pending: PreparedReimport | null
  choose: () => Promise<void>
  confirm: () => Promise<void>
  dismiss: () => void
}

export function useReimport(doc: DocumentModel): Reimport {
  const host = useHost()
  const [reading, setReading] = useState<AbortController | null>(null)
  const [pending, setPending] = useState<PreparedReimport | null>(null)

  const choose = async () => {
    const [file] = await host.pickImportFiles({ multiple: false })
    if (!file) return
    if ('refusal' in file) {
      announceError(new ImportRefusal(file.name, file.refusal), 'The file was not read.')
      return
    }
    const controller = new AbortController()
    setReading(controller)
    try {
      const prepared = await prepareReimport(doc, file, controller.signal)
      if (prepared.report === null) {
        announce(`${file.name} has the same text as “${doc.meta.title}”: nothing changed.`)
      } else setPending(prepared)
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        announceError(error, `${file.name} could not be read; “${doc.meta.title}” is unchanged.`)
      }
    } finally {
      setReading(null)
    }
  }

  const confirm = async () => {
    if (pending && (await applyReimport(doc, pending))) setPending(null)
  }

  return { reading, pending, choose, confirm, dismiss: () => setPending(null) }
}
