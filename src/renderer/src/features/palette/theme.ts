/**
 * The analyst's theme: System (follow the operating system), Light or Dark, as
 * `data-theme` on <html> (styles/theme.css). The choice is kept in this browser profile's
 * localStorage, not the database, because it must be read synchronously before the first
 * paint (by public/theme-boot.js, a classic script in index.html's head) and because it
 * belongs to the machine, not to the work a backup carries.
 */
import { useSyncExternalStore } from 'react'

export type ThemeChoice = 'system' | 'light' | 'dark'

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']

/** The localStorage key of the choice. */
export const THEME_STORAGE_KEY = 'casefile.theme'

/** The choice a stored value means: anything but "light" or "dark" is System. */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system'
}

/** Sets `data-theme` on <html> for a chosen theme, or removes it for System. */
function apply(choice: ThemeChoice): void {
  const root = document.documentElement
  if (choice === 'system') delete root.dataset.theme
  else root.dataset.theme = choice
}

const listeners = new Set<() => void>()

/** Chooses a theme: applied at once, and kept for the next start. */
export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY)
    else localStorage.setItem(THEME_STORAGE_KEY, choice)
  } catch {
    // Storage refused (a locked-down profile): not kept, but applied for this session.
  }
  apply(choice)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function current(): ThemeChoice {
  return parseThemeChoice(document.documentElement.dataset.theme)
}

/** The theme in force, re-rendering when the analyst chooses another. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, current)
}
