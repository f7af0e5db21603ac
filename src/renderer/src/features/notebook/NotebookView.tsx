/** Placeholder replaced by the notebook implementation. */
import type { DocumentSummary } from '@shared/corpus/document-model'
import { useEffect } from 'react'

export function NotebookView({ onReady }: { documents: DocumentSummary[]; onReady: () => void }) {
  useEffect(onReady, [onReady])
  return <main id="notebook" className="notebook" />
}
