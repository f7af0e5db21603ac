/**
 * Briefs: the analyst's briefs, one open in the composer beside a live preview of exactly
 * the Markdown that Export writes.
 */
import type { BriefSpec } from '@shared/brief/brief-spec'
import { useEffect, useMemo, useState } from 'react'
import { routeHash } from '../../nav/routes'
import { navigate } from '../../nav/useHashRoute'
import type { BriefRecord } from '../../db/records'
import type { WorkspaceSnapshot } from '../../db/workspace-snapshot'
import { copyBrief, newBrief, removeBrief } from './actions'
import { BriefComposer } from './BriefComposer'
import { BriefPreviewPane } from './BriefPreviewPane'
import { useBriefs, useWorkspaceSnapshot } from './useBriefs'
import type { BriefDrafts } from './useBriefDrafts'

interface BriefsViewProps {
  briefId: string | null
  onReady: () => void
}

const open = (briefId: string | null) => navigate({ view: 'briefs', briefId })

export function BriefsView({ briefId, onReady }: BriefsViewProps) {
  const { briefs, loaded } = useBriefs()
  const snapshot = useWorkspaceSnapshot()
  const current = briefs.find((b) => b.id === briefId) ?? null
  // A brief just made opens with its title selected, ready to be typed over.
  const [created, setCreated] = useState<string | null>(null)

  useEffect(() => {
    if (loaded) onReady()
  }, [loaded, onReady])
  // Only an address without a brief opens the newest: one just created or duplicated may
  // not be in the list yet.
  useEffect(() => {
    if (loaded && briefId === null && briefs[0]) open(briefs[0].id)
  }, [loaded, briefId, briefs])

  return (
    <div className="briefs-view">
      <nav className="briefs-nav" aria-label="Briefs">
        <h2>Briefs</h2>
        <button
          type="button"
          className="button"
          onClick={async () => {
            const made = await newBrief()
            if (!made) return
            setCreated(made.id)
            open(made.id)
          }}
        >
          New brief
        </button>
        <ul>
          {briefs.map((b) => (
            <li key={b.id}>
              <a
                href={routeHash({ view: 'briefs', briefId: b.id })}
                aria-current={b.id === current?.id ? 'page' : undefined}
              >
                <span className="bf-list-title">{b.title}</span>
                <span className="bf-list-date">
                  {new Date(b.updatedAt).toLocaleDateString('en-GB', {
                    day: 'numeric',
                    month: 'short',
                    year: 'numeric',
                  })}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {current ? (
        <BriefWorkbench
          key={current.id}
          brief={current}
          nextAfterDelete={briefs.find((b) => b.id !== current.id)?.id ?? null}
          focusTitle={current.id === created}
          snapshot={snapshot}
        />
      ) : (
        <main id="briefs" className="bf-empty" tabIndex={-1} aria-labelledby="briefs-heading">
          <h1 id="briefs-heading">Briefs</h1>
          <p>
            {loaded && briefId !== null && briefs.length > 0
              ? 'This brief no longer exists. Choose another from the list.'
              : loaded
                ? 'No briefs yet. A brief gathers claims with their evidence, timelines and highlights into one Markdown file with exact quotes and citations. Start one with “New brief”.'
                : 'Reading briefs…'}
          </p>
        </main>
      )}
    </div>
  )
}

interface BriefWorkbenchProps {
  brief: BriefRecord
  /** Where to go once this brief is deleted (the list may not have caught up yet). */
  nextAfterDelete: string | null
  focusTitle: boolean
  snapshot: WorkspaceSnapshot | undefined
}

/** One brief: composer and preview, sharing the words being typed. */
function BriefWorkbench({ brief, nextAfterDelete, focusTitle, snapshot }: BriefWorkbenchProps) {
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
              if (copy) open(copy.id)
            }}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="button-quiet button-danger"
            onClick={async () => {
              if (await removeBrief(brief)) open(nextAfterDelete)
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
