/** The people, places and organisations in the corpus (being built: see issue 14). */
import { useEffect } from 'react'

interface EntitiesViewProps {
  entityId: string | null
  onReady: () => void
}

export function EntitiesView({ onReady }: EntitiesViewProps) {
  useEffect(() => onReady(), [onReady])
  return (
    <main id="entities" className="view" tabIndex={-1} aria-label="Entities">
      <p>Finding names…</p>
    </main>
  )
}
