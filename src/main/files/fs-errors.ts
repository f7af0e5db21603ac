/** Reading node:fs errors: their codes, and plain words for the ones an analyst can fix. */

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'Casefile is not allowed to write in that folder',
  EPERM: 'Casefile is not allowed to write in that folder',
  EROFS: 'that disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'a folder has that name',
  ENOENT: 'that folder no longer exists',
  ENOTDIR: 'part of that path is a file, not a folder',
  ENAMETOOLONG: 'the name or path is too long',
  EBUSY: 'another program is using the file',
}

/** The `code` of a node:fs error (ENOENT, EACCES…), or null for anything else. */
export function errorCode(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : null
}

/**
 * Why a write failed, in plain words, or null when the error is not one of the known
 * file-system codes (the caller then lets it surface as unexpected).
 */
export function describeWriteError(error: unknown): string | null {
  const code = errorCode(error)
  return code === null ? null : (REASONS[code] ?? null)
}
