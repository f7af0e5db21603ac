// @ts-check
/**
 * `npm start`: builds and opens the Electron app. Where the Electron binary cannot be had
 * (it is downloaded on first run, and this machine may be offline) it says so in one line
 * and serves the same workbench as the web host instead: never a hang or a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { buildWebHost, DEFAULT_PORT, portProblem, serveWebHost } from './web-server.mjs'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))

/** The Electron executable if it is installed, else null. */
function installedElectron() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(executable) ? executable : null
}

/** Tries the first-run download once, bounded in time, without printing its output. */
function downloadElectron() {
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 180_000,
  })
  return installedElectron()
}

/** @param {string} executable */
async function runElectron(executable) {
  const build = spawnSync(
    process.execPath,
    [require.resolve('electron-vite/bin/electron-vite.js'), 'build'],
    {
      stdio: 'inherit',
    },
  )
  if (build.status !== 0) process.exit(build.status ?? 1)
  const child = spawn(executable, [resolve('.')], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}

async function runWebFallback() {
  console.log(
    'Casefile: the Electron binary is not available here (it could not be downloaded), so the same workbench is served to your browser instead.',
  )
  // A taken port is said before a build that would be wasted.
  const problem = await portProblem(
    Number(process.env.PORT ?? DEFAULT_PORT),
    Boolean(process.env.PORT),
  )
  if (problem) throw new Error(problem)
  await buildWebHost()
  const url = await serveWebHost()
  console.log(`Open ${url} in Chromium, Chrome, Edge or Firefox. Press Ctrl+C to stop.`)
}

try {
  const executable = installedElectron() ?? downloadElectron()
  if (executable) await runElectron(executable)
  else await runWebFallback()
} catch (error) {
  console.error(error instanceof Error ? error.message : `Casefile could not start: ${error}`)
  process.exit(1)
}
