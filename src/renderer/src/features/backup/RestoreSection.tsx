/**
 * Restore from a file: replace or merge, the file, then either why it is refused or what
 * restoring it will do, in counts, before anything is written.
 */
import type { CasefileApi } from '@shared/api'
import type { BackupProblem } from '@shared/backup/backup-format'
import { runRestore } from './backup-actions'
import { readBackupFile } from './read-backup-file'
import type { RestoreFlow } from './useRestoreFlow'

function problemText(problem: BackupProblem | string): string {
  return typeof problem === 'string' ? problem : problem.message
}

interface Props {
  host: CasefileApi
  flow: RestoreFlow
  busy: boolean
  busyWhile: (work: () => Promise<void>) => Promise<void>
  /** A new key empties the file input (after a restore, a cancel or closing the dialog). */
  fileKey: number
  onChoosing: () => void
  onRestored: (said: string) => void
  onAttempted: () => void
}

export function RestoreSection(props: Props) {
  const { host, flow, busy, busyWhile } = props
  const { mode, stage } = flow
  return (
    <section aria-labelledby="backup-restore">
      <h3 id="backup-restore">Restore</h3>
      <fieldset className="backup-mode">
        <legend>How</legend>
        <label className="check">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'replace'}
            onChange={() => flow.changeMode('replace')}
          />
          Replace everything with the backup
        </label>
        <label className="check">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'merge'}
            onChange={() => flow.changeMode('merge')}
          />
          Merge: add what is missing, keep whichever version is newer
        </label>
      </fieldset>
      <label className="field">
        <span className="field-label">Backup file</span>
        <input
          key={props.fileKey}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (!file) return
            props.onChoosing()
            void busyWhile(async () => {
              const read = await readBackupFile(file)
              if (!read.ok) flow.refuse(file.name, [read.message])
              else await flow.choose({ name: file.name, text: read.text })
            })
          }}
        />
      </label>
      {stage.kind === 'refused' && (
        <div className="notice-error backup-problems" role="alert">
          <p>
            <strong>“{stage.name}” cannot be restored.</strong> Nothing was changed.
          </p>
          <ul>
            {stage.problems.slice(0, 20).map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {stage.kind === 'ready' && (
        <div className="backup-plan" aria-live="polite">
          <p>
            From <strong>{stage.chosen.name}</strong>:
          </p>
          <ul>
            {stage.preview.summary.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="button-quiet" onClick={flow.reset}>
              Cancel
            </button>
            <button
              type="button"
              className={mode === 'replace' ? 'button button-danger-solid' : 'button'}
              disabled={busy}
              onClick={() =>
                void busyWhile(async () => {
                  const { backup } = stage.preview
                  const restored = await runRestore(host, backup, mode, stage.chosen.name)
                  props.onAttempted()
                  if (restored.ok) props.onRestored(restored.said)
                  else flow.refuse(stage.chosen.name, restored.problems)
                })
              }
            >
              {mode === 'replace' ? 'Replace everything' : 'Merge'}
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
