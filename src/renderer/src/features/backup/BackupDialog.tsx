/**
 * Backup and restore: save everything as one file, restore one (replacing everything or
 * merging, after saying exactly what will happen), the desktop app's automatic daily
 * backups, and erasing everything. A refused file is explained and changes nothing.
 */
import type { BackupProblem, RestoreMode } from '@shared/backup/backup-format'
import type { RollingBackup } from '@shared/api'
import { useEffect, useState, type Ref } from 'react'
import { useHost } from '../../app/host-context'
import {
  eraseEverything,
  previewBackupRestore,
  runRestore,
  saveBackup,
  type RestorePreview,
} from './backup-actions'
import { readBackupFile } from './read-backup-file'

interface Chosen {
  name: string
  text: string
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'refused'; name: string; problems: readonly (BackupProblem | string)[] }
  | { kind: 'ready'; chosen: Chosen; preview: Extract<RestorePreview, { ok: true }> }

function problemText(problem: BackupProblem | string): string {
  return typeof problem === 'string' ? problem : problem.message
}

export function BackupDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  const host = useHost()
  const [mode, setMode] = useState<RestoreMode>('replace')
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const [busy, setBusy] = useState(false)
  const [confirmErase, setConfirmErase] = useState(false)
  const [automatic, setAutomatic] = useState<RollingBackup[] | null>(null)
  const [fileKey, setFileKey] = useState(0)
  // The app's status line is behind the modal dialog, so outcomes are also said here.
  const [done, setDone] = useState<string | null>(null)

  const refreshAutomatic = () =>
    void host.listRollingBackups().then(setAutomatic, () => setAutomatic([]))
  useEffect(refreshAutomatic, [host])

  const choose = async (chosen: Chosen, nextMode = mode) => {
    const preview = await previewBackupRestore(chosen.text, nextMode)
    setStage(
      preview.ok
        ? { kind: 'ready', chosen, preview }
        : { kind: 'refused', name: chosen.name, problems: preview.problems },
    )
  }
  const reset = () => {
    setDone(null)
    setStage({ kind: 'idle' })
    setConfirmErase(false)
    setFileKey((k) => k + 1)
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
        {automatic === null ? (
          <p>Checking…</p>
        ) : automatic.length === 0 ? (
          <p>
            The desktop app keeps a backup of each day you work (the last five) in its data folder.
            In the browser there are none: save a backup yourself now and then.
          </p>
        ) : (
          <ul className="backup-auto-list">
            {automatic.map((b) => (
              <li key={b.fileName}>
                <span>
                  {b.date} <span className="count">({(b.bytes / 1024).toFixed(0)} KB)</span>
                </span>
                <button
                  type="button"
                  className="button-quiet"
                  disabled={busy}
                  onClick={() =>
                    void busyWhile(async () =>
                      choose({ name: b.fileName, text: await host.readRollingBackup(b.fileName) }),
                    )
                  }
                >
                  Restore…
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="backup-restore">
        <h3 id="backup-restore">Restore</h3>
        <fieldset className="backup-mode">
          <legend>How</legend>
          <label className="check">
            <input
              type="radio"
              name="restore-mode"
              checked={mode === 'replace'}
              onChange={() => {
                setMode('replace')
                if (stage.kind === 'ready') void choose(stage.chosen, 'replace')
              }}
            />
            Replace everything with the backup
          </label>
          <label className="check">
            <input
              type="radio"
              name="restore-mode"
              checked={mode === 'merge'}
              onChange={() => {
                setMode('merge')
                if (stage.kind === 'ready') void choose(stage.chosen, 'merge')
              }}
            />
            Merge: add what is missing, keep whichever version is newer
          </label>
        </fieldset>
        <label className="field">
          <span className="field-label">Backup file</span>
          <input
            key={fileKey}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0]
              if (!file) return
              setDone(null)
              void busyWhile(async () => {
                const read = await readBackupFile(file)
                if (!read.ok)
                  setStage({ kind: 'refused', name: file.name, problems: [read.message] })
                else await choose({ name: file.name, text: read.text })
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
              <button type="button" className="button-quiet" onClick={reset}>
                Cancel
              </button>
              <button
                type="button"
                className={mode === 'replace' ? 'button button-danger-solid' : 'button'}
                disabled={busy}
                onClick={() =>
                  void busyWhile(async () => {
                    const restored = await runRestore(stage.preview.backup, mode, stage.chosen.name)
                    if (restored.ok) {
                      reset()
                      setDone(restored.said)
                    } else {
                      setStage({
                        kind: 'refused',
                        name: stage.chosen.name,
                        problems: restored.problems,
                      })
                    }
                  })
                }
              >
                {mode === 'replace' ? 'Replace everything' : 'Merge'}
              </button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="backup-erase">
        <h3 id="backup-erase">Erase everything</h3>
        {!confirmErase ? (
          <button
            type="button"
            className="button-quiet button-danger"
            onClick={() => setConfirmErase(true)}
          >
            Erase everything…
          </button>
        ) : (
          <div className="notice-error" role="alert">
            <p>
              Erase every highlight, note, claim, timeline and brief from this computer? Only a
              backup can bring them back.
            </p>
            <div className="dialog-actions">
              <button type="button" className="button-quiet" onClick={() => setConfirmErase(false)}>
                Keep my work
              </button>
              <button
                type="button"
                className="button button-danger-solid"
                disabled={busy}
                onClick={() =>
                  void busyWhile(async () => {
                    const said = await eraseEverything()
                    if (said) {
                      setConfirmErase(false)
                      setDone(said)
                    }
                  })
                }
              >
                Erase everything
              </button>
            </div>
          </div>
        )}
      </section>

      <p className="backup-done" role="status">
        {done}
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button-quiet"
          onClick={(event) => event.currentTarget.closest('dialog')?.close()}
        >
          Close
        </button>
      </div>
    </dialog>
  )
}
