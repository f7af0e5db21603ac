/**
 * Schema version 2: claims need, per evidence link, the source it comes from (so counts
 * by independent source are one pass over the links, with no join through highlights)
 * and the Admiralty credibility of the information; per source, its reliability grade.
 */
import type { Dexie, Transaction } from 'dexie'
import { SCHEMA_VERSIONS } from '../schema-versions'

/** Index specs that changed in version 2 (Dexie keeps the other tables as they were). */
export const STORES_V2 = {
  evidence: 'id, claimId, highlightId, docId, [claimId+highlightId]',
  sourceGrades: 'docId',
} as const

/** Version 1 evidence rows get their highlight's document and no credibility grade. */
export async function upgradeEvidenceToV2(tx: Transaction): Promise<void> {
  const docOf = new Map<string, string>()
  await tx.table('highlights').each((h: { id: string; docId: string }) => docOf.set(h.id, h.docId))
  await tx
    .table('evidence')
    .toCollection()
    .modify((e: { highlightId: string; docId?: string; credibility?: number | null }) => {
      e.docId ??= docOf.get(e.highlightId) ?? ''
      e.credibility ??= null
    })
}

export function declareClaimsSchema(db: Dexie): void {
  db.version(SCHEMA_VERSIONS.claims).stores(STORES_V2).upgrade(upgradeEvidenceToV2)
}
