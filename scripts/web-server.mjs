// @ts-check
/**
 * Serves the built web host (out/web) on 127.0.0.1 with Vite's static preview server.
 * Shared by `npm run start:web` and the offline fallback of `npm start`.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { build, preview } from 'vite'

export const WEB_OUT_DIR = resolve(process.env.CASEFILE_WEB_OUT ?? 'out/web')
const CONFIG_FILE = resolve('vite.web.config.ts')

/** Builds the web host into out/web, quietly. */
export async function buildWebHost() {
  await build({ configFile: CONFIG_FILE, configLoader: 'runner', logLevel: 'warn' })
}

/**
 * Starts the server and resolves to its URL. `PORT` picks the port (refusing to start
 * when it is taken); without it the first free port from 5183 is used.
 * @param {{ port?: number }} [options]
 */
export async function serveWebHost(options = {}) {
  if (!existsSync(resolve(WEB_OUT_DIR, 'index.html'))) await buildWebHost()
  const envPort = process.env.PORT ? Number(process.env.PORT) : undefined
  if (envPort !== undefined && !(Number.isInteger(envPort) && envPort > 0 && envPort < 65536)) {
    throw new Error(`PORT must be a port number between 1 and 65535, not “${process.env.PORT}”.`)
  }
  const port = options.port ?? envPort ?? 5183
  const server = await preview({
    configFile: CONFIG_FILE,
    configLoader: 'runner',
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port, strictPort: envPort !== undefined, open: false },
  })
  const address = server.httpServer.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return `http://127.0.0.1:${actualPort}/`
}
