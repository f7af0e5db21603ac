/**
 * Everything a brief or an export reads, taken in one read transaction so the claims,
 * their evidence and the highlights it points to are from the same moment.
 */
import type { HighlightColorId } from '@shared/highlights/colors'
import type { CasefileDatabase } from './database'
import type {
  ClaimRecord,
  EventRecord,
  EvidenceRecord,
  HighlightRecord,
  SourceGradeRecord,
  TimelineRecord,
} from './records'
import { readColorNames } from './settings'

export interface WorkspaceSnapshot {
  highlights: HighlightRecord[]
  claims: ClaimRecord[]
  evidence: EvidenceRecord[]
  sourceGrades: SourceGradeRecord[]
  timelines: TimelineRecord[]
  events: EventRecord[]
  colorNames: Record<HighlightColorId, string>
}

export function readWorkspaceSnapshot(db: CasefileDatabase): Promise<WorkspaceSnapshot> {
  return db.transaction(
    'r',
    [db.highlights, db.claims, db.evidence, db.sourceGrades, db.timelines, db.events, db.settings],
    async () => {
      const [highlights, claims, evidence, sourceGrades, timelines, events, colorNames] =
        await Promise.all([
          db.highlights.toArray(),
          db.claims.toArray(),
          db.evidence.toArray(),
          db.sourceGrades.toArray(),
          db.timelines.toArray(),
          db.events.toArray(),
          readColorNames(db),
        ])
      return { highlights, claims, evidence, sourceGrades, timelines, events, colorNames }
    },
  )
}
