/**
 * Tells tests and tools that the workbench has loaded: sets `data-casefile-ready` on
 * <html> and dispatches `casefile:ready` once. Tests wait for this, never for a timeout.
 */
let announced = false

export function announceReady(): void {
  if (announced) return
  announced = true
  document.documentElement.dataset.casefileReady = 'true'
  window.dispatchEvent(new Event('casefile:ready'))
}
