/**
 * What the desktop app says when its window's renderer process is gone (it crashed, ran
 * out of memory or was killed). Everything the analyst made is in IndexedDB, written in a
 * transaction per change, so reloading the window loses nothing that was saved; the
 * message says so and offers the reload rather than leaving a blank window.
 */

/** Electron's `RenderProcessGoneDetails['reason']`, restated so this module needs no Electron. */
export type GoneReason =
  | 'clean-exit'
  | 'abnormal-exit'
  | 'killed'
  | 'crashed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction'

/** The message box to show, or null when the process ended as it should (the app quit). */
export interface GoneMessage {
  title: string
  message: string
  detail: string
  /** Button labels; index 0 reloads, 1 quits. */
  buttons: [string, string]
}

const REASONS: Record<Exclude<GoneReason, 'clean-exit'>, string> = {
  'abnormal-exit': 'stopped unexpectedly',
  killed: 'was stopped by the system',
  crashed: 'crashed',
  oom: 'ran out of memory',
  'launch-failed': 'could not start',
  'integrity-failure': 'failed a code integrity check',
  'memory-eviction': 'was closed to free memory',
}

/** The message for a renderer that is gone for `reason` with `exitCode`. */
export function renderProcessGoneMessage(reason: string, exitCode: number): GoneMessage | null {
  if (reason === 'clean-exit') return null
  const what = REASONS[reason as keyof typeof REASONS] ?? `stopped (${reason})`
  return {
    title: 'Casefile',
    message: `Casefile’s window ${what}.`,
    detail:
      'Your work is kept in Casefile’s database as of your last change, so nothing you saved is lost. ' +
      `Reload the window to carry on.${reason === 'oom' ? ' If this happens again, close other programs first.' : ''} (exit code ${exitCode})`,
    buttons: ['Reload', 'Quit'],
  }
}
