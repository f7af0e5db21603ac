import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { createClaim } from '../db/claims'
import { CasefileDatabase } from '../db/database'
import { openAnalystDatabase } from './analyst-database'

describe('the analyst’s database as the search worker opens it', () => {
  it('reads the tables the app wrote, at the version the app opened', async () => {
    const indexedDB = new IDBFactory()
    const app = new CasefileDatabase('analyst', { indexedDB, IDBKeyRange })
    const { claim } = await createClaim(app, { statement: 'Seen by the worker' })
    const worker = await openAnalystDatabase('analyst', { indexedDB, IDBKeyRange })
    expect((await worker.claims.get(claim.id))?.statement).toBe('Seen by the worker')
    expect(await worker.highlights.where('docId').equals('none').count()).toBe(0)
  })

  it('refuses a database the app has not created, and does not create it', async () => {
    const indexedDB = new IDBFactory()
    await expect(openAnalystDatabase('missing', { indexedDB, IDBKeyRange })).rejects.toThrow()
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('missing')
  })
})
