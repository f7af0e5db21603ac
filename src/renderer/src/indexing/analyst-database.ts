/**
 * The analyst's database as the search worker opens it: at the version it has, with the
 * schema it has, never declaring one. The worker thus never runs an upgrade (the UI thread
 * does, where the app reports it), and it does not bundle the database class, whose
 * migrations import the Markdown parser: in a worker that parser's entity decoder looks
 * for `document` and stops the worker as it loads.
 */
import { Dexie } from 'dexie'
import type { CasefileDatabase } from '../db/database'

/** The tables the search worker reads, typed as the app declares them. */
export type AnalystDatabase = Pick<
  CasefileDatabase,
  'name' | 'documents' | 'documentTexts' | 'highlights' | 'claims' | 'events' | 'briefs'
>

/** The analyst's database name (db/database.ts `DATABASE_NAME`, not imported: see above). */
export const ANALYST_DATABASE_NAME = 'casefile'

/**
 * Opens the existing database `name` read-only in spirit (the worker never writes to it).
 * Rejects when it does not exist yet or cannot be opened: the UI thread opens (and so
 * creates and upgrades) it before starting the worker.
 */
export async function openAnalystDatabase(
  name: string = ANALYST_DATABASE_NAME,
  options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
): Promise<AnalystDatabase> {
  const db = new Dexie(name, { ...options, cache: 'disabled' })
  await db.open()
  const table = <K extends keyof AnalystDatabase>(key: K) =>
    db.table(key) as unknown as AnalystDatabase[K]
  return {
    name,
    documents: table('documents'),
    documentTexts: table('documentTexts'),
    highlights: table('highlights'),
    claims: table('claims'),
    events: table('events'),
    briefs: table('briefs'),
  }
}
