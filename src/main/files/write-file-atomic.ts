/**
 * Writes a file so that readers see either the old content or the whole new content,
 * never a half-written file: write a temporary file beside it, flush it, rename it over.
 */
import { randomUUID } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `content` as UTF-8 to `path`, replacing any file there only once the new bytes
 * are on disk. The temporary file sits in the same folder (a rename across disks would
 * not be atomic) and is named `.<name>.<uuid>.tmp`; it is removed when anything fails,
 * and the error is rethrown with the original file untouched.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`)
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
