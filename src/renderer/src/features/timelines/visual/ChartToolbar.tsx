/**
 * Above the chart: the window shown, in words and counts (announced politely, so a
 * keyboard zoom or pan is heard), and the zoom buttons that mirror the keys.
 */
import { describeView } from './axis'
import { MAX_SPAN, MIN_SPAN, type TimeView } from './view-math'

interface ChartToolbarProps {
  view: TimeView
  total: number
  inView: number
  /** Events in view too close together to draw at this zoom. */
  hidden: number
  onZoomIn: () => void
  onZoomOut: () => void
  onFit: () => void
}

const count = (n: number) => n.toLocaleString('en-GB')

export function ChartToolbar({ view, total, inView, hidden, ...actions }: ChartToolbarProps) {
  const span = view.end - view.start
  return (
    <div className="tc-toolbar">
      <p className="tc-range" aria-live="polite">
        <strong>{describeView(view)}</strong>
        <span className="tc-range-count">
          {' · '}
          {count(inView)} of {count(total)} {total === 1 ? 'event' : 'events'}
          {hidden > 0 && `, ${count(hidden)} too close together to draw (zoom in)`}
        </span>
      </p>
      <div className="tc-zoom" role="group" aria-label="Zoom">
        <button
          type="button"
          className="button-quiet"
          onClick={actions.onZoomIn}
          disabled={span <= MIN_SPAN}
          aria-keyshortcuts="+"
        >
          Zoom in
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={actions.onZoomOut}
          disabled={span >= MAX_SPAN}
          aria-keyshortcuts="-"
        >
          Zoom out
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={actions.onFit}
          aria-keyshortcuts="0"
        >
          Fit all
        </button>
      </div>
    </div>
  )
}
