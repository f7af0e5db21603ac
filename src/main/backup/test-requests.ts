/** Test support: the request the renderer sends for a backup text, built as it builds it. */
import type { RollingBackupWrite } from '../../shared/api'
import { countRows, type RequestedBackupKind } from '../../shared/backup/rolling-policy'
import { backupFingerprint } from './rolling-backups'

/** A backup's text holding `highlights` highlights (each a distinct row), made at `at`. */
export function backupText(highlights: number, at: Date, tag = ''): string {
  const rows = Array.from({ length: highlights }, (_, i) => ({ id: `h${i}${tag}` }))
  return JSON.stringify({ app: {}, createdAt: at.toISOString(), tables: { highlights: rows } })
}

/** The request for `content`: its rows per table and fingerprint, as the renderer sends. */
export function backupRequest(
  content: string,
  kind: RequestedBackupKind = 'daily',
  acceptSmaller = false,
): RollingBackupWrite {
  const parsed = JSON.parse(content) as { tables?: Record<string, unknown> }
  const counts = countRows(parsed.tables ?? {})
  return { content, kind, counts, fingerprint: backupFingerprint(content), acceptSmaller }
}
