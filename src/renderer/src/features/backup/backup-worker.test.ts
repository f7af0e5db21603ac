/**
 * The backup worker against the UI thread's own backup: the worker's build, over its own
 * connection to the analyst's database on fake-indexeddb, gives the very text
 * `backupToJson(createBackup(...))` gives; the client reaches the real worker handler over a
 * MessageChannel, and falls back to building on the UI thread when the worker fails.
 */
import fc from 'fast-check'
import { BACKUP_TABLES } from '@shared/backup/backup-format'
import { countRows } from '@shared/backup/rolling-policy'
import { assembleDocument } from '@shared/corpus/parse-document'
import { Dexie } from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { allTables, backupToJson, createBackup, putBackupRows } from '../../db/backup'
import { CasefileDatabase } from '../../db/database'
import { CURRENT_SCHEMA_VERSION } from '../../db/schema-versions'
import {
  STORES_BY_VERSION,
  writeDatabaseAt,
  ROWS_BY_VERSION,
} from '../../db/testing/schema-fixtures'
import { workspaceArb, type WorkspaceRows } from '../../db/workspace-arbitraries'
import { buildAutomaticBackup, type BackupPort } from './backup-builder-client'
import { buildBackupHere, handleBackupMessage, type BuildReply } from './backup-worker'
import { fingerprint } from './build-backup'

const APP = { name: 'Casefile', version: '0.1.0-test' }
const AT = new Date('2026-02-03T04:05:06.789Z')
const NAME = 'casefile'

let open: CasefileDatabase[] = []
afterEach(() => {
  for (const db of open) db.close()
  open = []
  vi.restoreAllMocks()
})

function deps() {
  return { indexedDB: new IDBFactory(), IDBKeyRange }
}

/** The app's database on a fresh fake-indexeddb, opened (so created and upgraded) as the app does. */
async function appDatabase(where = deps()): Promise<CasefileDatabase> {
  const db = new CasefileDatabase(NAME, where)
  open.push(db)
  await db.open()
  return db
}

/** A generated workspace, and rows no generator would think of: they must survive as text. */
function awkwardWorkspace(): WorkspaceRows {
  const [rows] = fc.sample(workspaceArb(), { seed: 20261207, numRuns: 1 })
  const long = 'Ein Bericht über „Gespräche“ — 会談は火曜日に再開された 🙂 שלום. '.repeat(20_000)
  const document = assembleDocument(
    {
      id: 'doc-long',
      title: 'Rapport n° 7 — “quoted”, tab\there, line\nbreak, \u2028 and 🧾',
      authors: ['Zoë Ångström', 'محمد'],
      outlet: null,
      published: null,
      genre: 'report',
      raw: 'rapport.txt',
      authorNote: null,
      imported: { format: 'text', encoding: 'UTF-8', notices: [] },
    },
    [
      { kind: 'paragraph', level: 0, text: long, marks: [] },
      { kind: 'paragraph', level: 0, text: 'Back\\slash and "quotes" and \u0000 nul.', marks: [] },
    ],
  )
  const withProto = JSON.parse(
    '{"__proto__": {"polluted": true}, "constructor": "c", "zeta": 1, "alpha": [3, 1, {"b": 2, "a": 1}], "ünï": "🙂"}',
  ) as unknown
  return {
    ...rows!,
    documents: [...rows!.documents, { id: 'doc-long', addedAt: 1_700_000_000_123, document }],
    settings: [
      ...rows!.settings,
      { key: '__proto__', value: withProto, updatedAt: 5 },
      { key: 'highlight-color-names', value: { yellow: 'Schlüssel', green: '緑' }, updatedAt: 6 },
    ],
  }
}

async function seed(db: CasefileDatabase, rows: WorkspaceRows): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    for (const name of BACKUP_TABLES) await putBackupRows(db, name, rows[name])
  })
}

/** A client's connection to the real worker handler, over a MessageChannel. */
function inProcessWorker(where: ReturnType<typeof deps>): () => BackupPort {
  return () => {
    const { port1, port2 } = new MessageChannel()
    port2.onmessage = ({ data }) =>
      void handleBackupMessage(data, (reply) => port2.postMessage(reply), {
        name: NAME,
        ...where,
      })
    return Object.assign(port1, {
      terminate: () => {
        port1.close()
        port2.close()
      },
    }) as unknown as BackupPort
  }
}

/** A worker that answers every request with `reply`, or fires `onerror`. */
function brokenWorker(reply: BuildReply | 'crash'): () => BackupPort {
  return () => {
    const port: BackupPort = {
      onmessage: null,
      onerror: null,
      postMessage() {
        queueMicrotask(() => {
          if (reply === 'crash') {
            port.onerror?.({ message: 'boom', preventDefault() {} } as unknown as ErrorEvent)
          } else {
            port.onmessage?.({ data: reply } as MessageEvent<BuildReply>)
          }
        })
      },
      terminate: vi.fn(),
    }
    return port
  }
}

describe('the backup worker', () => {
  it('builds exactly the text, counts and fingerprint the UI thread builds', async () => {
    const where = deps()
    const db = await appDatabase(where)
    const rows = awkwardWorkspace()
    await seed(db, rows)
    const expected = backupToJson(await createBackup(db, APP, AT))

    const built = await buildBackupHere(
      { type: 'build', app: APP, at: AT, schemaVersion: db.verno },
      { name: NAME, ...where },
    )

    expect(built.content).toBe(expected)
    expect(built.content.length).toBeGreaterThan(1_000_000)
    expect(built.counts).toEqual(countRows(rows as unknown as Record<string, unknown>))
    expect(built.fingerprint).toBe(await fingerprint(expected))
    const settings = (JSON.parse(built.content) as { tables: { settings: { key: string }[] } })
      .tables.settings
    expect(settings.map((s) => s.key)).toContain('__proto__')
  })

  it('hands the UI thread the same backup through the client, without falling back', async () => {
    const where = deps()
    const db = await appDatabase(where)
    await seed(db, awkwardWorkspace())
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const expected = backupToJson(await createBackup(db, APP, AT))

    const built = await buildAutomaticBackup(db, APP, AT, inProcessWorker(where))

    expect(built.content).toBe(expected)
    expect(warn).not.toHaveBeenCalled()
  })

  it('does not read a database at another schema version than the UI thread’s', async () => {
    const where = deps()
    await writeDatabaseAt(
      where,
      NAME,
      CURRENT_SCHEMA_VERSION - 1,
      ROWS_BY_VERSION[CURRENT_SCHEMA_VERSION - 1]!(),
    )
    await expect(
      buildBackupHere(
        { type: 'build', app: APP, at: AT, schemaVersion: CURRENT_SCHEMA_VERSION },
        { name: NAME, ...where },
      ),
    ).rejects.toThrow(/schema version 4, not 5/)
  })
})

describe('building an automatic backup when the worker fails', () => {
  const failures: [string, () => BackupPort][] = [
    [
      'cannot start',
      () => {
        throw new Error('Workers start only in the page.')
      },
    ],
    ['reports a failure', brokenWorker({ type: 'failed', message: 'out of memory' })],
    ['crashes', brokenWorker('crash')],
  ]

  for (const [what, connect] of failures) {
    it(`builds the same backup on the UI thread when the worker ${what}`, async () => {
      const db = await appDatabase()
      await seed(db, awkwardWorkspace())
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
      const expected = backupToJson(await createBackup(db, APP, AT))

      const built = await buildAutomaticBackup(db, APP, AT, connect)

      expect(built.content).toBe(expected)
      expect(built.fingerprint).toBe(await fingerprint(expected))
      expect(warn).toHaveBeenCalledOnce()
    })
  }

  it('fails as the UI thread’s backup fails on a database a newer Casefile wrote', async () => {
    const where = deps()
    await writeDatabaseAt(
      where,
      NAME,
      CURRENT_SCHEMA_VERSION,
      ROWS_BY_VERSION[CURRENT_SCHEMA_VERSION]!(),
    )
    const newer = new Dexie(NAME, where)
    for (const [declared, stores] of Object.entries(STORES_BY_VERSION)) {
      newer.version(Number(declared)).stores(stores)
    }
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ annotations: 'id' })
    await newer.open()
    newer.close()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const db = new CasefileDatabase(NAME, where)
    open.push(db)

    await expect(buildAutomaticBackup(db, APP, AT, inProcessWorker(where))).rejects.toThrow(
      /newer version of Casefile/,
    )
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/schema version 6, not 5/))
  })
})
