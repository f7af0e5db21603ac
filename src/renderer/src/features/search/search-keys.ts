/** The search dialog's shortcuts, cited by the shortcuts sheet and the palette. */

/** Open Search everything, from anywhere, text fields included. */
export const SEARCH_KEYS = ['Mod+K'] as const

/** Open Search everything from outside a text field, as on most sites. */
export const SEARCH_SLASH_KEY = '/'

/** Keys in the search field. */
export const SEARCH_LIST_KEYS = {
  move: ['ArrowDown', 'ArrowUp'],
  open: 'Enter',
  close: 'Escape',
} as const
