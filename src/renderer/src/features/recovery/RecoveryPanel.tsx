/**
 * Shown in place of the error line when the database does not open: what happened, and a
 * button that saves the stored tables as they are (a raw copy, read without the upgraded
 * schema), so the analyst's work can leave the browser before anything else is tried.
 */
import { useState } from 'react'
import { DATABASE_NAME } from '../../db/database'
import type { OpenFailureKind } from '../../db/open-failure'
import { rawExportToJson, readRawDatabase } from '../../db/raw-export'
import { saveExport } from '../../host/exports/save-export'
import { useHost } from '../../host/host-context'

export interface RecoveryPanelProps {
  kind: OpenFailureKind
  message: string
}

const HEADINGS: Readonly<Record<OpenFailureKind, string>> = {
  newer: 'Your work was saved by a newer Casefile',
  'upgrade-failed': 'Your saved work could not be brought up to date',
  unavailable: 'Casefile cannot save work in this window',
  other: 'Your saved work could not be opened',
}

/** A raw copy's file name: the day it was made. */
export function rawCopyFileName(at: Date): string {
  return `casefile-raw-copy-${at.toISOString().slice(0, 10)}`
}

export function RecoveryPanel({ kind, message }: RecoveryPanelProps) {
  const host = useHost()
  const [busy, setBusy] = useState(false)
  const saveRawCopy = async () => {
    setBusy(true)
    const at = new Date()
    await saveExport(
      host,
      async () => rawExportToJson(await readRawDatabase(DATABASE_NAME)),
      { suggestedName: rawCopyFileName(at), format: 'json' },
      'The raw copy of your data',
    )
    setBusy(false)
  }
  return (
    <section className="banner banner-error" role="alert" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{HEADINGS[kind]}</h2>
      <p data-testid="database-failure">{message}</p>
      {kind !== 'unavailable' && (
        <p>
          <button type="button" disabled={busy} onClick={() => void saveRawCopy()}>
            Save a raw copy of your data
          </button>{' '}
          Every table as stored, as JSON: keep it safe before trying anything else.
        </p>
      )}
    </section>
  )
}
