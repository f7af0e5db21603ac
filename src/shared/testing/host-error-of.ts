/** Test support: the HostError a host call rejects with. */
import { HostError } from '../api'

/** The HostError `attempt` rejects with; fails the test if it resolves or rejects otherwise. */
export async function hostErrorOf(attempt: Promise<unknown>): Promise<HostError> {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof HostError)) throw new Error(`expected a HostError, got ${String(error)}`)
  return error
}
