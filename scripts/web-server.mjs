// @ts-check
/**
 * Serves the built web host (out/web) on 127.0.0.1 with Vite's static preview server.
 * Shared by `npm run start:web` and the offline fallback of `npm start`.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { build, preview } from 'vite'

export const WEB_OUT_DIR = resolve(process.env.CASEFILE_WEB_OUT ?? 'out/web')
const CONFIG_FILE = resolve('vite.web.config.ts')

/** Builds the web host into out/web, quietly. */
export async function buildWebHost() {
  await build({ configFile: CONFIG_FILE, configLoader: 'runner', logLevel: 'warn' })
}

/** The one port the web host uses unless PORT says otherwise. */
export const DEFAULT_PORT = 5183

/**
 * The web host's address. Always 127.0.0.1, never `localhost`: the browser keeps a site's
 * IndexedDB per origin, and the two names are two origins, so work saved under one would
 * look lost under the other.
 * @param {number} port
 */
export function webHostUrl(port) {
  return `http://127.0.0.1:${port}/`
}

/**
 * Whether `port` on 127.0.0.1 can be listened on right now.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function portIsFree(port) {
  return new Promise((resolvePort) => {
    const probe = createServer()
    probe.once('error', () => resolvePort(false))
    probe.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      probe.close(() => resolvePort(true))
    })
  })
}

/**
 * Whether what answers on `port` is a Casefile web host: its page is titled Casefile and
 * it serves the corpus index. Asked of this machine only, and given up after 2 seconds.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export async function isCasefileAt(port) {
  const get = async (/** @type {string} */ path) => {
    const response = await fetch(new URL(path, webHostUrl(port)), {
      signal: AbortSignal.timeout(2000),
    })
    return response.ok ? response.text() : null
  }
  try {
    const [page, index] = await Promise.all([get('./'), get('./corpus/index.json')])
    return Boolean(page?.includes('<title>Casefile</title>') && index?.trimStart().startsWith('['))
  } catch {
    return false
  }
}

/**
 * Why the web host cannot start on `port`, in one line, or null when it can. A taken port
 * is never swapped for another: another port is another origin, with an empty database.
 * @param {number} port
 * @param {boolean} chosen whether the analyst chose the port with PORT
 */
export async function portProblem(port, chosen) {
  if (await portIsFree(port)) return null
  if (await isCasefileAt(port)) {
    return `Casefile is already running at ${webHostUrl(port)}: open that address (your work is there).`
  }
  const choose = chosen
    ? 'Choose another with PORT.'
    : `Stop that program, or choose another port with PORT (work saved at one port is not seen at another: the browser keeps it per address).`
  return `Port ${port} on 127.0.0.1 is in use by another program. ${choose}`
}

/**
 * Starts the server and resolves to its URL. `PORT` picks the port, else 5183; either
 * way a taken port is refused with one line saying why (see `portProblem`).
 * @param {{ port?: number }} [options]
 */
export async function serveWebHost(options = {}) {
  const envPort = process.env.PORT ? Number(process.env.PORT) : undefined
  if (envPort !== undefined && !(Number.isInteger(envPort) && envPort > 0 && envPort < 65536)) {
    throw new Error(`PORT must be a port number between 1 and 65535, not “${process.env.PORT}”.`)
  }
  const port = options.port ?? envPort ?? DEFAULT_PORT
  const problem = await portProblem(port, options.port !== undefined || envPort !== undefined)
  if (problem) throw new Error(problem)
  if (!existsSync(resolve(WEB_OUT_DIR, 'index.html'))) await buildWebHost()
  await preview({
    configFile: CONFIG_FILE,
    configLoader: 'runner',
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  })
  return webHostUrl(port)
}
