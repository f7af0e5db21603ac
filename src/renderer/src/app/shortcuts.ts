/**
 * Every keyboard shortcut of the app, in one list, grouped by where it works: what the
 * keyboard shortcuts sheet shows and the palette's commands cite. Keys come from the
 * modules that handle them where those name them (the highlight tools, the palette);
 * shortcuts.test.tsx fails when a component declares a shortcut
 * (`aria-keyshortcuts`, `useGlobalKey`) that is not listed here.
 */
import { HIGHLIGHT_COLOR_IDS } from '@shared/highlights/colors'
import { FIND_COMBO } from '../features/reader/useFindInDocument'
import { SEARCH_KEYS, SEARCH_LIST_KEYS, SEARCH_SLASH_KEY } from '../features/search/search-keys'
import { FILTER_KEY } from '../ui/useFilterKey'
import { keyForColor, TOOL_KEYS } from '../features/highlights/color-shortcuts'
import {
  PALETTE_KEYS,
  PALETTE_LIST_KEYS,
  SHORTCUTS_SHEET_KEY,
  type ShortcutEntry,
  type ShortcutGroup,
} from '../features/palette/palette-keys'

/** Shortcuts the palette's commands show beside their titles. */
export const COMMAND_KEYS = {
  palette: PALETTE_KEYS,
  shortcuts: [SHORTCUTS_SHEET_KEY],
  undo: ['Mod+Z'],
  redo: ['Mod+Shift+Z', 'Mod+Y'],
  /** Search everything (features/search). */
  search: [...SEARCH_KEYS, SEARCH_SLASH_KEY],
  /** Focus the view's filter field (ui/useFilterKey.ts). */
  filter: [FILTER_KEY],
  /** Find in the document (features/reader/useFindInDocument.ts). */
  find: [FIND_COMBO],
  /** The desktop app's File > Import Documents… (main/menu/app-menu.ts). */
  import: ['Mod+O'],
} as const

const anywhere: ShortcutEntry[] = [
  { action: 'Search everything', keys: SEARCH_KEYS },
  { action: 'Search everything', keys: [SEARCH_SLASH_KEY], note: 'outside text fields' },
  { action: 'Open the command palette', keys: COMMAND_KEYS.palette },
  { action: 'Show keyboard shortcuts', keys: COMMAND_KEYS.shortcuts, note: 'outside text fields' },
  { action: 'Undo', keys: COMMAND_KEYS.undo, note: 'outside text fields' },
  { action: 'Redo', keys: COMMAND_KEYS.redo, note: 'outside text fields' },
  { action: 'Import documents', keys: COMMAND_KEYS.import, note: 'desktop app' },
  { action: 'Filter the sources, notes or claims of the view', keys: COMMAND_KEYS.filter },
  { action: 'Close a dialog or popover', keys: ['Escape'] },
]

const palette: ShortcutEntry[] = [
  { action: 'Next or previous command', keys: PALETTE_LIST_KEYS.move },
  { action: 'First or last command', keys: PALETTE_LIST_KEYS.ends },
  { action: 'Run the command', keys: [PALETTE_LIST_KEYS.run] },
  { action: 'Close the palette', keys: [PALETTE_LIST_KEYS.close] },
]

const search: ShortcutEntry[] = [
  { action: 'Next or previous result', keys: SEARCH_LIST_KEYS.move },
  { action: 'Open the result (a passage at its hit)', keys: [SEARCH_LIST_KEYS.open] },
  { action: 'Close the search', keys: [SEARCH_LIST_KEYS.close] },
]

const lists: ShortcutEntry[] = [
  { action: 'Next row or source', keys: ['ArrowDown', 'j'] },
  { action: 'Previous row or source', keys: ['ArrowUp', 'k'] },
  { action: 'First or last row', keys: ['Home', 'End'] },
  { action: 'A page down or up (tables)', keys: ['PageDown', 'PageUp'] },
  { action: 'Open the row or source', keys: ['Enter'] },
  { action: 'Open the source (library)', keys: [' '] },
]

const reading: ShortcutEntry[] = [
  { action: 'Select text by character or line', keys: ['Shift+ArrowRight', 'Shift+ArrowDown'] },
  { action: 'Select by word', keys: ['Ctrl+Shift+ArrowRight', 'Alt+Shift+ArrowRight'] },
  { action: 'Select to the paragraph’s end', keys: ['Ctrl+Shift+ArrowDown'] },
]

const find: ShortcutEntry[] = [
  { action: 'Find in the document', keys: COMMAND_KEYS.find },
  { action: 'Next match', keys: ['Enter', 'F3'] },
  { action: 'Previous match', keys: ['Shift+Enter', 'Shift+F3'] },
  { action: 'Close the find bar', keys: ['Escape'] },
]

const selection: ShortcutEntry[] = [
  ...HIGHLIGHT_COLOR_IDS.map((color) => ({
    action: `Highlight in ${color}`,
    keys: [keyForColor(color)],
  })),
  { action: 'Add a note', keys: [TOOL_KEYS.note] },
  { action: 'Add tags', keys: [TOOL_KEYS.tags] },
  { action: 'Tag to a claim', keys: [TOOL_KEYS.claim] },
  { action: 'Add to a timeline', keys: [TOOL_KEYS.event] },
  { action: 'Copy the quote with its citation', keys: [TOOL_KEYS.copy] },
  { action: 'Close the toolbar', keys: ['Escape'] },
]

const tagToClaim: ShortcutEntry[] = [
  { action: 'Choose a claim', keys: ['ArrowDown', 'ArrowUp'] },
  { action: 'Tag to the chosen claim', keys: ['Enter'] },
  { action: 'Supports, contradicts, context', keys: ['Alt+1', 'Alt+2', 'Alt+3'] },
]

const editing: ShortcutEntry[] = [
  { action: 'Save a claim’s statement', keys: ['Enter'] },
  { action: 'Cancel editing the statement', keys: ['Escape'] },
  { action: 'Add the typed tag', keys: ['Enter'] },
  { action: 'Remove the last tag (empty tag field)', keys: ['Backspace'] },
]

const matrix: ShortcutEntry[] = [
  { action: 'Move between cells', keys: ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'] },
  { action: 'First or last cell of the row', keys: ['Home', 'End'] },
  { action: 'First or last cell of the grid', keys: ['Mod+Home', 'Mod+End'] },
  { action: 'Next stance', keys: ['Enter', ' '] },
  { action: 'Clear the stance', keys: ['Delete', 'Backspace'] },
]

const chart: ShortcutEntry[] = [
  { action: 'Zoom in', keys: ['+', '='] },
  { action: 'Zoom out', keys: ['-'] },
  { action: 'Fit every event', keys: ['0', 'Home'] },
  { action: 'Pan earlier or later', keys: ['ArrowLeft', 'ArrowRight'] },
  { action: 'Pan a page', keys: ['Shift+ArrowLeft', 'Shift+ArrowRight'] },
  { action: 'Next or previous event', keys: ['ArrowDown', 'ArrowUp'] },
  { action: 'Open the event', keys: ['Enter', ' '] },
]

/** Every shortcut, grouped by where it works, in the order the sheet shows them. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  { title: 'Anywhere', entries: anywhere },
  { title: 'Search everything', entries: search },
  { title: 'Command palette', entries: palette },
  { title: 'Library list and tables', entries: lists },
  { title: 'Reader', entries: reading },
  { title: 'Find in the document', entries: find },
  { title: 'Reader, with text selected', entries: selection },
  { title: 'Tag to claim', entries: tagToClaim },
  { title: 'Claims and tags', entries: editing },
  { title: 'Evidence matrix', entries: matrix },
  { title: 'Timeline chart', entries: chart },
]
