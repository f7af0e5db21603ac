/** The files of this import session, each with where it stands and what can be done. */
import { routeHash } from '../../nav/routes'
import type { ImportItem } from './import-queue'

interface ImportQueueListProps {
  items: ImportItem[]
  /** The file whose sheet is open below the list. */
  reviewKey: number | null
  onCancel: (key: number) => void
  /** Called when the analyst follows the link to an added document. */
  onOpened: () => void
}

export function ImportQueueList({ items, reviewKey, onCancel, onOpened }: ImportQueueListProps) {
  if (items.length === 0) return null
  return (
    <ul className="import-list" aria-label="Files">
      {items.map((item) => (
        <li key={item.key} className={`import-item import-${item.status}`}>
          <span className="import-file">{item.fileName}</span>
          <ItemState
            item={item}
            inReview={item.key === reviewKey}
            onCancel={onCancel}
            onOpened={onOpened}
          />
        </li>
      ))}
    </ul>
  )
}

function ItemState({
  item,
  inReview,
  onCancel,
  onOpened,
}: {
  item: ImportItem
  inReview: boolean
  onCancel: (key: number) => void
  onOpened: () => void
}) {
  const cancel = (
    <button type="button" className="button-quiet" onClick={() => onCancel(item.key)}>
      Cancel<span className="visually-hidden"> {item.fileName}</span>
    </button>
  )
  switch (item.status) {
    case 'waiting':
      return (
        <>
          <span className="import-state">Waiting</span>
          {cancel}
        </>
      )
    case 'reading':
      return (
        <>
          <span className="import-state import-progress">
            <progress value={item.fraction} max={1} aria-label={`${item.step}: ${item.fileName}`} />
            <span>{item.step}…</span>
          </span>
          {cancel}
        </>
      )
    case 'review':
      return (
        <span className="import-state">
          {inReview ? 'Check the details below' : 'Read; details to check'}
        </span>
      )
    case 'added':
      return (
        <span className="import-state">
          Added as{' '}
          <a
            href={routeHash({ view: 'reader', docId: item.docId, highlightId: null })}
            onClick={onOpened}
          >
            {item.title}
          </a>
        </span>
      )
    case 'skipped':
      return <span className="import-state">Skipped: nothing added</span>
    case 'cancelled':
      return <span className="import-state">Cancelled: nothing added</span>
    case 'refused':
    case 'failed':
      return (
        <span className="import-state import-error" role="alert">
          {item.message} Nothing was added.
        </span>
      )
  }
}
