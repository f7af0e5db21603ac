/**
 * Maps an `app://casefile/...` request to a file inside the built renderer folder, and
 * refuses everything that could reach outside it.
 */
import { isAbsolute, join, relative, resolve } from 'node:path'
import { isAppUrl, parseUrl } from './app-origin'

/** The file served for the origin's root (`app://casefile/` or `app://casefile`). */
export const INDEX_FILE = 'index.html'

/**
 * The absolute path of the file `requestUrl` names inside `rootDir`, or null when the
 * request must be refused: another scheme or host (or a port or credentials), an
 * undecodable percent-escape, or any path segment that is empty, `.` or `..` after
 * decoding (so `%2e%2e` and `..%2f` are caught too), or that contains `/`, `\`, `:` or
 * NUL (an escape, a Windows drive or an alternate data stream). The root maps to
 * index.html; query and fragment are ignored. It does not touch the disk: whether the
 * file exists is the caller's question.
 */
export function resolveBundlePath(rootDir: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl)
  if (!url || !isAppUrl(url)) return null

  const pathname = url.pathname === '' ? '/' : url.pathname
  if (!pathname.startsWith('/')) return null
  if (pathname === '/') return join(resolve(rootDir), INDEX_FILE)

  const segments: string[] = []
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (!isSafeSegment(segment)) return null
    segments.push(segment)
  }

  const root = resolve(rootDir)
  const candidate = resolve(root, ...segments)
  // Belt and braces: whatever the segment rules missed, the result must stay below root.
  return isStrictlyInside(root, candidate) ? candidate : null
}

/**
 * True when `candidate` lies below `root` (not `root` itself), both absolute. Compared
 * with path.relative, so on Windows the comparison ignores case as the file system does,
 * and a sibling that merely starts with root's name (`/srv/renderer-old`) is outside.
 */
export function isStrictlyInside(root: string, candidate: string): boolean {
  const inside = relative(root, candidate)
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)
}

function isSafeSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false
  return !/[/\\:\0]/.test(segment)
}
