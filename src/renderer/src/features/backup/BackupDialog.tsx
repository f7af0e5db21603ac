/**
 * Backup and restore: save everything as one file, the automatic backups, restore one
 * (replacing everything or merging, after saying exactly what will happen), and erasing
 * everything. A refused file is explained and changes nothing. Each section is its own
 * component; this one composes them and says outcomes (the app's status strip is behind
 * the modal dialog).
 */
import { useState, type Ref } from 'react'
import { useHost } from '../../host/host-context'
import { AutomaticBackups } from './AutomaticBackups'
import { saveBackup, writeAutomaticBackup } from './backup-actions'
import { EraseSection } from './EraseSection'
import { RestoreSection } from './RestoreSection'
import { useAutomaticBackupList } from './useAutomaticBackupList'
import { useRestoreFlow } from './useRestoreFlow'
import { CloseDialogButton } from '../../ui/CloseDialogButton'

export function BackupDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  const host = useHost()
  const flow = useRestoreFlow()
  const automatic = useAutomaticBackupList(host)
  const [busy, setBusy] = useState(false)
  // A new key resets the file input and the erase confirmation when the dialog closes.
  const [session, setSession] = useState(0)
  const [done, setDone] = useState<string | null>(null)

  const reset = () => {
    setDone(null)
    flow.reset()
    setSession((k) => k + 1)
  }
  const busyWhile = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide backup-dialog"
      aria-labelledby="backup-title"
      onClose={reset}
    >
      <h2 id="backup-title">Backup and restore</h2>

      <section aria-labelledby="backup-save">
        <h3 id="backup-save">Back up</h3>
        <p>
          One file with everything you made: highlights, notes, claims and their evidence,
          timelines, briefs and settings. Keep it somewhere safe.
        </p>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void busyWhile(async () => void (await saveBackup(host)))}
        >
          Save a backup…
        </button>
      </section>

      <section aria-labelledby="backup-auto">
        <h3 id="backup-auto">Automatic backups</h3>
        <AutomaticBackups
          backups={automatic.backups}
          problem={automatic.problem}
          inBrowser={automatic.inBrowser}
          busy={busy}
          onRestore={(b) =>
            void busyWhile(async () =>
              flow.choose({ name: b.fileName, text: await host.readRollingBackup(b.fileName) }),
            )
          }
          onAcceptSmaller={() =>
            void busyWhile(async () => {
              if (await writeAutomaticBackup(host, true)) {
                setDone('Your work as it is now is today’s backup.')
              }
            })
          }
        />
      </section>

      <RestoreSection
        host={host}
        flow={flow}
        busy={busy}
        busyWhile={busyWhile}
        fileKey={session}
        onChoosing={() => setDone(null)}
        onAttempted={automatic.refresh}
        onRestored={(said) => {
          reset()
          setDone(said)
        }}
      />

      <EraseSection
        key={session}
        host={host}
        busy={busy}
        busyWhile={busyWhile}
        onAttempted={automatic.refresh}
        onErased={setDone}
      />

      <p className="backup-done" role="status">
        {done}
      </p>
      <div className="dialog-actions">
        <CloseDialogButton>Close</CloseDialogButton>
      </div>
    </dialog>
  )
}
