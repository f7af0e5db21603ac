/**
 * The search field of a modal list (the palette, Search everything): an ARIA combobox
 * whose listbox is `listId`; the focus stays in it and the arrows move the active option
 * (aria-activedescendant). Its label is for assistive technology only: the dialog's own
 * name and the placeholder say what it is on screen.
 */
import type { KeyboardEvent } from 'react'

interface DialogComboboxProps {
  id: string
  label: string
  listId: string
  activeId: string | undefined
  expanded: boolean
  /** aria-keyshortcuts: the keys that open the dialog. */
  keyShortcuts: string
  placeholder: string
  value: string
  onChange: (value: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void
}

export function DialogCombobox(props: DialogComboboxProps) {
  return (
    <>
      <label className="visually-hidden" htmlFor={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        className="dialog-combobox"
        type="text"
        role="combobox"
        aria-expanded={props.expanded}
        aria-controls={props.listId}
        aria-autocomplete="list"
        aria-activedescendant={props.activeId}
        aria-keyshortcuts={props.keyShortcuts}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={props.onKeyDown}
      />
    </>
  )
}
