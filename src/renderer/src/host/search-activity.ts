/**
 * Whether the analyst is searching: from a search asked until a while after the last answer.
 * Background work that competes with search for the machine's cores, the UI thread and the
 * origin's IndexedDB (names found in 10,000 sources, one text read, cloned and cached after
 * another) waits for {@link SearchActivity.quiet} between its pieces, so as-you-type search
 * keeps the machine while keys come.
 */

/** How long after the last answer the analyst counts as no longer typing a search. */
export const SEARCH_QUIET_MS = 1500

export interface SearchActivity {
  /** Tracks one search from now until `answered` settles; returns `answered`. */
  track<T>(answered: Promise<T>): Promise<T>
  /**
   * Resolves at once when no search is under way and none settled in the last
   * {@link SEARCH_QUIET_MS}; otherwise once that holds.
   */
  quiet(): Promise<void>
}

/** An activity on `now` (milliseconds) and `sleep` (a timer); tests give their own. */
export function createSearchActivity(
  quietMs = SEARCH_QUIET_MS,
  now: () => number = () => performance.now(),
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
): SearchActivity {
  let underWay = 0
  let lastSettled = -Infinity

  return {
    track(answered) {
      underWay++
      const settle = () => {
        underWay--
        lastSettled = now()
      }
      answered.then(settle, settle)
      return answered
    },
    async quiet() {
      for (;;) {
        const left = underWay > 0 ? quietMs : lastSettled + quietMs - now()
        if (left <= 0) return
        await sleep(left)
      }
    },
  }
}
