/**
 * Asks the browser to keep the analyst's data (persistent storage) and reports usage.
 * Without persistence Chromium may evict IndexedDB when the disk runs low.
 */

export type PersistenceState = 'granted' | 'denied' | 'unsupported'

export interface StorageReport {
  persistence: PersistenceState
  /** Bytes used and available to this origin, or null when the browser will not say. */
  usage: number | null
  quota: number | null
}

/** Requests persistence once (idempotent in browsers) and reports the outcome. */
export async function requestPersistentStorage(
  storage: StorageManager | null = navigator.storage ?? null,
): Promise<PersistenceState> {
  if (!storage?.persist) return 'unsupported'
  try {
    if (await storage.persisted()) return 'granted'
    return (await storage.persist()) ? 'granted' : 'denied'
  } catch {
    return 'unsupported'
  }
}

/** The current persistence state and usage estimate, without asking for anything. */
export async function readStorageReport(
  storage: StorageManager | null = navigator.storage ?? null,
): Promise<StorageReport> {
  if (!storage) return { persistence: 'unsupported', usage: null, quota: null }
  const [persisted, estimate] = await Promise.all([
    storage.persisted?.().catch(() => null) ?? null,
    storage.estimate?.().catch(() => null) ?? null,
  ])
  return {
    persistence: persisted === null ? 'unsupported' : persisted ? 'granted' : 'denied',
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  }
}

/** Bytes for people: "0 B", "12.3 KB", "4.1 MB", "1.2 GB" (decimal units, as disks use). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  return unit === 0 ? `${value} ${units[0]}` : `${value.toFixed(1)} ${units[unit]}`
}
