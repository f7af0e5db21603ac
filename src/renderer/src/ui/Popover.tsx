/**
 * The one shell for a panel that floats beside what it is about (a selection, a
 * highlight): a labelled dialog, placed from its measured size next to its anchor and
 * inside the usable viewport, clear of the anchor whenever there is room; closed by
 * Escape or a pointer outside it; taking the focus when it opens and handing it back when
 * it closes, so the keyboard never loses its place.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react'
import { passageAnchor, popoverPosition } from './popover-position'
import { useDismissOnOutsidePointer } from './useDismissOnOutsidePointer'
import { useNaturalSize, type Size } from './useNaturalSize'

/** The rectangle a popover belongs to, in viewport coordinates (a `DOMRect` will do). */
export interface PopoverAnchor {
  left: number
  top: number
  right: number
  bottom: number
}

export interface PopoverProps {
  /** The dialog's accessible name. */
  label: string
  /** Where the panel is centred and placed beside: the end of a selection, a clicked line. */
  anchor: PopoverAnchor
  /**
   * The whole of what the panel belongs to (every line of a passage), which it keeps clear
   * of above and below. Read once, when the popover opens; null when it is not on screen.
   */
  keepClear?: () => PopoverAnchor | null
  /** Called on Escape and on a pointer down outside; the caller unmounts the popover. */
  onClose: () => void
  /** The size used for the first layout only, before the panel can be measured. */
  sizeGuess: Size
  /** The panel's own class (width, spacing); the shell's look is `.popover`. */
  className: string
  /**
   * Focused on open, and again whenever a different ref is passed (so a field can take
   * the focus once it is ready); without one, or while it is empty, the panel itself.
   */
  initialFocus?: RefObject<HTMLElement | null>
  /**
   * Receives the focus on close; without one, the element that had it when the popover
   * opened, if it is still on the page. Only if the focus is still in the popover (or
   * nowhere): a click elsewhere that closed it keeps its own focus.
   */
  returnFocus?: RefObject<HTMLElement | null>
  /** Keys other than Escape, for the panel's own shortcuts. */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void
  children: ReactNode
}

export function Popover(props: PopoverProps) {
  const { label, anchor, onClose, sizeGuess, className, initialFocus, returnFocus } = props
  const panelRef = useRef<HTMLDivElement>(null)
  useDismissOnOutsidePointer(panelRef, onClose)
  useFocusReturn(panelRef, returnFocus)

  useEffect(() => {
    ;(initialFocus?.current ?? panelRef.current)?.focus()
  }, [initialFocus])

  const [clear] = useState(() => props.keepClear?.() ?? null)
  const size = useNaturalSize(panelRef, sizeGuess)
  return (
    <div
      ref={panelRef}
      className={`popover ${className}`}
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      style={popoverPosition(passageAnchor(anchor, clear), size)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // The reader and the selection toolbar also close things on Escape: one at a time.
          event.stopPropagation()
          onClose()
        } else props.onKeyDown?.(event)
      }}
    >
      {props.children}
    </div>
  )
}

/** Remembers who had the focus at mount and gives it back (or to `target`) at unmount. */
function useFocusReturn(
  panelRef: RefObject<HTMLElement | null>,
  target: RefObject<HTMLElement | null> | undefined,
) {
  const latestTarget = useRef(target)
  useEffect(() => {
    latestTarget.current = target
  })
  // A layout effect, so the cleanup runs while the panel is still on the page and can
  // tell whether the focus is inside it.
  useLayoutEffect(() => {
    const opener = document.activeElement
    const panel = panelRef.current
    return () => {
      const now = document.activeElement
      const lost = now === null || now === document.body || (panel?.contains(now) ?? false)
      if (!lost) return
      const back =
        latestTarget.current?.current ??
        (opener instanceof HTMLElement && opener !== document.body && opener.isConnected
          ? opener
          : null)
      back?.focus({ preventScroll: true })
    }
  }, [panelRef])
}

interface PopoverActionsProps {
  /** The main button's text ("Add event"). */
  confirmLabel: string
  /** While true the main button cannot be pressed. */
  disabled: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** A popover's buttons: Cancel, then the one that does what the popover is for. */
export function PopoverActions({
  confirmLabel,
  disabled,
  onConfirm,
  onCancel,
}: PopoverActionsProps) {
  return (
    <div className="editor-actions">
      <button type="button" className="button-quiet" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button" disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </button>
    </div>
  )
}
