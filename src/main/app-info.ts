/** The facts the About and storage panels show about the running Electron app. */
import type { AppInfo } from '../shared/api'

/**
 * AppInfo for the Electron host. `versions` is `process.versions`; only the electron,
 * chrome and node entries are reported, and any that is missing (as under plain Node in
 * tests, where there is no electron or chrome) is left out rather than sent as undefined.
 */
export function buildAppInfo(
  version: string,
  versions: Readonly<Record<string, string | undefined>>,
): AppInfo {
  const runtime: Record<string, string> = {}
  for (const key of ['electron', 'chrome', 'node'] as const) {
    const value = versions[key]
    if (value) runtime[key] = value
  }
  return { name: 'Casefile', version, host: 'electron', runtime }
}
