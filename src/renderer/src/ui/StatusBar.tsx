/** The app's status line with an optional close; errors use role="alert". */
import { dismissStatus, useStatus } from './status'

export function StatusBar() {
  const status = useStatus()
  return (
    <div className="status-bar" aria-live="polite">
      {status && (
        <p
          className={`status status-${status.tone}`}
          role={status.tone === 'error' ? 'alert' : 'status'}
          key={status.id}
        >
          <span>{status.text}</span>
          <button
            type="button"
            className="button-quiet status-close"
            onClick={dismissStatus}
            aria-label="Dismiss message"
          >
            ×
          </button>
        </p>
      )}
    </div>
  )
}
