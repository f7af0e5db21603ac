/**
 * The restore flow's state: how (replace or merge), and where it stands (nothing chosen,
 * a file refused with its problems, or a file read with the plan for it). Choosing the
 * other mode plans the chosen file again.
 */
import type { BackupProblem, RestoreMode } from '@shared/backup/backup-format'
import { useState } from 'react'
import { previewBackupRestore, type RestorePreview } from './backup-actions'

/** A backup file chosen to restore: its name and text. */
export interface ChosenBackup {
  name: string
  text: string
}

export type RestoreStage =
  | { kind: 'idle' }
  | { kind: 'refused'; name: string; problems: readonly (BackupProblem | string)[] }
  | { kind: 'ready'; chosen: ChosenBackup; preview: Extract<RestorePreview, { ok: true }> }

export interface RestoreFlow {
  mode: RestoreMode
  stage: RestoreStage
  /** Reads and plans `chosen` in the current (or the given) mode. */
  choose: (chosen: ChosenBackup, nextMode?: RestoreMode) => Promise<void>
  changeMode: (mode: RestoreMode) => void
  refuse: (name: string, problems: readonly (BackupProblem | string)[]) => void
  reset: () => void
}

export function useRestoreFlow(): RestoreFlow {
  const [mode, setMode] = useState<RestoreMode>('replace')
  const [stage, setStage] = useState<RestoreStage>({ kind: 'idle' })
  const choose = async (chosen: ChosenBackup, nextMode = mode) => {
    const preview = await previewBackupRestore(chosen.text, nextMode)
    setStage(
      preview.ok
        ? { kind: 'ready', chosen, preview }
        : { kind: 'refused', name: chosen.name, problems: preview.problems },
    )
  }
  return {
    mode,
    stage,
    choose,
    changeMode: (next) => {
      setMode(next)
      if (stage.kind === 'ready') void choose(stage.chosen, next)
    },
    refuse: (name, problems) => setStage({ kind: 'refused', name, problems }),
    reset: () => setStage({ kind: 'idle' }),
  }
}
