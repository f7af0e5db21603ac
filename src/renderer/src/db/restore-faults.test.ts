import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backupToJson, createBackup, restoreBackup, type RestoreMode } from './backup'
import type { CasefileDatabase } from './database'
import { createTestDatabase } from './test-db'
import { injectRowFault, type RowFault } from './testing/faults'
import { dumpDatabase, seedWorkspace } from './testing/workspace-dump'
import { workspaceArb, type WorkspaceRows } from './workspace-arbitraries'

const APP = { name: 'Casefile', version: 'test' }
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

let databases = 0
async function seeded(rows: WorkspaceRows): Promise<{ db: CasefileDatabase; fault: RowFault }> {
  databases += 1
  const db = createTestDatabase(`restore-faults-${databases}`)
  const fault = injectRowFault(db)
  await seedWorkspace(db, rows)
  fault.reset()
  return { db, fault }
}

/** How many rows restoring `text` over `rows` in `mode` writes, measured on a twin database. */
async function rowsWritten(rows: WorkspaceRows, text: string, mode: RestoreMode): Promise<number> {
  const { db, fault } = await seeded(rows)
  const result = await restoreBackup(db, text, mode)
  if (!result.ok) throw new Error(result.problems[0]?.message)
  db.close()
  return fault.written
}

describe('a restore that fails partway', () => {
  it('leaves the database exactly as before when it fails at 50, 90 or 99% of its rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        workspaceArb(),
        workspaceArb(),
        fc.constantFrom<RestoreMode>('replace', 'merge'),
        fc.constantFrom(0.5, 0.9, 0.99),
        fc.boolean(),
        async (here, backedUp, mode, fraction, diskFull) => {
          const { db: source } = await seeded(backedUp)
          const text = backupToJson(await createBackup(source, APP))
          source.close()
          const total = await rowsWritten(here, text, mode)
          fc.pre(total > 1)
          const { db, fault } = await seeded(here)
          const before = await dumpDatabase(db)
          const at = Math.max(1, Math.floor(total * fraction))
          fault.armAt(at, diskFull ? quota : () => new Error('the write failed'))
          const result = await restoreBackup(db, text, mode)
          // The rows up to the fault were really written before it struck.
          expect(fault.written).toBe(at)
          expect(result.ok ? [] : result.problems.map((p) => p.kind)).toEqual([
            diskFull ? 'no-space' : 'not-restored',
          ])
          expect(await dumpDatabase(db)).toEqual(before)
          db.close()
        },
      ),
      { numRuns: 25 },
    )
  }, 60_000)
})
