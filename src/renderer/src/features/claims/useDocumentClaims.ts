/**
 * The claims a document's highlights serve, live: for the reader's side list, which shows
 * them on each highlight and can be filtered by claim.
 */
import type { Stance } from '@shared/claims/types'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '../../db'
import { claimsByIds, evidenceForDocument } from '../../db/claims'

export interface ServedClaim {
  claimId: string
  statement: string
  stance: Stance
}

export interface DocumentClaims {
  /** By highlight id, each list by statement. */
  byHighlight: Map<string, readonly ServedClaim[]>
  /** The claims served by any highlight of the document, by statement. */
  claims: { id: string; statement: string }[]
}

const EMPTY: DocumentClaims = { byHighlight: new Map(), claims: [] }

export function useDocumentClaims(docId: string): DocumentClaims {
  const data = useLiveQuery(async () => {
    const links = await evidenceForDocument(db, docId)
    if (links.length === 0) return null
    const claims = await claimsByIds(
      db,
      links.map((l) => l.claimId),
    )
    return { links, claims }
  }, [docId])
  return useMemo(() => {
    if (!data) return EMPTY
    const statements = new Map(data.claims.map((c) => [c.id, c.statement]))
    const lists = new Map<string, ServedClaim[]>()
    for (const link of data.links) {
      const statement = statements.get(link.claimId)
      if (statement === undefined) continue
      let list = lists.get(link.highlightId)
      if (!list) lists.set(link.highlightId, (list = []))
      list.push({ claimId: link.claimId, statement, stance: link.stance })
    }
    for (const list of lists.values()) list.sort((a, b) => a.statement.localeCompare(b.statement))
    const claims = data.claims
      .map((c) => ({ id: c.id, statement: c.statement }))
      .sort((a, b) => a.statement.localeCompare(b.statement))
    return { byHighlight: lists, claims }
  }, [data])
}
