/** A small, valid, consistent backup for tests to start from and bend. */
import { BACKUP_FORMAT, BACKUP_VERSION, emptyBackupTables, type Backup } from './backup-format'

const quote = (exact: string) => ({
  quote: { exact, prefix: '', suffix: '' },
  position: { start: 0, end: exact.length },
})

/** Two highlights, a claim with one evidence link, a timeline with two events (one relative). */
export function sampleBackup(): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: '2026-02-03T04:05:06.000Z',
    app: { name: 'Casefile', version: '0.1.0' },
    schemaVersion: 4,
    tables: {
      ...emptyBackupTables(),
      highlights: ['h1', 'h2'].map((id) => ({
        id,
        docId: 'bundled-a',
        docRev: 'rev1',
        selectors: quote(`passage ${id}`),
        color: 'yellow',
        note: '',
        tags: [],
        createdAt: 1,
        updatedAt: 10,
      })),
      claims: [
        {
          id: 'c1',
          statement: 'Talks resumed',
          status: 'supported',
          confidence: null,
          note: '',
          tags: [],
          createdAt: 1,
          updatedAt: 10,
        },
      ],
      evidence: [
        {
          id: 'e1',
          claimId: 'c1',
          highlightId: 'h1',
          docId: 'bundled-a',
          stance: 'supports',
          credibility: null,
          note: '',
          createdAt: 1,
          updatedAt: 10,
        },
      ],
      timelines: [{ id: 't1', title: 'Talks', description: '', createdAt: 1, updatedAt: 10 }],
      events: [
        {
          id: 'ev1',
          timelineId: 't1',
          title: 'Meeting',
          note: '',
          tags: [],
          date: { kind: 'point', date: { year: 2024, month: 1, day: 16, approximate: false } },
          sortKey: Date.UTC(2024, 0, 16),
          sources: [{ highlightId: 'h2', docId: 'bundled-a', stated: null }],
          highlightIds: ['h2'],
          createdAt: 1,
          updatedAt: 10,
        },
        {
          id: 'ev2',
          timelineId: 't1',
          title: 'Statement',
          note: '',
          tags: [],
          date: {
            kind: 'relative',
            eventId: 'ev1',
            offset: { amount: 2, unit: 'day' },
            approximate: false,
          },
          sortKey: Date.UTC(2024, 0, 18),
          sources: [],
          highlightIds: [],
          createdAt: 1,
          updatedAt: 10,
        },
      ],
      briefs: [
        {
          id: 'b1',
          title: 'Border',
          author: '',
          summary: '',
          sections: ['summary', 'claims'],
          // A deleted claim's id stays in the selection: not a reference.
          claims: { ids: ['c1', 'c-deleted'], tags: [], statuses: [] },
          timelineIds: ['t-deleted'],
          highlights: { tags: [], colors: ['yellow'] },
          createdAt: 1,
          updatedAt: 10,
        },
      ],
    },
  }
}
