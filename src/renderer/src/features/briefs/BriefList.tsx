/** The briefs list beside the composer: "New brief" and a link to each brief, newest first. */
import { routeHash } from '../../nav/routes'
import type { BriefRecord } from '../../db/records'

interface BriefListProps {
  briefs: BriefRecord[]
  /** The brief open in the composer, marked as the current page. */
  currentId: string | undefined
  onNewBrief: () => void
}

const formatDate = (time: number) =>
  new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })

export function BriefList({ briefs, currentId, onNewBrief }: BriefListProps) {
  return (
    <nav className="briefs-nav" aria-label="Briefs">
      <h2>Briefs</h2>
      <button type="button" className="button" onClick={onNewBrief}>
        New brief
      </button>
      <ul>
        {briefs.map((b) => (
          <li key={b.id}>
            <a
              href={routeHash({ view: 'briefs', briefId: b.id })}
              aria-current={b.id === currentId ? 'page' : undefined}
            >
              <span className="bf-list-title">{b.title}</span>
              <span className="bf-list-date">{formatDate(b.updatedAt)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
