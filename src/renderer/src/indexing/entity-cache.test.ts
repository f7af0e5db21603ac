import type { EntityMention } from '@shared/entities/entity-kind'
import { Dexie } from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { ENTITY_CACHE_NAME, openEntityCache, readOnlyEntityCache } from './entity-cache'

const islamabad: EntityMention[] = [{ kind: 'place', surface: 'Islamabad', start: 10, end: 19 }]

async function names(factory: IDBFactory): Promise<string[]> {
  return (await factory.databases()).map((d) => d.name ?? '')
}

describe('the entity cache read by another worker', () => {
  it('reads the mentions the entity worker saved, at their rev only', async () => {
    const factory = new IDBFactory()
    const { cache } = await openEntityCache({ indexedDB: factory, IDBKeyRange })
    await cache.write({ docId: 'a', rev: 'r1' }, islamabad)

    const reader = readOnlyEntityCache({ indexedDB: factory })
    const read = await reader.read([
      { docId: 'a', rev: 'r1' },
      { docId: 'b', rev: 'r1' },
    ])
    expect(read.unavailable).toBeNull()
    expect([...read.found]).toEqual([['a', islamabad]])
    expect((await reader.read([{ docId: 'a', rev: 'r2' }])).found.size).toBe(0)
    reader.close()
  })

  it('reads nothing from an absent cache, says so, and does not make one', async () => {
    const factory = new IDBFactory()
    const reader = readOnlyEntityCache({ indexedDB: factory })
    const read = await reader.read([{ docId: 'a', rev: 'r1' }])
    expect(read.found.size).toBe(0)
    expect(read.unavailable).toMatch(/not there/)
    expect(await names(factory)).not.toContain(ENTITY_CACHE_NAME)

    // Once the entity worker has made it and saved names, the next read finds them.
    const { cache, notice } = await openEntityCache({ indexedDB: factory, IDBKeyRange })
    expect(notice).toBeNull()
    await cache.write({ docId: 'a', rev: 'r1' }, islamabad)
    expect((await reader.read([{ docId: 'a', rev: 'r1' }])).found.get('a')).toEqual(islamabad)
    reader.close()
  })

  it('reads nothing from a cache of another version, says so, and leaves it as it is', async () => {
    const factory = new IDBFactory()
    const other = new Dexie(ENTITY_CACHE_NAME, { indexedDB: factory, IDBKeyRange })
    other.version(3).stores({ names: 'docId' })
    await other.table('names').put({ docId: 'a', kept: true })
    other.close()

    const reader = readOnlyEntityCache({ indexedDB: factory })
    const read = await reader.read([{ docId: 'a', rev: 'r1' }])
    expect(read.found.size).toBe(0)
    expect(read.unavailable).toMatch(/another version/)

    const again = new Dexie(ENTITY_CACHE_NAME, { indexedDB: factory, IDBKeyRange })
    await again.open()
    expect(again.verno).toBe(3)
    expect(await again.table('names').get('a')).toEqual({ docId: 'a', kept: true })
    again.close()
  })

  it('gives way while the entity worker deletes and rebuilds the cache, and reads the new one after', async () => {
    const factory = new IDBFactory()
    const first = await openEntityCache({ indexedDB: factory, IDBKeyRange })
    await first.cache.write({ docId: 'a', rev: 'r1' }, islamabad)
    const reader = readOnlyEntityCache({ indexedDB: factory })
    expect((await reader.read([{ docId: 'a', rev: 'r1' }])).found.size).toBe(1)

    // The entity worker's recovery: delete, then open afresh. The reader's open connection
    // must not block it (a blocked delete would never finish).
    await new Promise((resolve, reject) => {
      const request = factory.deleteDatabase(ENTITY_CACHE_NAME)
      request.onsuccess = resolve
      request.onerror = () => reject(request.error)
      request.onblocked = () => reject(new Error('the delete was blocked by an open connection'))
    })
    const rebuilt = await openEntityCache({ indexedDB: factory, IDBKeyRange })
    expect(rebuilt.notice).toBeNull()
    expect((await reader.read([{ docId: 'a', rev: 'r1' }])).found.size).toBe(0)
    await rebuilt.cache.write({ docId: 'a', rev: 'r1' }, islamabad)
    expect((await reader.read([{ docId: 'a', rev: 'r1' }])).found.get('a')).toEqual(islamabad)
    reader.close()
  })
})
