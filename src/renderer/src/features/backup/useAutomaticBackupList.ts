/**
 * The automatic backups as the Backup dialog shows them, kept current: the dialog stays
 * mounted while closed, so it follows every backup kept, not just the first. A listing
 * that fails is said, never shown as "none".
 */
import type { CasefileApi, RollingBackup } from '@shared/api'
import { useCallback, useEffect, useState } from 'react'
import { onAutomaticBackupKept } from './backup-actions'

export interface AutomaticBackupList {
  backups: RollingBackup[] | null
  problem: string | null
  /** In the web host they share the browser's storage with the work. */
  inBrowser: boolean
  refresh: () => void
}

export function useAutomaticBackupList(host: CasefileApi): AutomaticBackupList {
  const [backups, setBackups] = useState<RollingBackup[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [inBrowser, setInBrowser] = useState(false)
  const refresh = useCallback(
    () =>
      void host.listRollingBackups().then(
        (list) => {
          setBackups(list)
          setProblem(null)
        },
        (error: unknown) =>
          setProblem(
            `The automatic backups could not be listed: ${error instanceof Error ? error.message : String(error)}`,
          ),
      ),
    [host],
  )
  useEffect(() => {
    refresh()
    return onAutomaticBackupKept(refresh)
  }, [refresh])
  useEffect(() => {
    void host.getAppInfo().then((info) => setInBrowser(info.host === 'web'))
  }, [host])
  return { backups, problem, inBrowser, refresh }
}
