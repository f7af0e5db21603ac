/**
 * Backup and restore: save everything as one file, restore one (replacing everything or
 * merging, after saying exactly what will happen), the desktop app's automatic daily
 * backups, and erasing everything. A refused file is explained and changes nothing.
 */
import type { BackupProblem, RestoreMode } from '@shared/backup/backup-format'
import type { RollingBackup } from '@shared/api'
import { useCallback, useEffect, useState, type Ref } from 'react'
import { useHost } from '../../app/host-context'
import {
  eraseEverything,
  onAutomaticBackupKept,
  previewBackupRestore,
  runRestore,
  saveBackup,
  writeAutomaticBackup,
  type RestorePreview,
} from './backup-actions'
import { AutomaticBackups } from './AutomaticBackups'
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
  const [eraseProblem, setEraseProblem] = useState<string | null>(null)
  const [automatic, setAutomatic] = useState<RollingBackup[] | null>(null)
  const [fileKey, setFileKey] = useState(0)
  // The app's status line is behind the modal dialog, so outcomes are also said here.
  const [done, setDone] = useState<string | null>(null)

  const [inBrowser, setInBrowser] = useState(false)
  const [listProblem, setListProblem] = useState<string | null>(null)

  const refreshAutomatic = useCallback(
    () =>
      void host.listRollingBackups().then(
        (list) => {
          setAutomatic(list)
          setListProblem(null)
        },
        (error: unknown) =>
          setListProblem(
            `The automatic backups could not be listed: ${error instanceof Error ? error.message : String(error)}`,
          ),
      ),
    [host],
  )
  // The dialog stays mounted while closed: it follows every backup kept, not just the first.
  useEffect(() => {
    refreshAutomatic()
    return onAutomaticBackupKept(refreshAutomatic)
  }, [refreshAutomatic])
  useEffect(() => {
    void host.getAppInfo().then((info) => setInBrowser(info.host === 'web'))
  }, [host])

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
    setEraseProblem(null)
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
        <AutomaticBackups
          backups={automatic}
          problem={listProblem}
          inBrowser={inBrowser}
          busy={busy}
          onRestore={(b) =>
            void busyWhile(async () =>
              choose({ name: b.fileName, text: await host.readRollingBackup(b.fileName) }),
            )
          }
          onAcceptSmaller={() =>
            void busyWhile(async () => {
              if (await writeAutomaticBackup(host, true)) {
                setDone('Your work as it is now is today’s backup.')
              }
              refreshAutomatic()
            })
          }
        />
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
                    const restored = await runRestore(
                      host,
                      stage.preview.backup,
                      mode,
                      stage.chosen.name,
                    )
                    refreshAutomatic()
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
              Erase every highlight, note, claim, timeline and brief from this computer? A copy is
              kept first under Automatic backups (“Before erase”), so a restore can bring them back.
            </p>
            {eraseProblem && <p className="backup-erase-problem">{eraseProblem}</p>}
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
                    const { erased, said } = await eraseEverything(host)
                    refreshAutomatic()
                    if (erased) {
                      setConfirmErase(false)
                      setDone(said)
                    } else setEraseProblem(said)
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
