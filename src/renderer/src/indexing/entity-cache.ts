/**
 * The entity worker's cache of each document's mentions, per (document, rev, extractor
 * version), in an IndexedDB database of its own (`casefile-entity-cache`), so a restart does
 * not read every document again. It holds nothing the analyst made: when it is missing,
 * damaged or of another version it is rebuilt, and when it cannot be opened at all the worker
 * runs without it.
 */
import type { EntityKind, EntityMention } from '@shared/entities/entity-kind'
import { ENTITY_KINDS } from '@shared/entities/entity-kind'
import { Dexie, type DexieOptions, type EntityTable } from 'dexie'
import type { DocumentVersion } from './entity-protocol'
import { messageOf } from './worker-client'
import { openWorkerCache, type OpenedWorkerCache } from './worker-cache'

/**
 * The version of what extraction gives. Raise it whenever src/shared/entities/extract-entities.ts
 * (or the gazetteer) changes what it finds, so cached mentions are found again.
 */
export const ENTITY_EXTRACTOR_VERSION = 1

/** The cache database's name. */
export const ENTITY_CACHE_NAME = 'casefile-entity-cache'

/** One document's mentions as cached. */
export interface CachedMentions {
  docId: string
  rev: string
  extractor: number
  mentions: EntityMention[]
}

/** The cache as the worker uses it. */
export interface EntityCache {
  /** The cached mentions of those documents cached at their rev by this extractor, by docId. */
  read(documents: readonly DocumentVersion[]): Promise<Map<string, EntityMention[]>>
  /** Keeps one document's mentions, replacing what was cached for it. */
  write(version: DocumentVersion, mentions: EntityMention[]): Promise<void>
  /** Forgets every document not in `docIds` (deleted ones). */
  keepOnly(docIds: ReadonlySet<string>): Promise<void>
}

/** The cache's schema version (Dexie's; IndexedDB's is ten times it). */
const SCHEMA_VERSION = 1
const MENTIONS = 'mentions'

class CacheDatabase extends Dexie {
  mentions!: EntityTable<CachedMentions, 'docId'>
  constructor(name: string, options?: DexieOptions) {
    super(name, options)
    this.version(SCHEMA_VERSION).stores({ [MENTIONS]: 'docId' })
  }
}

const KINDS = new Set<EntityKind>(ENTITY_KINDS)

function isMention(value: unknown): value is EntityMention {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Record<string, unknown>
  return (
    typeof m.kind === 'string' &&
    KINDS.has(m.kind as EntityKind) &&
    typeof m.surface === 'string' &&
    typeof m.start === 'number' &&
    typeof m.end === 'number' &&
    (m.abbreviates === undefined || typeof m.abbreviates === 'string')
  )
}

/** A row this extractor wrote for this rev, whole; anything else is read as not cached. */
function usable(row: CachedMentions | undefined, rev: string): row is CachedMentions {
  return (
    row !== undefined &&
    row.rev === rev &&
    row.extractor === ENTITY_EXTRACTOR_VERSION &&
    Array.isArray(row.mentions) &&
    row.mentions.every(isMention)
  )
}

function over(database: CacheDatabase): EntityCache {
  return {
    async read(documents) {
      const rows = await database.mentions.bulkGet(documents.map((d) => d.docId))
      const found = new Map<string, EntityMention[]>()
      documents.forEach((d, i) => {
        const row = rows[i]
        if (usable(row, d.rev)) found.set(d.docId, row.mentions)
      })
      return found
    },
    async write({ docId, rev }, mentions) {
      await database.mentions.put({ docId, rev, extractor: ENTITY_EXTRACTOR_VERSION, mentions })
    },
    async keepOnly(docIds) {
      await database.mentions.filter((row) => !docIds.has(row.docId)).delete()
    },
  }
}

/** A cache that keeps nothing, for when IndexedDB cannot be used. */
export const NO_CACHE: EntityCache = {
  read: () => Promise.resolve(new Map()),
  write: () => Promise.resolve(),
  keepOnly: () => Promise.resolve(),
}

/** The cache, and what the analyst should be told about it (null when all is well). */
export type OpenedCache = OpenedWorkerCache<EntityCache>

/**
 * Opens the cache. One that will not open (damaged, or written by another version of the app)
 * is deleted and made again, with a notice; if even that fails, names are found without a
 * cache (each start reads every document again), also with a notice. Never rejects. A cache
 * a newer Casefile left opens too: Dexie adds the store it lacks.
 */
export function openEntityCache(
  options?: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>,
  name = ENTITY_CACHE_NAME,
): Promise<OpenedCache> {
  return openWorkerCache(() => new CacheDatabase(name, options), over, NO_CACHE, {
    rebuilt: (reason) =>
      `The saved list of names could not be read (${reason}), so Casefile is finding the names in every source again.`,
    unsaved: (reason) =>
      `Names found in sources cannot be saved in this browser (${reason}): they are found again each time Casefile starts.`,
  })
}

/** What another worker reads of the cache: the mentions found, and why none could be read. */
export interface MentionsRead {
  /** The cached mentions of those documents cached at their rev by this extractor, by docId. */
  found: Map<string, EntityMention[]>
  /** Null when the cache was read; otherwise why nothing was (absent, another version, closed). */
  unavailable: string | null
}

/** The cache as a worker that only reads it (the reuse worker) uses it. */
export interface ReadOnlyEntityCache {
  read(documents: readonly DocumentVersion[]): Promise<MentionsRead>
  close(): void
}

/**
 * The cache opened to read only, for a worker other than the entity worker that keeps it: it
 * never creates, upgrades, deletes or rebuilds the database, so it cannot undo the entity
 * worker's own recovery of it. A cache that is absent or of another schema version reads as
 * nothing, with the reason. The connection gives way at once to the entity worker deleting or
 * upgrading the cache, and the next read opens it again. Never rejects.
 */
export function readOnlyEntityCache(
  options?: Pick<DexieOptions, 'indexedDB'>,
  name = ENTITY_CACHE_NAME,
): ReadOnlyEntityCache {
  let connection: Promise<IDBDatabase> | null = null

  const connect = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const factory = options?.indexedDB ?? globalThis.indexedDB
      // No version asked: an existing database opens as it is, and only an absent one
      // needs an upgrade, which is aborted so nothing is created.
      const request = factory.open(name)
      request.onupgradeneeded = () => request.transaction?.abort()
      request.onerror = (event: Event) => {
        event.preventDefault()
        reject(
          request.error?.name === 'AbortError'
            ? new Error('the saved names are not there yet')
            : (request.error ?? new Error('the saved names cannot be opened')),
        )
      }
      request.onsuccess = () => {
        const database = request.result
        database.onversionchange = () => {
          database.close()
          connection = null
        }
        if (
          database.version !== SCHEMA_VERSION * 10 ||
          !database.objectStoreNames.contains(MENTIONS)
        ) {
          database.close()
          return reject(new Error('the saved names are of another version of Casefile'))
        }
        resolve(database)
      }
    })

  const get = (database: IDBDatabase, docIds: string[]) =>
    new Promise<unknown[]>((resolve, reject) => {
      const transaction = database.transaction(MENTIONS, 'readonly')
      const store = transaction.objectStore(MENTIONS)
      const rows: unknown[] = []
      docIds.forEach((id, i) => {
        const request = store.get(id)
        request.onsuccess = () => (rows[i] = request.result)
      })
      transaction.oncomplete = () => resolve(rows)
      transaction.onerror = () =>
        reject(transaction.error ?? new Error('the saved names cannot be read'))
      transaction.onabort = () =>
        reject(transaction.error ?? new Error('the saved names cannot be read'))
    })

  return {
    async read(documents) {
      const found = new Map<string, EntityMention[]>()
      try {
        connection ??= connect()
        const rows = await get(
          await connection,
          documents.map((d) => d.docId),
        )
        documents.forEach((d, i) => {
          const row = rows[i] as CachedMentions | undefined
          if (usable(row, d.rev)) found.set(d.docId, row.mentions)
        })
        return { found, unavailable: null }
      } catch (error) {
        // Opened again at the next read: the entity worker may have made it by then.
        connection = null
        return { found, unavailable: messageOf(error) }
      }
    },
    close() {
      const open = connection
      connection = null
      void open?.then((database) => database.close()).catch(() => undefined)
    },
  }
}
