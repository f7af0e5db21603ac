/** About / storage: what is running, and whether the analyst's data is safe from eviction. */
import type { AppInfo } from '@shared/api'
import { useEffect, useState, type Ref } from 'react'
import { useHost } from '../../host/host-context'
import { DATABASE_NAME } from '../../db/database'
import type { DatabaseStatus } from '../../db/useDatabaseStatus'
import {
  formatBytes,
  readStorageReport,
  type PersistenceState,
  type StorageReport,
} from '../../db/storage'
import { CloseDialogButton } from '../../ui/CloseDialogButton'

const PERSISTENCE_TEXT: Record<PersistenceState, string> = {
  granted: 'Persistent: the browser will not evict your work to free space.',
  denied:
    'Not persistent: the browser may clear your work if the disk runs low. Keep backups until it is granted.',
  unsupported: 'Unknown: this browser does not report whether storage is persistent.',
}

interface AboutDialogProps {
  ref: Ref<HTMLDialogElement>
  persistence: PersistenceState | null
  database: DatabaseStatus
}

export function AboutDialog({ ref, persistence, database }: AboutDialogProps) {
  const host = useHost()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [report, setReport] = useState<StorageReport | null>(null)

  const refresh = () => {
    void host.getAppInfo().then(setInfo)
    void readStorageReport().then(setReport)
  }
  useEffect(refresh, [host, persistence])

  const state = report?.persistence ?? persistence
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="about-title" onClose={refresh}>
      <h2 id="about-title">About Casefile</h2>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{info ? info.version : '…'}</dd>
        <dt>Running in</dt>
        <dd>
          {info
            ? `${info.host === 'electron' ? 'Desktop app' : 'Web host'} (${Object.entries(
                info.runtime,
              )
                .map(([name, version]) => `${name} ${version}`)
                .join(', ')})`
            : '…'}
        </dd>
        <dt>Database</dt>
        <dd data-testid="database-status">
          IndexedDB “{DATABASE_NAME}”:{' '}
          {database.state === 'open'
            ? `open, schema version ${database.version}`
            : database.state === 'opening'
              ? 'opening…'
              : `not available. ${database.message}`}
        </dd>
        <dt>Storage</dt>
        <dd data-testid="storage-persistence">{state ? PERSISTENCE_TEXT[state] : 'Checking…'}</dd>
        <dt>Space used</dt>
        <dd data-testid="storage-usage">
          {report?.usage != null
            ? `${formatBytes(report.usage)}${report.quota != null ? ` of ${formatBytes(report.quota)} available` : ''}`
            : 'Not reported by this browser'}
        </dd>
      </dl>
      <p className="dialog-note">
        Everything you create stays on this computer. Casefile makes no network requests.
      </p>
      <div className="dialog-actions">
        <CloseDialogButton className="button" autoFocus>
          Close
        </CloseDialogButton>
      </div>
    </dialog>
  )
}
