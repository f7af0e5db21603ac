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

class CacheDatabase extends Dexie {
  mentions!: EntityTable<CachedMentions, 'docId'>
  constructor(name: string, options?: DexieOptions) {
    super(name, options)
    this.version(1).stores({ mentions: 'docId' })
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
