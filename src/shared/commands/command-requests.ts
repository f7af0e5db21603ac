/**
 * Requests from the command palette to a view that may not be on screen yet ("focus the
 * new claim field" once the claims view is open). A request waits until a listener for
 * its name takes it: one already listening gets it at once, one that starts listening
 * later (the view just navigated to) gets it as it starts, within REQUEST_WAIT_MS. Each
 * request is taken once.
 */

/** What the palette can ask a view to do. */
export type CommandRequest =
  'new-claim' | 'new-timeline' | 'new-brief' | 'export-brief' | 'find-in-document'

/**
 * How long a request waits for its view. A view navigated to mounts well within this; one
 * that never comes (an empty library has no document to find in; the analyst left the
 * brief before it was built) must not have the request go off much later, elsewhere.
 */
export const REQUEST_WAIT_MS = 5_000

/** Requests waiting, with when they were made. */
const pending = new Map<CommandRequest, number>()
const listeners = new Map<CommandRequest, Set<() => void>>()

/** Asks for `request`: the newest listener for it runs now, or the next one to listen. */
export function requestCommand(request: CommandRequest, now: number = Date.now()): void {
  const waiting = listeners.get(request)
  const last = waiting && [...waiting].at(-1)
  if (last) last()
  else pending.set(request, now)
}

/**
 * Listens for `request`, running `run` at once if it is pending; returns the disposer
 * (for a React effect's cleanup).
 */
export function onCommandRequest(
  request: CommandRequest,
  run: () => void,
  now: number = Date.now(),
): () => void {
  let set = listeners.get(request)
  if (!set) listeners.set(request, (set = new Set()))
  set.add(run)
  const madeAt = pending.get(request)
  pending.delete(request)
  if (madeAt !== undefined && now - madeAt <= REQUEST_WAIT_MS) run()
  return () => {
    set.delete(run)
  }
}

/** Drops every pending request (for tests). */
export function clearCommandRequests(): void {
  pending.clear()
}
