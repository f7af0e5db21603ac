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
  /**
   * At the write that would take `written` past `limit`: writes up to it, then aborts the
   * IndexedDB transaction and never answers, as when the renderer dies mid-save.
   */
  crashAt(limit: number): void
  /** Resolves once a crash armed with `crashAt` has struck and its transaction has aborted. */
  crashed: Promise<void>
  /** Counts without failing; clears the count. */
  reset(): void
}

/** Installs a row counter on `db`; call before the database is first opened. */
export function injectRowFault(db: Dexie): RowFault {
  let limit = Infinity
  let makeError = () => new Error('injected failure')
  let crash = false
  let struck: () => void = () => {}
  const fault: RowFault = {
    written: 0,
    armAt(next, error) {
      limit = next
      if (error) makeError = error
    },
    crashAt(next) {
      limit = next
      crash = true
      fault.crashed = new Promise((resolve) => (struck = resolve))
    },
    crashed: Promise.resolve(),
    reset() {
      limit = Infinity
      crash = false
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
              if (crash) {
                const transaction = request.trans as unknown as IDBTransaction
                transaction.addEventListener('abort', () => struck(), { once: true })
                transaction.abort()
                return new Promise<never>(() => {})
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
