/**
 * The desktop app's automatic backup: a while after start, then every hour the app stays
 * open, the main process replaces today's file (it keeps one a day, the last five). The
 * web host has no file system, so there the analyst saves backups by hand.
 */
import { useEffect } from 'react'
import { useHost } from '../../app/host-context'
import { writeAutomaticBackup } from './backup-actions'

const FIRST_AFTER_MS = 30_000
const EVERY_MS = 60 * 60 * 1000

export function useAutomaticBackup(databaseOpen: boolean): void {
  const host = useHost()
  useEffect(() => {
    if (!databaseOpen) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    void host.getAppInfo().then((info) => {
      if (stopped || info.host !== 'electron') return
      const run = () => {
        void writeAutomaticBackup(host).finally(() => {
          if (!stopped) timer = setTimeout(run, EVERY_MS)
        })
      }
      timer = setTimeout(run, FIRST_AFTER_MS)
    })
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [host, databaseOpen])
}
