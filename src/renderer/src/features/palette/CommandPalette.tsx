/**
 * The command palette (Ctrl+Shift+P or Ctrl+P, ⌘ on a Mac): a modal dialog with a search
 * field over the list of every command, each with its group and shortcut. It follows the
 * ARIA combobox pattern: the focus stays in the field, the arrows move the active option
 * (aria-activedescendant), Enter runs it, Escape closes and gives the focus back.
 */
import '../../styles/palette.css'
import { ariaKeyShortcut } from '@shared/commands/key-combo'
import { useEffect, useId, useImperativeHandle, useRef, type Ref } from 'react'
import { DialogCombobox } from '../../ui/DialogCombobox'
import type { DialogHandle } from '../../ui/useDialogHandle'
import { KeyCombos } from './KeyCombo'
import { PALETTE_KEYS, PLATFORM } from './palette-keys'
import { SHOWN_LIMIT, usePalette, type PaletteCommand } from './usePalette'

interface CommandPaletteProps {
  ref: Ref<DialogHandle>
  commands: readonly PaletteCommand[]
}

export function CommandPalette({ ref, commands }: CommandPaletteProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const palette = usePalette(commands, dialogRef)
  const { shown, activeIndex } = palette
  useImperativeHandle(ref, () => ({ open: palette.open }))
  const id = useId()
  const optionId = (index: number) => `${id}-option-${index}`
  const activeId = shown[activeIndex] ? optionId(activeIndex) : undefined

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' })
  }, [activeId])

  const more = palette.total - shown.length
  return (
    <dialog
      ref={dialogRef}
      className="dialog palette"
      aria-label="Command palette"
      onClose={palette.onClosed}
    >
      <DialogCombobox
        id={`${id}-query`}
        label="Command"
        listId={`${id}-list`}
        activeId={activeId}
        expanded
        keyShortcuts={PALETTE_KEYS.map((combo) => ariaKeyShortcut(combo, PLATFORM)).join(' ')}
        placeholder="Type a command or a source’s title"
        value={palette.query}
        onChange={palette.onQuery}
        onKeyDown={palette.onKeyDown}
      />
      <ul id={`${id}-list`} className="palette-list" role="listbox" aria-label="Commands">
        {shown.map((command, index) => (
          <li
            key={command.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="palette-option"
            onPointerMove={() => index !== activeIndex && palette.setActive(index)}
            onClick={() => palette.run(command)}
          >
            <span className="palette-title">{command.title}</span>
            {command.detail && <span className="palette-detail">{command.detail}</span>}
            <span className="palette-group">{command.group}</span>
            {command.keys && <KeyCombos keys={command.keys} />}
          </li>
        ))}
      </ul>
      <p className="palette-status" role="status">
        {shown.length === 0
          ? 'No command matches. Try fewer or shorter words.'
          : more > 0
            ? `${palette.total} commands; the first ${SHOWN_LIMIT} are shown, type to narrow.`
            : `${palette.total} ${palette.total === 1 ? 'command' : 'commands'}`}
      </p>
    </dialog>
  )
}
