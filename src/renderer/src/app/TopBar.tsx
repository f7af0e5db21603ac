/** The top bar: the app's views, the command palette, undo/redo, Backup, and About / storage. */
import { ariaKeyShortcut, comboLabels } from '@shared/commands/key-combo'
import { PLATFORM } from '../features/palette/palette-keys'
import { routeHash, type Section } from '../nav/routes'
import { useUndoState } from '../db/undo-history'
import { COMMAND_KEYS } from './shortcuts'
import { runUndo } from './useUndoShortcuts'

interface TopBarProps {
  view: Section
  readerDocId: string | null
  /** The claims last shown in the matrix, so the Matrix link returns to them. */
  matrixClaimIds: string[]
  onAbout: () => void
  onBackup: () => void
  onPalette: () => void
  onSearch: () => void
}

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+'

const PALETTE_KEY = COMMAND_KEYS.palette[0]
const SEARCH_KEY = COMMAND_KEYS.search[0]

export function TopBar(props: TopBarProps) {
  const { view, readerDocId, matrixClaimIds, onAbout, onBackup, onPalette, onSearch } = props
  const { undoLabel, redoLabel } = useUndoState()
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ▤
        </span>
        Casefile
      </div>
      <nav className="views" aria-label="Views">
        <a
          href={routeHash({ view: 'reader', docId: readerDocId, highlightId: null })}
          aria-current={view === 'reader' ? 'page' : undefined}
        >
          Reader
        </a>
        <a
          href={routeHash({ view: 'notebook' })}
          aria-current={view === 'notebook' ? 'page' : undefined}
        >
          Notebook
        </a>
        <a
          href={routeHash({ view: 'claims' })}
          aria-current={view === 'claims' ? 'page' : undefined}
        >
          Claims
        </a>
        <a
          href={routeHash({ view: 'matrix', claimIds: matrixClaimIds })}
          aria-current={view === 'matrix' ? 'page' : undefined}
        >
          Matrix
        </a>
        <a
          href={routeHash({ view: 'timelines', timelineId: null, eventId: null })}
          aria-current={view === 'timelines' ? 'page' : undefined}
        >
          Timelines
        </a>
        <a
          href={routeHash({ view: 'briefs', briefId: null })}
          aria-current={view === 'briefs' ? 'page' : undefined}
        >
          Briefs
        </a>
        <a
          href={routeHash({ view: 'entities', entityId: null })}
          aria-current={view === 'entities' ? 'page' : undefined}
        >
          Entities
        </a>
        <a
          href={routeHash({ view: 'sources' })}
          aria-current={view === 'sources' ? 'page' : undefined}
        >
          Sources
        </a>
      </nav>
      <div className="topbar-actions">
        <button
          type="button"
          className="button-quiet"
          title={`Search sources, notes, claims, events and briefs (${comboLabels(SEARCH_KEY, PLATFORM).join(PLATFORM === 'mac' ? '' : '+')} or /)`}
          aria-keyshortcuts={ariaKeyShortcut(SEARCH_KEY, PLATFORM)}
          onClick={onSearch}
        >
          Search
        </button>
        <button
          type="button"
          className="button-quiet"
          title={`Every command, with its shortcut (${comboLabels(PALETTE_KEY, PLATFORM).join(PLATFORM === 'mac' ? '' : '+')})`}
          aria-keyshortcuts={ariaKeyShortcut(PALETTE_KEY, PLATFORM)}
          onClick={onPalette}
        >
          Commands
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={!undoLabel}
          title={undoLabel ? `Undo ${undoLabel} (${MOD}Z)` : `Nothing to undo (${MOD}Z)`}
          aria-keyshortcuts="Control+Z"
          onClick={() => void runUndo('undo')}
        >
          Undo
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={!redoLabel}
          title={
            redoLabel ? `Redo ${redoLabel} (${MOD}Shift+Z)` : `Nothing to redo (${MOD}Shift+Z)`
          }
          aria-keyshortcuts="Control+Shift+Z"
          onClick={() => void runUndo('redo')}
        >
          Redo
        </button>
        <button type="button" className="button-quiet" onClick={onBackup}>
          Backup
        </button>
        <button type="button" className="button-quiet" onClick={onAbout}>
          About / storage
        </button>
      </div>
    </header>
  )
}
