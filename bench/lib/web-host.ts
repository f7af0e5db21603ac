/**
 * Starts the built web host for browser benchmarks: builds out/web first when it is
 * missing or older than its sources, then runs `node scripts/serve-web.mjs` on a free
 * port of 127.0.0.1 as a child process, and stops it again. `CASEFILE_WEB_OUT` moves the
 * build (as it does for vite.web.config.ts and scripts/web-server.mjs, which the build and
 * the server inherit it through), so a benchmark run need not overwrite the out/web that
 * e2e tests are using.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, relative, resolve } from 'node:path'

/** A running web host. */
export interface WebHost {
  /** Base URL of the app, ending in a slash. */
  url: string
  /** Stops the server process (only the one this module started). */
  stop(): Promise<void>
}

const ROOT = resolve(import.meta.dirname, '../..')
/** The web build's folder: `CASEFILE_WEB_OUT` (relative to the repository) or out/web. */
export const WEB_OUT_DIR = resolve(ROOT, process.env.CASEFILE_WEB_OUT ?? 'out/web')
const BUILT_INDEX = join(WEB_OUT_DIR, 'index.html')
const SOURCES = ['src/renderer', 'src/shared', 'resources/corpus', 'vite.web.config.ts']

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** True when the web build is missing or a source file changed after it was built. */
export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true
  const built = statSync(BUILT_INDEX).mtimeMs
  return SOURCES.some((source) => {
    const path = join(ROOT, source)
    return existsSync(path) && newestMtime(path) > built
  })
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${command} ${args.join(' ')}: exit ${code}`)),
    )
  })
}

/** Runs `npm run build:web`; rejects if the build fails. */
export function buildWeb(): Promise<void> {
  return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:web'])
}

/** A port of 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolvePromise(port))
    })
  })
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) resolvePromise()
    else child.once('exit', () => resolvePromise())
  })
}

/**
 * Builds when needed (`forceBuild` rebuilds anyway), starts the server and resolves once
 * it answers `corpus/index.json`. Rejects with the server's output if it exits or does not
 * answer within `timeoutMs`.
 */
export async function startWebHost(
  options: { forceBuild?: boolean; log?: (line: string) => void; timeoutMs?: number } = {},
): Promise<WebHost> {
  const { forceBuild = false, log = console.log, timeoutMs = 60_000 } = options
  if (forceBuild || webBuildIsStale()) {
    const inside = relative(ROOT, WEB_OUT_DIR)
    const out = inside && !inside.startsWith('..') ? inside : WEB_OUT_DIR
    log(forceBuild ? `web host: building ${out}` : `web host: ${out} is missing or stale, building`)
    await buildWeb()
  }
  const port = await freePort()
  const child = spawn(process.execPath, ['scripts/serve-web.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}/`
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited(child)
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The web host exited (code ${child.exitCode}):\n${output}`)
    }
    try {
      const response = await fetch(`${url}corpus/index.json`)
      if (response.ok) return { url, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  await stop()
  throw new Error(`The web host did not answer on ${url} within ${timeoutMs} ms:\n${output}`)
}
