/**
 * Databases as each shipped schema version wrote them, for upgrade tests: the index specs of
 * every version (from ../migrations) and, per version, rows in that version's shapes. A new
 * entry in SCHEMA_VERSIONS without its fixture here fails schema-upgrades.test.ts.
 */
import { Dexie } from 'dexie'
import { sampleBackup } from '@shared/backup/sample-backup'
import { assembleDocument } from '@shared/corpus/parse-document'
import type { DocumentModel } from '@shared/corpus/document-model'
import { STORES_V1 } from '../migrations/001-initial'
import { STORES_V2 } from '../migrations/002-claims'
import { STORES_V3 } from '../migrations/003-timelines'
import { STORES_V4 } from '../migrations/004-briefs'
import { STORES_V5 } from '../migrations/005-document-texts'
import { rowsFromRecord } from '../document-rows'
import { SCHEMA_VERSIONS } from '../schema-versions'

/** The index specs each version declared, by version number. */
export const STORES_BY_VERSION: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  [SCHEMA_VERSIONS.initial]: STORES_V1,
  [SCHEMA_VERSIONS.claims]: STORES_V2,
  [SCHEMA_VERSIONS.timelines]: STORES_V3,
  [SCHEMA_VERSIONS.briefs]: STORES_V4,
  [SCHEMA_VERSIONS.documentTexts]: STORES_V5,
}

export type FixtureRows = Record<string, object[]>

/** An imported document, whole, as versions 1 to 4 stored it and backups carry it. */
export function importedDocument(): DocumentModel {
  return assembleDocument(
    {
      id: 'doc-imported',
      title: 'Imported report',
      authors: [],
      outlet: null,
      published: null,
      genre: 'report',
      raw: 'report.txt',
      authorNote: null,
      imported: { format: 'text', encoding: 'UTF-8', notices: [] },
    },
    [
      { kind: 'paragraph', level: 0, text: 'Talks resumed on Tuesday.', marks: [] },
      { kind: 'paragraph', level: 0, text: 'A statement followed.', marks: [] },
    ],
  )
}

const sample = () => sampleBackup().tables
const setting = { key: 'highlight-color-names', value: { yellow: 'key' }, updatedAt: 10 }

/** Version 1: evidence had no source or credibility; events counted offsets in days. */
function v1Rows(): FixtureRows {
  const { highlights, claims, timelines, evidence, events } = sample()
  return {
    highlights,
    claims,
    timelines,
    settings: [setting],
    evidence: evidence.map(({ docId: _docId, credibility: _credibility, ...link }) => link),
    events: events.map(({ sources: _sources, tags: _tags, ...event }) =>
      event.date.kind === 'relative'
        ? {
            ...event,
            date: {
              kind: 'relative',
              eventId: event.date.eventId,
              offsetDays: 2,
              approximate: false,
            },
          }
        : event,
    ),
  }
}

/** Version 2 added evidence sources and credibility, and source grades. */
function v2Rows(): FixtureRows {
  const rows = v1Rows()
  return {
    ...rows,
    evidence: sample().evidence.map((link) => ({ ...link, credibility: 3 })),
    sourceGrades: [{ docId: 'bundled-a', reliability: 'B', updatedAt: 10 }],
  }
}

/** Version 3: events as they are now; version 4: briefs, and documents stored whole. */
function v3Rows(): FixtureRows {
  return { ...v2Rows(), events: sample().events }
}

function v4Rows(): FixtureRows {
  const document = importedDocument()
  return {
    ...v3Rows(),
    briefs: sample().briefs,
    documents: [{ id: document.meta.id, addedAt: 7, document }],
  }
}

/** Version 5: an imported document is two rows, its details and its text. */
function v5Rows(): FixtureRows {
  const rows = v4Rows()
  const stored = rowsFromRecord({ id: 'doc-imported', addedAt: 7, document: importedDocument() })
  return { ...rows, documents: [stored.row], documentTexts: [stored.text] }
}

/** Rows as each version wrote them, by version number. */
export const ROWS_BY_VERSION: Readonly<Record<number, () => FixtureRows>> = {
  [SCHEMA_VERSIONS.initial]: v1Rows,
  [SCHEMA_VERSIONS.claims]: v2Rows,
  [SCHEMA_VERSIONS.timelines]: v3Rows,
  [SCHEMA_VERSIONS.briefs]: v4Rows,
  [SCHEMA_VERSIONS.documentTexts]: v5Rows,
}

/**
 * Writes `rows` into a database `name` on `indexedDB` declared exactly as version `version`
 * shipped (every version up to it, no upgrade functions: the rows are already in its shapes).
 */
export async function writeDatabaseAt(
  deps: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
  name: string,
  version: number,
  rows: FixtureRows,
): Promise<void> {
  const old = new Dexie(name, deps)
  for (const [declared, stores] of Object.entries(STORES_BY_VERSION)) {
    if (Number(declared) <= version) old.version(Number(declared)).stores(stores)
  }
  await old.transaction('rw', old.tables, async () => {
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows)
  })
  old.close()
}
