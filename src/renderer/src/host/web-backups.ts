/**
 * The web host's automatic backups: the same rule as the desktop app's files
 * (shared/backup/rolling-policy.ts), kept in a second IndexedDB database, `casefile-backups`,
 * that erasing or restoring the workspace never touches. It shares the browser's storage
 * with the workspace, so it guards against a wrong Replace or Erase, not against the browser
 * clearing the site's data: a backup saved by hand does that.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie'
import {
  HostError,
  type RollingBackup,
  type RollingBackupWrite,
  type RollingBackupWritten,
} from '@shared/api'
import { rollingBackupNameSchema, rollingBackupWriteSchema } from '@shared/api-schemas'
import { listNewestFirst, planRollingWrite, type RollingEntry } from '@shared/backup/rolling-policy'
import { utf8ByteLength } from '@shared/file-size'
import { isQuotaExceeded } from '../db/storage-errors'

interface StoredEntry extends RollingEntry {
  bytes: number
}

interface StoredContent {
  fileName: string
  content: string
}

/** The backups database: entries apart from contents, so a listing reads no backup. */
class BackupsDatabase extends Dexie {
  entries!: Table<StoredEntry, string>
  contents!: Table<StoredContent, string>
  constructor(name: string, options?: DexieOptions) {
    super(name, options)
    this.version(1).stores({ entries: 'fileName', contents: 'fileName' })
  }
}

/** The automatic backups the web host keeps. */
export interface WebBackupStore {
  write(request: RollingBackupWrite): Promise<RollingBackupWritten>
  list(): Promise<RollingBackup[]>
  read(fileName: string): Promise<string>
}

const newestFirst = (entries: StoredEntry[]): RollingBackup[] => listNewestFirst(entries)

function storageProblem(error: unknown): HostError {
  return new HostError(
    'internal',
    isQuotaExceeded(error)
      ? 'The automatic backup could not be kept: the browser has no storage space left for this site. Your work is still in Casefile; save a backup to a file to be safe.'
      : `The automatic backup could not be kept (${error instanceof Error ? error.message : String(error)}). Your work is still in Casefile; save a backup to a file to be safe.`,
  )
}

/**
 * Opens (lazily) the backups database `name`. `now` dates the backups; the options let
 * tests run it on fake-indexeddb.
 */
export function createWebBackupStore(
  name = 'casefile-backups',
  options?: DexieOptions,
  now: () => Date = () => new Date(),
): WebBackupStore {
  const db = new BackupsDatabase(name, options)
  return {
    async write(request) {
      // The same checks as the desktop app's channel, so a backup kept here is kept there.
      const parsed = rollingBackupWriteSchema.safeParse(request)
      if (!parsed.success) {
        const problem = parsed.error.issues[0]?.message ?? 'the request was not valid'
        throw new HostError('invalid-input', `The automatic backup was not kept: ${problem}.`)
      }
      const { content, ...asked } = parsed.data
      const at = now()
      try {
        return await db.transaction('rw', db.entries, db.contents, async () => {
          const entries = await db.entries.toArray()
          const plan = planRollingWrite(entries, asked, at)
          if (plan.action === 'skip') {
            return { outcome: 'unchanged', fileName: plan.same, kept: newestFirst(entries) }
          }
          const entry: StoredEntry = {
            fileName: plan.fileName,
            kind: plan.kind,
            createdAt: at.getTime(),
            counts: asked.counts,
            fingerprint: asked.fingerprint,
            bytes: utf8ByteLength(content),
          }
          if (plan.preserve) {
            const { from, to } = plan.preserve
            const [oldEntry, oldContent] = await Promise.all([
              db.entries.get(from),
              db.contents.get(from),
            ])
            if (oldEntry && oldContent) {
              await db.entries.put({ ...oldEntry, fileName: to, kind: 'before-accept' })
              await db.contents.put({ fileName: to, content: oldContent.content })
            }
          }
          await db.contents.put({ fileName: plan.fileName, content })
          await db.entries.put(entry)
          await db.contents.bulkDelete(plan.prune)
          await db.entries.bulkDelete(plan.prune)
          const kept = await db.entries.toArray()
          return {
            outcome: plan.kind === 'smaller' ? 'smaller' : 'written',
            fileName: plan.fileName,
            kept: newestFirst(kept),
          } satisfies RollingBackupWritten
        })
      } catch (error) {
        if (error instanceof HostError) throw error
        throw storageProblem(error)
      }
    },
    async list() {
      return newestFirst(await db.entries.toArray())
    },
    async read(fileName) {
      if (!rollingBackupNameSchema.safeParse(fileName).success) {
        throw new HostError(
          'invalid-input',
          `“${fileName}” is not the name of an automatic backup.`,
        )
      }
      const stored = await db.contents.get(fileName)
      if (!stored) {
        throw new HostError(
          'not-found',
          `There is no automatic backup named “${fileName}” any more: older ones are removed as newer ones are kept.`,
        )
      }
      return stored.content
    },
  }
}
