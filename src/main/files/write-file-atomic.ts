/**
 * Writes a file so that readers see either the old content or the whole new content,
 * never a half-written file: write a temporary file beside it, flush it, rename it over.
 */
import { randomUUID } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

const TEMPORARY_NAME = /^\.(.+)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/

/**
 * The name of the file a temporary file called `fileName` was written for, or null when
 * `fileName` is not one of `writeFileAtomic`'s temporary files. A crash between the write
 * and the rename leaves one behind; this lets a folder's owner recognise and remove it.
 */
export function atomicWriteTarget(fileName: string): string | null {
  return TEMPORARY_NAME.exec(fileName)?.[1] ?? null
}

/** A fresh temporary path beside `path`, unique to one write. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`)
}

/**
 * Writes `content` as UTF-8 to `path`, replacing any file there only once the new bytes
 * are on disk. The temporary file sits in the same folder (a rename across disks would
 * not be atomic) and is named `.<name>.<uuid>.tmp`; it is removed when anything fails,
 * and the error is rethrown with the original file untouched.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temporary = temporaryPathFor(path)
  try {
    const handle = await open(temporary, 'wx')
    try {
      await handle.writeFile(content, 'utf8')
      // Without the flush a crash after the rename could leave an empty file behind.
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
