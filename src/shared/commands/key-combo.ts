/**
 * Keyboard shortcuts written once, as text such as "Mod+Shift+P" ("Mod" is Ctrl, or ⌘ on
 * a Mac), and read three ways: the keys to show, the `aria-keyshortcuts` value, and
 * whether a key press is the shortcut.
 */

/** Whether the shortcuts of a Mac (⌘, ⌥, ⇧) apply. */
export type KeyPlatform = 'mac' | 'other'

/** The platform for a `navigator.platform` string. */
export function keyPlatform(platform: string | undefined): KeyPlatform {
  return platform && /Mac|iPhone|iPad/.test(platform) ? 'mac' : 'other'
}

const MODIFIERS = ['Mod', 'Ctrl', 'Alt', 'Shift'] as const
type Modifier = (typeof MODIFIERS)[number]

const KEY_LABELS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  ' ': 'Space',
}

const MODIFIER_LABELS: Record<KeyPlatform, Record<Modifier, string>> = {
  mac: { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' },
  other: { Mod: 'Ctrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift' },
}

/** A combination split into its modifiers and its one key ("Mod+Shift+P"; "+" alone is the plus key). */
export function splitCombo(combo: string): { modifiers: Modifier[]; key: string } {
  const parts = combo === '+' ? ['+'] : combo.split(/\+(?!$)/)
  const key = parts.pop() ?? ''
  const modifiers = parts.filter((part): part is Modifier =>
    (MODIFIERS as readonly string[]).includes(part),
  )
  if (modifiers.length !== parts.length || !key) throw new Error(`Not a key combination: ${combo}`)
  return { modifiers, key }
}

/** The keys to show for `combo`, one label per key: ["Ctrl", "Shift", "P"] or ["⌘", "⇧", "P"]. */
export function comboLabels(combo: string, platform: KeyPlatform): string[] {
  const { modifiers, key } = splitCombo(combo)
  const label = KEY_LABELS[key] ?? (key.length === 1 ? key.toUpperCase() : key)
  return [...modifiers.map((m) => MODIFIER_LABELS[platform][m]), label]
}

/** The `aria-keyshortcuts` value for `combo` ("Control+Shift+P", "Meta+Shift+P"). */
export function ariaKeyShortcut(combo: string, platform: KeyPlatform): string {
  const { modifiers, key } = splitCombo(combo)
  const names = modifiers.map((m) =>
    m === 'Mod' ? (platform === 'mac' ? 'Meta' : 'Control') : m === 'Ctrl' ? 'Control' : m,
  )
  return [...names, key === ' ' ? 'Space' : key.length === 1 ? key.toUpperCase() : key].join('+')
}

/** The parts of a key press that decide a shortcut. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/**
 * Whether `press` is `combo`. Letters ignore case but not Shift ("Mod+P" is not
 * Mod+Shift+P); for other characters ("?", "+") Shift is part of typing them, so it is
 * not checked.
 */
export function matchesCombo(press: KeyPress, combo: string, platform: KeyPlatform): boolean {
  const { modifiers, key } = splitCombo(combo)
  const wants = (m: Modifier) => modifiers.includes(m)
  const ctrl = wants('Ctrl') || (wants('Mod') && platform === 'other')
  const meta = wants('Mod') && platform === 'mac'
  if (press.ctrlKey !== ctrl || press.metaKey !== meta || press.altKey !== wants('Alt')) {
    return false
  }
  const letter = /^[a-z]$/i.test(key)
  if (letter || key.length > 1) {
    if (press.shiftKey !== wants('Shift')) return false
  }
  return letter ? press.key.toLowerCase() === key.toLowerCase() : press.key === key
}
