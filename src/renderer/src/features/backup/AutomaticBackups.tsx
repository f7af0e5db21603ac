/**
 * The automatic backups, newest first, each with its kind, time and size in items, and a
 * notice when the newest was kept beside the others because it holds markedly less (with
 * the way to accept it as the day's backup).
 */
import type { RollingBackup } from '@shared/api'
import {
  formatBackupTime,
  ROLLING_KIND_LABELS,
  smallerBackupNotice,
  workItems,
} from '@shared/backup/rolling-policy'
import { fileSizeText } from '@shared/file-size'

function itemsText(backup: RollingBackup): string {
  if (backup.counts === null) return 'items not known'
  const items = workItems(backup.counts)
  return `${items.toLocaleString('en-GB')} ${items === 1 ? 'item' : 'items'}`
}

interface Props {
  backups: readonly RollingBackup[] | null
  /** Why they could not be listed (never shown as "none"). */
  problem: string | null
  /** In the web host they share the browser's storage with the work they back up. */
  inBrowser: boolean
  busy: boolean
  onRestore: (backup: RollingBackup) => void
  onAcceptSmaller: () => void
}

export function AutomaticBackups({
  backups,
  problem,
  inBrowser,
  busy,
  onRestore,
  onAcceptSmaller,
}: Props) {
  if (problem) return <p className="notice-error">{problem}</p>
  if (backups === null) return <p>Checking…</p>
  const notice = smallerBackupNotice(backups)
  return (
    <>
      <p>
        Casefile keeps a backup of each of the last five days you work, and a copy of your work
        before every restore, merge or erase. A backup that holds much less than the one before
        never replaces or removes the others.
        {inBrowser &&
          ' In the browser they are kept in the browser’s own storage: they undo a wrong restore or erase, but not the browser clearing this site’s data, so save a backup to a file now and then.'}
      </p>
      {notice && (
        <div className="notice-warning backup-smaller" role="note">
          <p>{notice}</p>
          <button type="button" className="button" disabled={busy} onClick={onAcceptSmaller}>
            Keep the smaller one as today’s backup
          </button>
        </div>
      )}
      {backups.length === 0 ? (
        <p className="backup-none">None yet: the first is made shortly after you start working.</p>
      ) : (
        <ul className="backup-auto-list">
          {backups.map((b) => (
            <li key={b.fileName}>
              <span className="backup-auto-what">
                <span className={`backup-kind backup-kind-${b.kind}`}>
                  {ROLLING_KIND_LABELS[b.kind]}
                </span>{' '}
                {formatBackupTime(b.createdAt)}{' '}
                <span className="count">
                  ({itemsText(b)}, {fileSizeText(b.bytes)})
                </span>
              </span>
              <button
                type="button"
                className="button-quiet"
                disabled={busy}
                aria-label={`Restore ${ROLLING_KIND_LABELS[b.kind].toLowerCase()} backup of ${formatBackupTime(b.createdAt)}…`}
                onClick={() => onRestore(b)}
              >
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
