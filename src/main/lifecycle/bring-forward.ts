/**
 * What to do when the analyst asks for the app while it is already running: a second
 * launch (the single-instance lock hands it to the first) or the menu's Import. Pure, so
 * each case is tested; index.ts applies the steps to the real window.
 */

/** The main window as main sees it, or null when there is none (closed on macOS). */
export interface WindowState {
  destroyed: boolean
  minimized: boolean
  visible: boolean
}

/** One thing to do to the main window, in order. */
export type BringForwardStep = 'create' | 'restore' | 'show' | 'focus'

/**
 * The steps that put the Casefile window in front of the analyst. Before the app is
 * ready there is nothing to do: the first launch is about to open and show its window.
 * With no window (macOS keeps running without one) a new one is created. A minimised
 * window is restored and a hidden one shown before it is focused, because focusing
 * either alone leaves it out of sight on some platforms.
 */
export function bringForwardSteps(
  appReady: boolean,
  window: WindowState | null,
): BringForwardStep[] {
  if (!appReady) return []
  if (!window || window.destroyed) return ['create']
  const steps: BringForwardStep[] = []
  if (window.minimized) steps.push('restore')
  if (!window.visible) steps.push('show')
  steps.push('focus')
  return steps
}
