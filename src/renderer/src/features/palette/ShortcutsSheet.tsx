/**
 * The keyboard shortcuts sheet (`?` outside a text field, or the palette): every
 * shortcut of the app, grouped by where it works, from the app's one list.
 */
import '../../styles/palette.css'
import { useImperativeHandle, useRef, type Ref } from 'react'
import { CloseDialogButton } from '../../ui/CloseDialogButton'
import type { DialogHandle } from '../../ui/useDialogHandle'
import { useGlobalKey } from '../../ui/useGlobalKey'
import { KeyCombos } from './KeyCombo'
import { SHORTCUTS_SHEET_KEY, type ShortcutGroup } from './palette-keys'

interface ShortcutsSheetProps {
  ref: Ref<DialogHandle>
  groups: readonly ShortcutGroup[]
}

export function ShortcutsSheet({ ref, groups }: ShortcutsSheetProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const returnTo = useRef<Element | null>(null)
  const open = () => {
    if (dialogRef.current?.open) return
    returnTo.current = document.activeElement
    dialogRef.current?.showModal()
  }
  // Closing gives the focus back to where `?` was pressed.
  const onClose = () => {
    const target = returnTo.current
    returnTo.current = null
    const focused = document.activeElement
    const lost = focused === document.body || dialogRef.current?.contains(focused)
    if (lost && target instanceof HTMLElement && target.isConnected) target.focus()
  }
  useImperativeHandle(ref, () => ({ open }))
  useGlobalKey(SHORTCUTS_SHEET_KEY, open)

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog-wide shortcuts"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {/* The first stop as it opens: arrows and Page Down scroll it from the top. */}
      <div className="shortcuts-groups" tabIndex={0} role="region" aria-label="All shortcuts">
        {groups.map((group) => (
          <section key={group.title} aria-labelledby={headingId(group.title)}>
            <h3 id={headingId(group.title)}>{group.title}</h3>
            <table className="shortcuts-table">
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Keys</th>
                </tr>
              </thead>
              <tbody>
                {group.entries.map((entry) => (
                  <tr key={entry.action}>
                    <td>
                      {entry.action}
                      {entry.note && <span className="shortcuts-note"> ({entry.note})</span>}
                    </td>
                    <td className="shortcuts-keys">
                      <KeyCombos keys={entry.keys} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <CloseDialogButton className="button">Close</CloseDialogButton>
      </div>
    </dialog>
  )
}

const headingId = (title: string) => `shortcuts-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
