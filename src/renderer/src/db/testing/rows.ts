/** Builders of sample rows for the database's unit tests. */
import type { NewHighlight } from '../highlights'
import type { EvidenceRecord } from '../records'

/**
 * A highlight to add: the passage `exact` of `docId`, from its start, with no context
 * around it. `docRev` and `color` are the same for every highlight of a test file.
 */
export function passageIn(
  docId: string,
  exact: string,
  docRev: string,
  color: NewHighlight['color'],
): NewHighlight {
  return {
    docId,
    docRev,
    selectors: {
      quote: { exact, prefix: '', suffix: '' },
      position: { start: 0, end: exact.length },
    },
    color,
  }
}

/** An evidence link as stored: the given fields, ungraded, no note, made and changed at 1. */
export function evidenceRow(
  fields: Pick<EvidenceRecord, 'id' | 'claimId' | 'highlightId' | 'docId' | 'stance'> &
    Partial<EvidenceRecord>,
): EvidenceRecord {
  return { credibility: null, note: '', createdAt: 1, updatedAt: 1, ...fields }
}
