/**
 * Briefs: the analyst's briefs, one open in the composer beside a live preview of exactly
 * the Markdown that Export writes.
 */
import { onCommandRequest } from '@shared/commands/command-requests'
import { useEffect, useRef, useState } from 'react'
import { newBrief } from './actions'
import { BriefList } from './BriefList'
import { BriefWorkbench } from './BriefWorkbench'
import { openBrief } from './open-brief'
import { useBriefs, useWorkspaceSnapshot } from './useBriefs'

interface BriefsViewProps {
  briefId: string | null
  onReady: () => void
}

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
    if (loaded && briefId === null && briefs[0]) openBrief(briefs[0].id)
  }, [loaded, briefId, briefs])

  const createBrief = async () => {
    const made = await newBrief()
    if (!made) return
    setCreated(made.id)
    openBrief(made.id)
  }
  // The palette's "New brief" does what the button does, once the list has loaded (so
  // opening the newest brief cannot come after the new one).
  const create = useRef(createBrief)
  useEffect(() => {
    create.current = createBrief
  })
  useEffect(() => {
    if (loaded) return onCommandRequest('new-brief', () => void create.current())
  }, [loaded])

  return (
    <div className="briefs-view">
      <BriefList briefs={briefs} currentId={current?.id} onNewBrief={() => void createBrief()} />
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
