/**
 * Long work on the UI thread cut into tasks short enough that the page paints and takes
 * input between them (the 50 ms longest task of issues 13 and 14): the importer's steps
 * after "Add to library", the entity filter's matching.
 */

/** Resolves in a later task, after what is queued (input, a frame) has had its turn. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * A pause to await between pieces of work: it yields to the next task once `budgetMs` have
 * passed since the last yield, and otherwise resolves at once (a yield costs a few ms of
 * timer clamping, so one per piece would make short work slow).
 */
export function yieldEvery(budgetMs: number, now: () => number = () => performance.now()) {
  let since = now()
  return async (): Promise<void> => {
    if (now() - since < budgetMs) return
    await nextTask()
    since = now()
  }
}
