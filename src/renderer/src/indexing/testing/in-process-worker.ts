/**
 * The search worker for tests: the real worker handler at the far end of a MessageChannel,
 * connected as the client connects a Worker.
 */
import type { SearchPort } from '../search-client'
import { createSearchWorker, type SearchWorker, type SearchWorkerDeps } from '../search-worker'

/** A port to a new in-process worker over `deps`, and the worker (to wait for it, close it). */
export function inProcessWorker(deps: SearchWorkerDeps): {
  connect: () => SearchPort
  worker: SearchWorker
} {
  const { port1, port2 } = new MessageChannel()
  // Snapshots are written when a test asks (persist), not by the idle timer.
  const worker = createSearchWorker({ idleMs: 3_600_000, ...deps }, (reply) =>
    port2.postMessage(reply),
  )
  port2.onmessage = ({ data }) => worker.handle(data)
  const connect = () =>
    Object.assign(port1, {
      terminate: () => {
        worker.close()
        port1.close()
        port2.close()
      },
    })
  return { connect, worker }
}
