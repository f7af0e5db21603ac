/**
 * Code loaded on demand, in its own chunk, so the reader is interactive before the rest of
 * the app has arrived (the other views, the Markdown toolchain, chrono-node, d3). A
 * deferred component renders at once when its code is in; otherwise it suspends, and
 * `LazyBoundary` shows a loading state (only after a moment: a fast load does not flash)
 * or, when the code could not be loaded, says so and offers Retry.
 */
import {
  Component,
  lazy,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react'
import { Popover, type PopoverAnchor } from './Popover'
import '../styles/lazy-view.css'

/** How long a load may take before the loading state says so. */
export const LOADING_DELAY_MS = 300

/** Raised, to the nearest `LazyBoundary`, when a deferred component's code did not load. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.name = 'ChunkLoadError'
  }
}

/** A component whose code loads on first render, or earlier through `preload`. */
export interface DeferredComponent<P extends object> {
  (props: P): ReactNode
  /** Loads the code now (nothing is rendered); rejects with a ChunkLoadError if it fails. */
  preload: () => Promise<void>
}

/**
 * A component loaded by `load` (a dynamic `import()`) the first time it renders. Once
 * loaded it renders without suspending; a failure reaches the nearest LazyBoundary as a
 * ChunkLoadError. A failed preload is not kept: the first render loads again.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
): DeferredComponent<P> {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<ComponentType<P>> | null = null
  const start = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null
        throw new ChunkLoadError(error)
      },
    ))
  const Lazy = lazy(() =>
    start().then((component) => ({ default: component })),
  ) as unknown as ComponentType<P>

  function Deferred(props: P) {
    // Chosen once per mount: switching type once the code is in would remount the view.
    const [Type] = useState(() => loaded ?? Lazy)
    return <Type {...props} />
  }
  Deferred.preload = () => start().then(() => undefined)
  return Deferred
}

/**
 * Loads the page again, where it is (the route is in the URL): the one retry that works.
 * Chromium keeps a failed module fetch for the life of the page, so importing it again
 * fails at once; and after an update of the web host the old chunk is gone for good.
 */
function reloadPage(): void {
  window.location.reload()
}

/**
 * Loads each of `components` in turn, when the page is idle, once `whenReady` says the
 * workbench is shown: later views then open without a loading state. A failure is left
 * for the component to report when it is opened. Returns a function that stops.
 */
export function preloadWhenIdle(
  components: readonly { preload: () => Promise<void> }[],
  whenReady: (run: () => void) => () => void,
): () => void {
  let stopped = false
  let cancelIdle = () => {}
  const next = (index: number) => {
    const component = components[index]
    if (stopped || !component) return
    cancelIdle = whenIdle(() => {
      const then = () => next(index + 1)
      component.preload().then(then, then)
    })
  }
  const stopWaiting = whenReady(() => next(0))
  return () => {
    stopped = true
    stopWaiting()
    cancelIdle()
  }
}

/** Runs `run` when the page is next idle (within 2 s at most); returns a canceller. */
export function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2000 })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(run, 50)
  return () => window.clearTimeout(id)
}

interface LazyBoundaryProps {
  /** Shown while the code loads (from the first moment: delay it inside if needed). */
  loading: ReactNode
  /** Shown when the code did not load. */
  failed: (error: ChunkLoadError) => ReactNode
  children: ReactNode
}

/**
 * Suspense and an error boundary for deferred components. Only a ChunkLoadError is
 * handled here; any other error goes on up, as it would without this boundary.
 */
export class LazyBoundary extends Component<LazyBoundaryProps, { error: unknown }> {
  override state = { error: null as unknown }

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error }
  }

  override render(): ReactNode {
    const { error } = this.state
    if (error instanceof ChunkLoadError) return this.props.failed(error)
    // Thrown from the boundary's own render, an error reaches the boundary above.
    if (error) throw error
    return <Suspense fallback={this.props.loading}>{this.props.children}</Suspense>
  }
}

interface LazyViewProps {
  /** What loads, as a phrase: "the Claims view". */
  label: string
  /** The id of the view's main region (the skip link's target). */
  mainId: string
  children: ReactNode
}

/**
 * A view in place of the main region: a quiet main region while its code loads, which
 * says "Loading …" after LOADING_DELAY_MS, and a clear message with Retry if it fails.
 */
export function LazyView({ label, mainId, children }: LazyViewProps) {
  return (
    <LazyBoundary
      loading={<LoadingView label={label} mainId={mainId} />}
      failed={(error) => <FailedView label={label} mainId={mainId} error={error} />}
    >
      {children}
    </LazyBoundary>
  )
}

function LoadingView({ label, mainId }: { label: string; mainId: string }) {
  const [shown, setShown] = useState(false)
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), LOADING_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [])
  useFocusHandOff(ref)
  return (
    <main
      id={mainId}
      ref={ref}
      className="lazy-view"
      tabIndex={-1}
      aria-busy="true"
      aria-label={label}
    >
      <p role="status" className="lazy-view-status">
        {shown ? `Loading ${label}…` : ''}
      </p>
    </main>
  )
}

/**
 * The focus given to the loading state's main region (by the skip link or by `goTo`)
 * goes to the view's own main region when it replaces it, unless the view took it.
 */
function useFocusHandOff(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = ref.current
    return () => {
      if (!element || !element.contains(document.activeElement)) return
      requestAnimationFrame(() => {
        if (document.activeElement && document.activeElement !== document.body) return
        document.querySelector<HTMLElement>('main[tabindex]')?.focus({ preventScroll: true })
      })
    }
  }, [ref])
}

interface FailedViewProps {
  label: string
  mainId: string
  error: ChunkLoadError
}

function FailedView({ label, mainId, error }: FailedViewProps) {
  const headingId = `${mainId}-load-failed`
  return (
    <main id={mainId} className="lazy-view" tabIndex={-1} aria-labelledby={headingId}>
      <div role="alert">
        <h1 id={headingId}>Could not load {label}</h1>
        <p>
          Casefile could not load the code for {label} ({error.message}). Nothing you have saved is
          affected.
        </p>
        <p>Retry loads Casefile again, at this place.</p>
      </div>
      <p className="lazy-view-actions">
        <button type="button" className="button" onClick={reloadPage}>
          Retry
        </button>
      </p>
    </main>
  )
}

interface FailedPopoverProps {
  /** The popover's name, as its button says it: "Add to timeline". */
  label: string
  anchor: PopoverAnchor
  onClose: () => void
  returnFocus?: RefObject<HTMLElement | null>
}

/** In place of a popover whose code did not load: what happened, Retry and Cancel. */
export function FailedPopover({ label, anchor, onClose, returnFocus }: FailedPopoverProps) {
  return (
    <Popover
      label={label}
      className="lazy-popover"
      anchor={anchor}
      sizeGuess={{ width: 360, height: 180 }}
      returnFocus={returnFocus}
      onClose={onClose}
    >
      <p role="alert">
        Casefile could not load “{label}”: nothing was changed. Retry loads Casefile again, at this
        source (select the passage again).
      </p>
      <p className="lazy-view-actions">
        <button type="button" className="button" onClick={reloadPage}>
          Retry
        </button>
        <button type="button" className="button-quiet" onClick={onClose}>
          Cancel
        </button>
      </p>
    </Popover>
  )
}
