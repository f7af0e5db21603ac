/**
 * Faults injected below Dexie's tables, for durability tests: a DBCore middleware that
 * counts the rows each write sends to IndexedDB and, once armed, lets only so many through
 * before it fails the rest, as a crash or a full disk partway through would.
 */
import type { DBCore, DBCoreMutateRequest, Dexie } from 'dexie'

export interface RowFault {
  /** Rows written (added or put) since the fault was armed or reset. */
  written: number
  /** Fails the write that would take `written` past `limit`, after writing up to it. */
  armAt(limit: number, error?: () => Error): void
  /** Counts without failing; clears the count. */
  reset(): void
}

/** Installs a row counter on `db`; call before the database is first opened. */
export function injectRowFault(db: Dexie): RowFault {
  let limit = Infinity
  let makeError = () => new Error('injected failure')
  const fault: RowFault = {
    written: 0,
    armAt(next, error) {
      limit = next
      if (error) makeError = error
    },
    reset() {
      limit = Infinity
      fault.written = 0
    },
  }
  db.use({
    stack: 'dbcore',
    name: 'row-fault',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name) {
          const table = down.table(name)
          return {
            ...table,
            async mutate(request: DBCoreMutateRequest) {
              if (request.type !== 'add' && request.type !== 'put') return table.mutate(request)
              const room = limit - fault.written
              if (request.values.length <= room) {
                fault.written += request.values.length
                return table.mutate(request)
              }
              // Write the rows that fit, really, then fail: the transaction has to undo them.
              if (room > 0) {
                const part = { ...request, values: request.values.slice(0, room) }
                if (request.keys) part.keys = request.keys.slice(0, room)
                await table.mutate(part as DBCoreMutateRequest)
                fault.written += room
              }
              throw makeError()
            },
          }
        },
      }
    },
  })
  return fault
}
