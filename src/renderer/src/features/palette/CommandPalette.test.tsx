// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountPerTest } from '../../ui/testing/mount-per-test'
import { CommandPalette } from './CommandPalette'
import type { PaletteCommand } from './usePalette'

const view = mountPerTest()

afterEach(() => localStorage.clear())

function commandsWith(runs: Record<string, () => void>): PaletteCommand[] {
  return [
    { id: 'go.claims', title: 'Go to Claims', group: 'Go to', run: runs.claims ?? vi.fn() },
    { id: 'create.claim', title: 'New claim', group: 'Create', run: runs.claim ?? vi.fn() },
    {
      id: 'edit.undo',
      title: 'Undo',
      group: 'Edit',
      keys: ['Mod+Z'],
      run: runs.undo ?? vi.fn(),
    },
  ]
}

function mount(commands: PaletteCommand[]) {
  act(() =>
    view.root.render(
      <>
        <button type="button">Before</button>
        <input aria-label="A note" />
        <CommandPalette ref={null} commands={commands} />
      </>,
    ),
  )
}

const dialog = () => view.container.querySelector('dialog')!
const field = () => view.container.querySelector<HTMLInputElement>('[role="combobox"]')!
const options = () => [...view.container.querySelectorAll<HTMLElement>('[role="option"]')]
const titles = () => options().map((o) => o.querySelector('.palette-title')?.textContent)
const activeTitle = () =>
  document
    .getElementById(field().getAttribute('aria-activedescendant') ?? '')
    ?.querySelector('.palette-title')?.textContent

function press(target: EventTarget, key: string, mods: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods })
  act(() => {
    target.dispatchEvent(event)
  })
  return event
}

function type(text: string) {
  const input = field()
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  act(() => {
    setValue.call(input, text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

describe('CommandPalette', () => {
  it('opens on Ctrl+Shift+P or Ctrl+P, even in a text field, without printing', () => {
    mount(commandsWith({}))
    const note = view.container.querySelector('input')!
    note.focus()
    const event = press(note, 'P', { ctrlKey: true, shiftKey: true })
    expect(event.defaultPrevented).toBe(true)
    expect(dialog().open).toBe(true)
    expect(document.activeElement).toBe(field())
    act(() => dialog().close())

    const print = press(document.body, 'p', { ctrlKey: true })
    expect(print.defaultPrevented).toBe(true)
    expect(dialog().open).toBe(true)
  })

  it('is a combobox over a listbox of every command, with group and shortcut keys', () => {
    mount(commandsWith({}))
    press(document.body, 'p', { ctrlKey: true })
    expect(field().getAttribute('aria-controls')).toBe(
      view.container.querySelector('[role="listbox"]')!.id,
    )
    expect(titles()).toEqual(['Go to Claims', 'New claim', 'Undo'])
    const undo = options()[2]!
    expect(undo.querySelector('.palette-group')?.textContent).toBe('Edit')
    expect([...undo.querySelectorAll('kbd kbd')].map((k) => k.textContent)).toEqual(['Ctrl', 'Z'])
    expect(activeTitle()).toBe('Go to Claims')
  })

  it('narrows as the analyst types and runs the active command on Enter', () => {
    const claim = vi.fn()
    mount(commandsWith({ claim }))
    const before = view.container.querySelector('button')!
    before.focus()
    press(before, 'P', { ctrlKey: true, shiftKey: true })
    type('claim new')
    expect(titles()).toEqual(['New claim'])
    press(field(), 'Enter')
    expect(claim).toHaveBeenCalledTimes(1)
    expect(dialog().open).toBe(false)
    // The focus went back before the command ran, so a command may move it on.
    expect(document.activeElement).toBe(before)
  })

  it('stays usable when a close event from the last run arrives after it opened again', () => {
    mount(commandsWith({}))
    press(document.body, 'P', { ctrlKey: true, shiftKey: true })
    type('claim new')
    press(field(), 'Enter')
    press(document.body, 'P', { ctrlKey: true, shiftKey: true })
    // The earlier close's event, late (a file chooser the last command opened held it up).
    act(() => {
      dialog().dispatchEvent(new Event('close'))
    })
    type('claim new')
    expect(titles()).toEqual(['New claim'])
  })

  it('moves the active option with the arrows (wrapping), Home and End', () => {
    mount(commandsWith({}))
    press(document.body, 'p', { ctrlKey: true })
    press(field(), 'ArrowDown')
    expect(activeTitle()).toBe('New claim')
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true')
    press(field(), 'End')
    expect(activeTitle()).toBe('Undo')
    press(field(), 'ArrowDown')
    expect(activeTitle()).toBe('Go to Claims')
    press(field(), 'ArrowUp')
    expect(activeTitle()).toBe('Undo')
    press(field(), 'Home')
    expect(activeTitle()).toBe('Go to Claims')
  })

  it('says when nothing matches, and Enter then does nothing', () => {
    const runs = { claims: vi.fn(), claim: vi.fn(), undo: vi.fn() }
    mount(commandsWith(runs))
    press(document.body, 'p', { ctrlKey: true })
    type('zzz')
    expect(options()).toHaveLength(0)
    expect(view.container.querySelector('[role="status"]')?.textContent).toMatch(/No command/)
    press(field(), 'Enter')
    expect(Object.values(runs).every((run) => run.mock.calls.length === 0)).toBe(true)
    expect(dialog().open).toBe(true)
  })

  it('lists the commands run last first when it opens again', () => {
    mount(commandsWith({}))
    press(document.body, 'p', { ctrlKey: true })
    type('undo')
    press(field(), 'Enter')
    press(document.body, 'p', { ctrlKey: true })
    expect(field().value).toBe('')
    expect(titles()).toEqual(['Undo', 'Go to Claims', 'New claim'])
  })
})
