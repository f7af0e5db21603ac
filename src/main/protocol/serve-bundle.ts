/**
 * The body of the `app://` protocol handler: a fetch Request in, a fetch Response out,
 * served from the built renderer folder. No Electron here, so it runs under vitest.
 */
import { readFile, stat } from 'node:fs/promises'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import { contentTypeFor } from './content-type'
import { resolveBundlePath } from './resolve-bundle-path'

/** Headers every app:// response carries, success or not. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The bundle on disk is the truth; a stale cached script after an update is a bug.
  'Cache-Control': 'no-cache',
}

/**
 * Answers one app:// request from `rootDir`. GET and HEAD only (405 otherwise). Paths
 * that `resolveBundlePath` refuses, that do not exist or that are not regular files get
 * 404: there is no fallback to index.html, so the renderer must route inside the page
 * (hash or memory history), not by URL path. Never throws.
 */
export async function serveBundleRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' })
  }
  const filePath = resolveBundlePath(rootDir, request.url)
  if (filePath === null) return plain(404, 'Not found')
  try {
    const info = await stat(filePath)
    if (!info.isFile()) return plain(404, 'Not found')
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(filePath),
      'Content-Length': String(info.size),
    }
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers })
    const body = new Uint8Array(await readFile(filePath))
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
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR'
}
