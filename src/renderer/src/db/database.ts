/** The analyst's local database: one Dexie class, schema declared by ordered migrations. */
import { Dexie, type EntityTable } from 'dexie'
import { declareInitialSchema } from './migrations/001-initial'
import { declareClaimsSchema } from './migrations/002-claims'
import { declareTimelinesSchema } from './migrations/003-timelines'
import { declareBriefsSchema } from './migrations/004-briefs'
import { declareDocumentTextsSchema } from './migrations/005-document-texts'
import { refuseNewerDatabase } from './newer-database'
import type { DocumentRow, DocumentTextRow } from './document-rows'
import type {
  BriefRecord,
  ClaimRecord,
  EventRecord,
  EvidenceRecord,
  HighlightRecord,
  SettingRecord,
  SourceGradeRecord,
  TimelineRecord,
} from './records'

/** The IndexedDB database name. Changing it would orphan every analyst's data. */
export const DATABASE_NAME = 'casefile'

export class CasefileDatabase extends Dexie {
  documents!: EntityTable<DocumentRow, 'id'>
  documentTexts!: EntityTable<DocumentTextRow, 'id'>
  highlights!: EntityTable<HighlightRecord, 'id'>
  claims!: EntityTable<ClaimRecord, 'id'>
  evidence!: EntityTable<EvidenceRecord, 'id'>
  timelines!: EntityTable<TimelineRecord, 'id'>
  events!: EntityTable<EventRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>
  sourceGrades!: EntityTable<SourceGradeRecord, 'docId'>
  briefs!: EntityTable<BriefRecord, 'id'>

  /**
   * Opens (lazily) the named database. Transactions are `strict`: Chromium's default
   * durability is relaxed and can lose the last committed writes on a crash or power cut.
   */
  constructor(
    name: string = DATABASE_NAME,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    super(name, { ...options, chromeTransactionDurability: 'strict', cache: 'disabled' })
    declareInitialSchema(this)
    declareClaimsSchema(this)
    declareTimelinesSchema(this)
    declareBriefsSchema(this)
    declareDocumentTextsSchema(this)
    // Dexie 4 opens a database of a higher version without complaint and would let this
    // build write rows of its own shapes into a newer app's tables: refuse before any write.
    this.on('ready', (opened) => refuseNewerDatabase((opened as Dexie).backendDB().version), true)
  }
}
