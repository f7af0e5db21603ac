/**
 * The views that load on demand, each in its own chunk: everything but the library and
 * the reader, which are the start-up path. The Markdown toolchain (briefs), d3 (the
 * timeline chart) and the claims tables arrive with the view that needs them.
 */
import { preloadReaderPopovers } from '../features/reader/ReaderPopovers'
import { deferred } from '../ui/LazyView'

export const NotebookView = deferred(() =>
  import('../features/notebook/NotebookView').then((m) => m.NotebookView),
)
export const ClaimsView = deferred(() =>
  import('../features/claims/ClaimsView').then((m) => m.ClaimsView),
)
export const ClaimPage = deferred(() =>
  import('../features/claims/ClaimPage').then((m) => m.ClaimPage),
)
export const MatrixView = deferred(() =>
  import('../features/claims/matrix/MatrixView').then((m) => m.MatrixView),
)
export const TimelinesView = deferred(() =>
  import('../features/timelines/TimelinesView').then((m) => m.TimelinesView),
)
export const BriefsView = deferred(() =>
  import('../features/briefs/BriefsView').then((m) => m.BriefsView),
)
export const EntitiesView = deferred(() =>
  import('../features/entities/EntitiesView').then((m) => m.EntitiesView),
)
export const SourcesView = deferred(() =>
  import('../features/reuse/SourcesView').then((m) => m.SourcesView),
)
export const CompareView = deferred(() =>
  import('../features/reuse/CompareView').then((m) => m.CompareView),
)

/**
 * Loaded when the reader is up and the page idle, the likeliest next steps first (Add to
 * timeline, from the reader).
 */
export const PRELOADED_VIEWS = [
  { preload: preloadReaderPopovers },
  NotebookView,
  ClaimsView,
  ClaimPage,
  TimelinesView,
  BriefsView,
  MatrixView,
  EntitiesView,
  SourcesView,
  CompareView,
]
