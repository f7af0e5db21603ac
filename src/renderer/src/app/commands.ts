/**
 * Every command of the palette, in one list: going to each view and source, creating,
 * exporting, importing, backing up, undo, the theme and help. A command does what the
 * app's own button does, through the same code: "New claim" opens the claims view with
 * its new-claim field focused (a command request the view takes), "Import documents…"
 * starts the import flow, "Back up now" saves a backup as Backup and restore does.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import { requestCommand } from '@shared/commands/command-requests'
import { useEffect, useMemo, useState } from 'react'
import type { HostKind } from '@shared/api'
import { useUndoState } from '../db/undo-history'
import { saveBackup } from '../features/backup/backup-actions'
import { useImport } from '../features/import/ImportContext'
import type { PaletteCommand } from '../features/palette/usePalette'
import {
  setThemeChoice,
  THEME_CHOICES,
  useThemeChoice,
  type ThemeChoice,
} from '../features/palette/theme'
import { useHost } from '../host/host-context'
import type { Route } from '../nav/routes'
import { goTo, navigate } from '../nav/useHashRoute'
import { announce } from '../ui/status'
import { COMMAND_KEYS } from './shortcuts'
import { runUndo } from './useUndoShortcuts'

export interface AppCommandsInput {
  route: Route
  /** The source the Reader shows (the last one open). */
  readerDocId: string | null
  /** The claims the matrix last showed. */
  matrixClaimIds: readonly string[]
  documents: readonly DocumentSummary[]
  openAbout: () => void
  openBackup: () => void
  showShortcuts: () => void
  openSearch: () => void
}

const THEME_TITLES: Record<ThemeChoice, string> = {
  system: 'Theme: System (follow the computer)',
  light: 'Theme: Light',
  dark: 'Theme: Dark',
}

/** The palette's commands for the app as it stands. */
export function useAppCommands(input: AppCommandsInput): PaletteCommand[] {
  const { route, readerDocId, matrixClaimIds, documents } = input
  const { openAbout, openBackup, showShortcuts, openSearch } = input
  const host = useHost()
  const importer = useImport()
  const theme = useThemeChoice()
  const { undoLabel, redoLabel } = useUndoState()
  const hostKind = useHostKind()

  const fixed = useMemo((): PaletteCommand[] => {
    const onBrief = route.view === 'briefs' && route.briefId !== null
    const go = (id: string, title: string, to: Route): PaletteCommand => ({
      id: `go.${id}`,
      title,
      group: 'Go to',
      run: () => goTo(to),
    })
    return [
      go('reader', 'Go to Reader', { view: 'reader', docId: readerDocId, highlightId: null }),
      go('notebook', 'Go to Notebook', { view: 'notebook' }),
      go('claims', 'Go to Claims', { view: 'claims' }),
      go('matrix', 'Go to Matrix', { view: 'matrix', claimIds: [...matrixClaimIds] }),
      go('timelines', 'Go to Timelines', { view: 'timelines', timelineId: null, eventId: null }),
      go('briefs', 'Go to Briefs', { view: 'briefs', briefId: null }),
      go('entities', 'Go to Entities (people, places, organisations)', {
        view: 'entities',
        entityId: null,
      }),
      go('sources', 'Go to Sources overview (shared text, possible misquotes)', {
        view: 'sources',
      }),
      {
        id: 'find.everything',
        title: 'Search everything',
        group: 'Find',
        keys: COMMAND_KEYS.search,
        run: openSearch,
      },
      {
        id: 'find.document',
        title: 'Find in the document',
        group: 'Find',
        keys: COMMAND_KEYS.find,
        detail: route.view === 'reader' ? undefined : 'opens the Reader',
        run: () => {
          // Not goTo: the find field takes the focus, not the reader's main region.
          if (route.view !== 'reader')
            navigate({ view: 'reader', docId: readerDocId, highlightId: null })
          requestCommand('find-in-document')
        },
      },
      {
        id: 'create.claim',
        title: 'New claim',
        group: 'Create',
        run: () => {
          if (route.view !== 'claims') navigate({ view: 'claims' })
          requestCommand('new-claim')
        },
      },
      {
        id: 'create.timeline',
        title: 'New timeline',
        group: 'Create',
        run: () => {
          if (route.view !== 'timelines') {
            navigate({ view: 'timelines', timelineId: null, eventId: null })
          }
          requestCommand('new-timeline')
        },
      },
      {
        id: 'create.brief',
        title: 'New brief',
        group: 'Create',
        run: () => {
          if (route.view !== 'briefs') navigate({ view: 'briefs', briefId: null })
          requestCommand('new-brief')
        },
      },
      {
        id: 'export.brief',
        title: 'Export brief as Markdown…',
        group: 'Export',
        detail: onBrief ? undefined : 'opens Briefs',
        run: () => {
          if (onBrief) return requestCommand('export-brief')
          goTo({ view: 'briefs', briefId: null })
          announce('Choose the brief to export, then export it here or from the palette.')
        },
      },
      {
        id: 'import.documents',
        title: 'Import documents…',
        group: 'Import',
        keys: hostKind === 'electron' ? COMMAND_KEYS.import : undefined,
        run: () => void importer.chooseFiles(),
      },
      {
        id: 'backup.now',
        title: 'Back up now',
        group: 'Backup',
        run: () => void saveBackup(host),
      },
      { id: 'backup.open', title: 'Open Backup and restore', group: 'Backup', run: openBackup },
      {
        id: 'edit.undo',
        title: undoLabel ? `Undo ${undoLabel}` : 'Undo',
        group: 'Edit',
        keys: COMMAND_KEYS.undo,
        run: () => void runUndo('undo'),
      },
      {
        id: 'edit.redo',
        title: redoLabel ? `Redo ${redoLabel}` : 'Redo',
        group: 'Edit',
        keys: COMMAND_KEYS.redo,
        run: () => void runUndo('redo'),
      },
      ...THEME_CHOICES.map((choice): PaletteCommand => ({
        id: `view.theme.${choice}`,
        title: THEME_TITLES[choice],
        group: 'View',
        detail: choice === theme ? 'current' : undefined,
        run: () => {
          setThemeChoice(choice)
          announce(`${THEME_TITLES[choice]}.`)
        },
      })),
      {
        id: 'help.shortcuts',
        title: 'Show keyboard shortcuts',
        group: 'Help',
        keys: COMMAND_KEYS.shortcuts,
        run: showShortcuts,
      },
      { id: 'help.about', title: 'About and storage', group: 'Help', run: openAbout },
    ]
  }, [
    route,
    readerDocId,
    matrixClaimIds,
    hostKind,
    importer,
    host,
    openBackup,
    openAbout,
    showShortcuts,
    openSearch,
    undoLabel,
    redoLabel,
    theme,
  ])

  const sources = useMemo(
    () =>
      documents.map((doc): PaletteCommand => ({
        id: `open.source.${doc.meta.id}`,
        title: `Open source: ${doc.meta.title}`,
        group: 'Go to',
        run: () => goTo({ view: 'reader', docId: doc.meta.id, highlightId: null }),
      })),
    [documents],
  )
  return useMemo(() => [...fixed, ...sources], [fixed, sources])
}

/** Which host runs the app, once it has said (Ctrl+O is the desktop menu's). */
function useHostKind(): HostKind | null {
  const host = useHost()
  const [kind, setKind] = useState<HostKind | null>(null)
  useEffect(() => {
    let current = true
    void host.getAppInfo().then((info) => current && setKind(info.host))
    return () => {
      current = false
    }
  }, [host])
  return kind
}
