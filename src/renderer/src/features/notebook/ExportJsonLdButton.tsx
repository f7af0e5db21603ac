/**
 * Saves the highlights shown as W3C Web Annotations (JSON-LD). The rows hold what the
 * table shows; the export reads the stored highlights, which carry the selectors.
 */
import type { NotebookRow } from '@shared/highlights/notebook-rows'
import { db } from '../../db'
import { useColorNames } from '../../db/useColorNames'
import { exportHighlightsJsonLd } from '../../host/exports/open-exports'
import { useHost } from '../../host/host-context'
import { useDocumentSummaries } from '../../host/useDocuments'

interface ExportJsonLdButtonProps {
  /** The rows shown (filters applied), in any order. */
  rows: readonly NotebookRow[]
}

export function ExportJsonLdButton({ rows }: ExportJsonLdButtonProps) {
  const host = useHost()
  const documents = useDocumentSummaries()
  const colorNames = useColorNames()
  return (
    <button
      type="button"
      className="button-quiet nb-export"
      title="Save the highlights shown as W3C Web Annotations (JSON-LD), for Hypothesis and other annotation tools"
      onClick={async () => {
        const records = await db.highlights.bulkGet(rows.map((row) => row.id))
        await exportHighlightsJsonLd(
          host,
          records.filter((h) => h !== undefined),
          documents.map((d) => d.meta),
          colorNames,
        )
      }}
    >
      Export JSON-LD
    </button>
  )
}
