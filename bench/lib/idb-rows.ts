/**
 * Writing and counting rows of the page's IndexedDB databases behind the app's back, for
 * benchmarks that seed a workspace: a second connection opened at the current version, so
 * call these once the app has created the database (after its readiness signal). The app's
 * live queries do not see these writes: reload or open the view afterwards.
 */
import type { Page } from '@playwright/test'

/**
 * Puts each list of `stores` into the object store of its name in `database`, all in one
 * transaction. Fails, writing nothing, when a store is missing.
 */
export function putRows(
  page: Page,
  database: string,
  stores: Readonly<Record<string, readonly unknown[]>>,
): Promise<void> {
  return page.evaluate(
    ({ database, json }) =>
      new Promise<void>((resolve, reject) => {
        const lists = JSON.parse(json) as Record<string, unknown[]>
        const request = indexedDB.open(database)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const names = Object.keys(lists)
          const missing = names.filter((name) => !db.objectStoreNames.contains(name))
          if (missing.length > 0) {
            db.close()
            reject(new Error(`The ${database} database has no ${missing.join(', ')} table.`))
            return
          }
          const tx = db.transaction(names, 'readwrite')
          for (const name of names) {
            const store = tx.objectStore(name)
            for (const record of lists[name] ?? []) store.put(record)
          }
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onabort = () => reject(tx.error ?? new Error('The seeding transaction aborted.'))
        }
      }),
    // One JSON string crosses to the page far faster than the same records as objects.
    { database, json: JSON.stringify(stores) },
  )
}

/** Rows in each object store of the page's `database` (the app's `casefile` by default). */
export function countRows(page: Page, database = 'casefile'): Promise<Record<string, number>> {
  return page.evaluate(
    (database) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open(database)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const names = [...db.objectStoreNames]
          const tx = db.transaction(names, 'readonly')
          const counts: Record<string, number> = {}
          for (const name of names) {
            const counting = tx.objectStore(name).count()
            counting.onsuccess = () => (counts[name] = counting.result)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(counts)
          }
          tx.onabort = () => reject(tx.error ?? new Error('Counting the rows aborted.'))
        }
      }),
    database,
  )
}
