/**
 * The palette's state: the query, the commands it matches, the active one, and the keys
 * of its search field (arrows, Home/End, Page Up/Down, Enter). Opening it remembers where
 * the focus was; closing gives it back, then runs the chosen command, so a command that
 * moves the focus (to the new claim field, say) keeps it.
 */
import { matchCommands } from '@shared/commands/match-commands'
import { matchesCombo } from '@shared/commands/key-combo'
import { useMemo, useState, type KeyboardEvent, type RefObject } from 'react'
import { PALETTE_KEYS, PLATFORM } from './palette-keys'
import { noteCommandRun, readRecentCommands } from './recent-store'
import { useFocusReturn } from '../../ui/useFocusReturn'
import { useOpenKeys } from '../../ui/useOpenKeys'

/** One thing the palette can do. */
export interface PaletteCommand {
  /** Stable across sessions: recently run commands are remembered by it. */
  id: string
  title: string
  /** Go to, Create, Export, Backup, View, Edit, Help… shown beside the title and matched too. */
  group: string
  /** Its keyboard shortcut, if it has one (`key-combo` notation). */
  keys?: readonly string[]
  /** A word on the command's state ("current"). */
  detail?: string
  run: () => void
}

/** How many matches are drawn at once; the rest are a few keystrokes away. */
export const SHOWN_LIMIT = 60
const PAGE = 8

export function usePalette(
  commands: readonly PaletteCommand[],
  dialogRef: RefObject<HTMLDialogElement | null>,
) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [recent, setRecent] = useState<string[]>([])
  const [isOpen, setOpen] = useState(false)
  const focusReturn = useFocusReturn(dialogRef)

  const matches = useMemo(
    () => (isOpen ? matchCommands(commands, query, recent) : []),
    [isOpen, commands, query, recent],
  )
  const shown = matches.slice(0, SHOWN_LIMIT)
  const activeIndex = Math.min(active, shown.length - 1)

  const open = () => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (!dialog.open) {
      focusReturn.remember()
      setQuery('')
      setActive(0)
      setRecent(readRecentCommands())
      setOpen(true)
      dialog.showModal()
    }
    const field = dialog.querySelector('input')
    field?.focus()
    field?.select()
  }

  const close = () => {
    dialogRef.current?.close()
    setOpen(false)
    focusReturn.giveBack()
  }

  const run = (command: PaletteCommand | undefined) => {
    if (!command) return
    noteCommandRun(command.id)
    close()
    command.run()
  }

  /** The dialog closed by itself (Escape): give the focus back if nothing took it. */
  const onClosed = () => {
    // The close event is queued: a dialog opened again before it arrived stays open.
    if (dialogRef.current?.open) return
    setOpen(false)
    focusReturn.onClosed()
  }

  const onQuery = (text: string) => {
    setQuery(text)
    setActive(0)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1
    let next: number | null = null
    if (event.key === 'ArrowDown') next = activeIndex >= last ? 0 : activeIndex + 1
    else if (event.key === 'ArrowUp') next = activeIndex <= 0 ? last : activeIndex - 1
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = last
    else if (event.key === 'PageDown') next = Math.min(last, activeIndex + PAGE)
    else if (event.key === 'PageUp') next = Math.max(0, activeIndex - PAGE)
    else if (event.key === 'Enter') {
      event.preventDefault()
      run(shown[activeIndex])
      return
    }
    if (next === null || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    setActive(Math.max(0, next))
  }

  // From text fields too, as in code editors.
  useOpenKeys((event) => PALETTE_KEYS.some((combo) => matchesCombo(event, combo, PLATFORM)), open)

  return {
    query,
    shown,
    total: matches.length,
    activeIndex,
    setActive,
    open,
    run,
    onClosed,
    onQuery,
    onKeyDown,
  }
}
