/** Where the Electron binary is installed, or null: it is fetched on first run and may be absent. */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export function electronBinaryPath(): string | null {
  const require = createRequire(import.meta.url)
  const dir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = join(dir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(executable) ? executable : null
}
