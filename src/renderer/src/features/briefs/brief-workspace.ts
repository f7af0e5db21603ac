/**
 * The workspace as the brief builder reads it: every highlight placed on its source's
 * current text for its ¶ numbers and pages (placements are cached per highlight version,
 * so a second export re-anchors nothing), and the text reuse that merges claims' sources.
 */
import { passageSpan } from '@shared/corpus/passage-locator'
import type { BriefPassage, BriefWorkspace } from '@shared/brief/brief-workspace'
import type { ClaimReuse } from '@shared/claims/reuse-counting'
import type { DocumentMeta, DocumentModel } from '@shared/corpus/document-model'
import type { WorkspaceSnapshot } from '../../db/workspace-snapshot'
import { placeHighlight } from '../../host/placement-cache'

export function toBriefWorkspace(
  snapshot: WorkspaceSnapshot,
  documents: readonly DocumentMeta[],
  models: ReadonlyMap<string, DocumentModel>,
  reuse: ClaimReuse | null = null,
): BriefWorkspace {
  const passages = snapshot.highlights.map((highlight): BriefPassage => {
    const doc = models.get(highlight.docId)
    const placement = doc ? placeHighlight(highlight, doc) : null
    return {
      highlightId: highlight.id,
      docId: highlight.docId,
      quote: highlight.selectors.quote.exact,
      span:
        doc && placement && placement.status !== 'orphan'
          ? passageSpan(doc.blocks, placement.start, placement.end)
          : null,
      color: highlight.color,
      note: highlight.note,
      tags: highlight.tags,
      createdAt: highlight.createdAt,
    }
  })
  return {
    documents,
    passages,
    claims: snapshot.claims,
    evidence: snapshot.evidence,
    sourceGrades: snapshot.sourceGrades,
    timelines: snapshot.timelines,
    events: snapshot.events,
    colorNames: snapshot.colorNames,
    ...(reuse ? { reuse } : {}),
  }
}
