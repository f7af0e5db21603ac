/**
 * The body of the `app://` protocol handler: a fetch Request in, a fetch Response out,
 * served from the built renderer folder. No Electron here, so it runs under vitest.
 */
// Called through the module object, never as bare named imports: Electron makes these
// functions read inside app.asar (where a packaged renderer lives) by replacing them on
// that object at start-up.
import fsp from 'node:fs/promises'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import { contentTypeFor } from './content-type'
import { isStrictlyInside, resolveBundlePath } from './resolve-bundle-path'

/** Headers every app:// response carries, success or not. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The bundle on disk is the truth; a stale cached script after an update is a bug.
  'Cache-Control': 'no-cache',
}

/**
 * Answers one app:// request from `rootDir`. GET and HEAD only (405 otherwise). Paths
 * that `resolveBundlePath` refuses, that do not exist, that are not regular files, or
 * whose real location (symbolic links followed, by `realpath`) is not inside the real
 * root folder get 404: a link planted in the bundle cannot serve a file from elsewhere.
 * There is no fallback to index.html, so the renderer must route inside the page (hash
 * or memory history), not by URL path. Never throws.
 */
export async function serveBundleRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' })
  }
  const filePath = resolveBundlePath(rootDir, request.url)
  if (filePath === null) return plain(404, 'Not found')
  try {
    const [realRoot, realFile] = await Promise.all([fsp.realpath(rootDir), fsp.realpath(filePath)])
    if (!isStrictlyInside(realRoot, realFile)) return plain(404, 'Not found')
    const info = await fsp.stat(realFile)
    if (!info.isFile()) return plain(404, 'Not found')
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(filePath),
      'Content-Length': String(info.size),
    }
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers })
    const body = new Uint8Array(await fsp.readFile(realFile))
    return new Response(body, { status: 200, headers })
  } catch (error) {
    if (isMissing(error)) return plain(404, 'Not found')
    return plain(500, 'Could not read the file')
  }
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  })
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  // ELOOP: a link that points at itself, or a cycle of links.
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ELOOP'
}
