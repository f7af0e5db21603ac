/**
 * The automatic backup: a while after start, then every hour the app stays open, the host
 * keeps the day's backup by the rolling rule (shared/backup/rolling-policy.ts): files in the
 * desktop app's data folder, a second IndexedDB database in the web host.
 */
import { useEffect } from 'react'
import { useHost } from '../../host/host-context'
import { writeAutomaticBackup } from './backup-actions'

const FIRST_AFTER_MS = 30_000
const EVERY_MS = 60 * 60 * 1000

export function useAutomaticBackup(databaseOpen: boolean): void {
  const host = useHost()
  useEffect(() => {
    if (!databaseOpen) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const run = () => {
      void writeAutomaticBackup(host).finally(() => {
        if (!stopped) timer = setTimeout(run, EVERY_MS)
      })
    }
    timer = setTimeout(run, FIRST_AFTER_MS)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [host, databaseOpen])
}
