/**
 * The status strip along the bottom of the window. Its place is reserved in the layout
 * (and left out of the area popovers may use), so a message never covers the reader, the
 * selection toolbar or a popover. Information goes after a few seconds, but waits while
 * the pointer or keyboard focus is on it; errors (role="alert") and messages with an
 * action stay until dismissed or replaced.
 */
import { useEffect, useRef } from 'react'
import { dismissStatus, useStatus } from './status'
import { STATUS_STRIP_ATTRIBUTE } from './usable-viewport'

export function StatusBar() {
  const status = useStatus()
  const stripRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const strip = stripRef.current
    if (!status || status.lifetime === null || !strip) return
    const lifetime = status.lifetime
    let timer = 0
    // Read afresh for each message: a focused button removed with the last one sends no blur.
    const held = (focusGoingTo?: EventTarget | null) =>
      strip.matches(':hover') ||
      (focusGoingTo === undefined
        ? strip.contains(document.activeElement)
        : focusGoingTo instanceof Node && strip.contains(focusGoingTo))
    const wait = () => window.clearTimeout(timer)
    const resume = (focusGoingTo?: EventTarget | null) => {
      wait()
      if (!held(focusGoingTo)) {
        timer = window.setTimeout(() => dismissStatus(status.id), lifetime)
      }
    }
    const onLeave = () => resume()
    const onFocusOut = (event: FocusEvent) => resume(event.relatedTarget)
    strip.addEventListener('pointerenter', wait)
    strip.addEventListener('focusin', wait)
    strip.addEventListener('pointerleave', onLeave)
    strip.addEventListener('focusout', onFocusOut)
    resume()
    return () => {
      wait()
      strip.removeEventListener('pointerenter', wait)
      strip.removeEventListener('focusin', wait)
      strip.removeEventListener('pointerleave', onLeave)
      strip.removeEventListener('focusout', onFocusOut)
    }
  }, [status])

  const marker = { [STATUS_STRIP_ATTRIBUTE]: '' }
  return (
    <div
      {...marker}
      ref={stripRef}
      className="status-strip"
      data-tone={status?.tone}
      aria-live="polite"
    >
      {status && (
        <p
          className={`status status-${status.tone}`}
          role={status.tone === 'error' ? 'alert' : 'status'}
          key={status.id}
        >
          <span className="status-text">{status.text}</span>
          {status.action && (
            <button
              type="button"
              className="button-quiet status-action"
              onClick={() => {
                dismissStatus(status.id)
                status.action?.run()
              }}
            >
              {status.action.label}
            </button>
          )}
          <button
            type="button"
            className="button-quiet status-close"
            onClick={() => dismissStatus(status.id)}
            aria-label="Dismiss message"
            title="Dismiss"
          >
            ×
          </button>
        </p>
      )}
    </div>
  )
}
