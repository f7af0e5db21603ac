/**
 * The palette's own shortcuts and the platform they are shown for. The app's list of
 * every shortcut (app/shortcuts.ts) takes these from here, so the sheet shows the keys
 * the listeners really use.
 */

/** Open the command palette, from anywhere, text fields included. */
export const PALETTE_KEYS = ['Mod+Shift+P', 'Mod+P'] as const

/** Show the keyboard shortcuts sheet (outside text fields). */
export const SHORTCUTS_SHEET_KEY = '?'

/** Keys inside the palette, handled by its search field. */
export const PALETTE_LIST_KEYS = {
  move: ['ArrowDown', 'ArrowUp'],
  ends: ['Home', 'End'],
  run: 'Enter',
  close: 'Escape',
} as const

export { PLATFORM } from '../../ui/key-platform'

/** One keyboard shortcut as the sheet lists it. */
export interface ShortcutEntry {
  /** What the keys do, as a sentence fragment ("Open the command palette"). */
  action: string
  /** The key combinations (`key-combo` notation), any of which does it. */
  keys: readonly string[]
  /** Where it works when that is narrower than its group ("desktop app"). */
  note?: string
}

/** Shortcuts that work in one place of the app. */
export interface ShortcutGroup {
  title: string
  entries: readonly ShortcutEntry[]
}
