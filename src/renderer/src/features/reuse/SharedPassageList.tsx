/**
 * The reader's "Shared passages" section: each passage of the open source that appears in
 * another source, where else it appears ("Also in: Tahir, ‘…’, ¶9"), and the ways there:
 * show it here, open the other source at it, compare the two side by side.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { formatPassageLocator, passageSpan } from '@shared/corpus/passage-locator'
import type { TextSpan } from '@shared/reuse/types'
import type { DocumentSharedPassage } from '../../host/reuse-service'
import { routeHash } from '../../nav/routes'
import '../../styles/reuse.css'

/** Where the list stands: its passages, or why there are none yet. */
export type SharedPassagesStatus =
  | { status: 'finding'; done: number; total: number }
  | { status: 'error'; message: string }
  | { status: 'ready'; passages: readonly DocumentSharedPassage[] }

interface SharedPassageListProps {
  doc: DocumentModel
  state: SharedPassagesStatus
  /** "Tahir, ‘Pakistan and Iran: The way forward’, ¶9": where the other side is. */
  labelOf: (there: TextSpan) => string
  /** Scrolls the open source to the passage and flashes it. */
  onShow: (here: TextSpan) => void
}

/** "Finding shared passages… 3 of 5 sources": the index's progress, as every reuse view says it. */
export function findingMessage(done: number, total: number): string {
  return total > 0
    ? `Finding shared passages… ${done} of ${total} sources`
    : 'Finding shared passages…'
}

/**
 * Brings the side list's item for the passage starting at `start` (in the open source) into
 * view, moves the focus to it and flashes it: what a click on the passage's underline in the
 * text does. False when the list shows no such item (not loaded yet, or a narrow layout).
 */
export function callSharedPassageItem(start: number, root: ParentNode = document): boolean {
  const item = root.querySelector<HTMLElement>(`.sp-item[data-shared-start="${start}"]`)
  const show = item?.querySelector<HTMLElement>('.hl-show')
  if (!item || !show) return false
  item.scrollIntoView({ block: 'nearest' })
  show.focus({ preventScroll: true })
  // Restart the flash when the same item is called twice in a row.
  item.classList.remove('sp-called')
  void item.offsetWidth
  item.classList.add('sp-called')
  return true
}

export function SharedPassageList({ doc, state, labelOf, onShow }: SharedPassageListProps) {
  const count = state.status === 'ready' ? state.passages.length : null
  return (
    <section className="shared-passages" aria-labelledby="shared-passages-heading">
      <h2 id="shared-passages-heading">
        Shared passages {count !== null && <span className="count">{count}</span>}
      </h2>
      {state.status === 'finding' && (
        <p className="panel-empty" role="status">
          {findingMessage(state.done, state.total)}
        </p>
      )}
      {state.status === 'error' && (
        <p className="panel-empty sp-problem" role="alert">
          Shared passages cannot be shown: {state.message}
        </p>
      )}
      {count === 0 && (
        <p className="panel-empty">No passage of this source appears in another source.</p>
      )}
      {state.status === 'ready' && count !== 0 && (
        <ol className="highlight-list">
          {state.passages.map((shared) => (
            <SharedPassageItem
              key={`${shared.here.start}:${shared.there.docId}:${shared.there.start}`}
              doc={doc}
              shared={shared}
              label={labelOf(shared.there)}
              onShow={onShow}
            />
          ))}
        </ol>
      )}
    </section>
  )
}

interface SharedPassageItemProps {
  doc: DocumentModel
  shared: DocumentSharedPassage
  label: string
  onShow: (here: TextSpan) => void
}

function SharedPassageItem({ doc, shared, label, onShow }: SharedPassageItemProps) {
  const { here, there } = shared
  const location = formatPassageLocator(passageSpan(doc.blocks, here.start, here.end))
  const open = routeHash({ view: 'reader', docId: there.docId, highlightId: null, at: there })
  const compare = routeHash({ view: 'compare', a: here, b: there })
  return (
    <li className="sp-item" data-shared-start={here.start}>
      <button
        type="button"
        className="hl-show"
        onClick={() => onShow(here)}
        title="Show in the text"
      >
        <span className="hl-meta">
          <span className="sp-mark" aria-hidden="true" />
          <span>
            {shared.words} words{shared.similarity < 1 ? ', lightly edited' : ''}
          </span>
          <span className="hl-location">{location}</span>
        </span>
        <span className="hl-quote" dir="auto">
          {doc.text.slice(here.start, here.end)}
        </span>
      </button>
      <p className="sp-also">
        Also in: <span dir="auto">{label}</span>
      </p>
      <div className="hl-actions">
        <a className="button-quiet" href={open} aria-label={`Open there: ${label}`}>
          Open there
        </a>
        <a className="button-quiet" href={compare} aria-label={`Compare with ${label}`}>
          Compare
        </a>
      </div>
    </li>
  )
}
