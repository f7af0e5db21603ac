/** One brief open: its heading with Duplicate and Delete, the composer, and the preview. */
import type { BriefSpec } from '@shared/brief/brief-spec'
import { useMemo, useState } from 'react'
import type { BriefRecord } from '../../db/records'
import type { WorkspaceSnapshot } from '../../db/workspace-snapshot'
import { copyBrief, removeBrief } from './actions'
import { BriefComposer } from './BriefComposer'
import { BriefPreviewPane } from './BriefPreviewPane'
import { openBrief } from './open-brief'
import type { BriefDrafts } from './useBriefDrafts'

interface BriefWorkbenchProps {
  brief: BriefRecord
  /** Where to go once this brief is deleted (the list may not have caught up yet). */
  nextAfterDelete: string | null
  focusTitle: boolean
  snapshot: WorkspaceSnapshot | undefined
}

/** One brief: composer and preview, sharing the words being typed. */
export function BriefWorkbench({
  brief,
  nextAfterDelete,
  focusTitle,
  snapshot,
}: BriefWorkbenchProps) {
  const [drafts, setDrafts] = useState<BriefDrafts | null>(null)
  const spec: BriefSpec = useMemo(
    () => ({
      ...brief,
      ...drafts,
      title: drafts?.title.trim() ? drafts.title : brief.title,
    }),
    [brief, drafts],
  )
  return (
    <>
      <main id="briefs" className="bf-main" tabIndex={-1} aria-labelledby="brief-heading">
        <div className="bf-head">
          <h1 id="brief-heading">{spec.title}</h1>
          <button
            type="button"
            className="button-quiet"
            onClick={async () => {
              const copy = await copyBrief(brief.id)
              if (copy) openBrief(copy.id)
            }}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="button-quiet button-danger"
            onClick={async () => {
              if (await removeBrief(brief)) openBrief(nextAfterDelete)
            }}
          >
            Delete
          </button>
        </div>
        <BriefComposer
          brief={brief}
          snapshot={snapshot}
          onDrafts={setDrafts}
          focusTitle={focusTitle}
        />
      </main>
      <BriefPreviewPane spec={spec} snapshot={snapshot} />
    </>
  )
}
