/**
 * Tells tests and tools that the workbench has loaded: sets `data-casefile-ready` on
 * <html>, marks `casefile:ready` in the performance timeline (what start-up loaded is
 * what came before it) and dispatches `casefile:ready` once. Tests wait for this, never
 * for a timeout.
 */
let announced = false

export function announceReady(): void {
  if (announced) return
  announced = true
  document.documentElement.dataset.casefileReady = 'true'
  performance.mark('casefile:ready')
  window.dispatchEvent(new Event('casefile:ready'))
}

/** Runs `run` once the workbench has announced it is ready (now, if it has). Returns a canceller. */
export function whenReady(run: () => void): () => void {
  if (announced) {
    run()
    return () => {}
  }
  window.addEventListener('casefile:ready', run, { once: true })
  return () => window.removeEventListener('casefile:ready', run)
}
