/**
 * Which of the analyst's rows a write changed, for the search worker: Dexie's
 * `storagemutated` event (this tab's commits, other tabs' through Dexie's broadcast) names
 * the changed keys, so only their ids cross to the worker, never the rows.
 */
import { Dexie, type ObservabilitySet } from 'dexie'
import { changedIds } from '../db/changed-ids'
import { WATCHED_TABLES, type WatchedTable } from './search-protocol'

/**
 * Calls `onChange` for each watched table a write to the database named `databaseName`
 * changed, with the ids changed ('all' after a change to a range: a clear, a restore). A
 * document's text counts as its document. Returns the disposer.
 */
export function watchTables(
  databaseName: string,
  onChange: (table: WatchedTable, ids: string[] | 'all') => void,
): () => void {
  const parts: [string, WatchedTable][] = [
    ...WATCHED_TABLES.map((table): [string, WatchedTable] => [
      `idb://${databaseName}/${table}/`,
      table,
    ]),
    [`idb://${databaseName}/documentTexts/`, 'documents'],
  ]
  const listener = (mutated: ObservabilitySet) => {
    const changed = new Map<WatchedTable, Set<string> | 'all'>()
    for (const [part, table] of parts) {
      const tree = mutated[part]
      if (!tree) continue
      const ids = changedIds(tree)
      const before = changed.get(table)
      if (ids === null || before === 'all') changed.set(table, 'all')
      else changed.set(table, new Set([...(before ?? []), ...ids]))
    }
    for (const [table, ids] of changed) {
      if (ids === 'all') onChange(table, 'all')
      else if (ids.size > 0) onChange(table, [...ids])
    }
  }
  Dexie.on('storagemutated', listener)
  return () => Dexie.on('storagemutated').unsubscribe(listener)
}
