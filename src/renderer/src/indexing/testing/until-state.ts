/** Waiting in tests for a service or client (anything with state and subscribe) to get somewhere. */

/** Something whose state can be read and followed, as the services and worker clients are. */
export interface Followable<State> {
  state(): State
  subscribe(onChange: () => void): () => void
}

/** The state, once `ready` holds for it (at once when it already does). */
export function untilState<State>(
  source: Followable<State>,
  ready: (state: State) => boolean,
): Promise<State> {
  return new Promise<State>((resolve) => {
    const check = () => {
      if (!ready(source.state())) return
      stop()
      resolve(source.state())
    }
    const stop = source.subscribe(check)
    check()
  })
}
