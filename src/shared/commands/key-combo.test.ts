import { describe, expect, it } from 'vitest'
import {
  ariaKeyShortcut,
  comboLabels,
  keyPlatform,
  matchesCombo,
  splitCombo,
  type KeyPress,
} from './key-combo'

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('key combinations', () => {
  it('tells a Mac from the rest', () => {
    expect(keyPlatform('MacIntel')).toBe('mac')
    expect(keyPlatform('Win32')).toBe('other')
    expect(keyPlatform(undefined)).toBe('other')
  })

  it('splits modifiers from the key, the plus key included', () => {
    expect(splitCombo('Mod+Shift+P')).toEqual({ modifiers: ['Mod', 'Shift'], key: 'P' })
    expect(splitCombo('+')).toEqual({ modifiers: [], key: '+' })
    expect(splitCombo('Ctrl++')).toEqual({ modifiers: ['Ctrl'], key: '+' })
    expect(() => splitCombo('Hyper+P')).toThrow(/Not a key combination/)
  })

  it('shows each key as it is labelled on the keyboard', () => {
    expect(comboLabels('Mod+Shift+P', 'other')).toEqual(['Ctrl', 'Shift', 'P'])
    expect(comboLabels('Mod+Shift+P', 'mac')).toEqual(['⌘', '⇧', 'P'])
    expect(comboLabels('Shift+ArrowRight', 'other')).toEqual(['Shift', '→'])
    expect(comboLabels('?', 'other')).toEqual(['?'])
    expect(comboLabels('Escape', 'mac')).toEqual(['Esc'])
  })

  it('writes the aria-keyshortcuts value', () => {
    expect(ariaKeyShortcut('Mod+Shift+P', 'other')).toBe('Control+Shift+P')
    expect(ariaKeyShortcut('Mod+Z', 'mac')).toBe('Meta+Z')
    expect(ariaKeyShortcut('Alt+1', 'other')).toBe('Alt+1')
    expect(ariaKeyShortcut('n', 'other')).toBe('N')
  })

  it('recognises Mod as Ctrl, or Cmd on a Mac, and nothing else', () => {
    expect(matchesCombo(press('p', { ctrlKey: true }), 'Mod+P', 'other')).toBe(true)
    expect(matchesCombo(press('P', { metaKey: true }), 'Mod+P', 'mac')).toBe(true)
    expect(matchesCombo(press('p', { metaKey: true }), 'Mod+P', 'other')).toBe(false)
    expect(matchesCombo(press('p', { ctrlKey: true }), 'Mod+P', 'mac')).toBe(false)
    expect(matchesCombo(press('p'), 'Mod+P', 'other')).toBe(false)
    expect(matchesCombo(press('p', { ctrlKey: true, altKey: true }), 'Mod+P', 'other')).toBe(false)
  })

  it('keeps Shift apart for letters, and lets it through for characters typed with it', () => {
    const shifted = press('P', { ctrlKey: true, shiftKey: true })
    expect(matchesCombo(shifted, 'Mod+Shift+P', 'other')).toBe(true)
    expect(matchesCombo(shifted, 'Mod+P', 'other')).toBe(false)
    expect(matchesCombo(press('p', { ctrlKey: true }), 'Mod+Shift+P', 'other')).toBe(false)
    expect(matchesCombo(press('?', { shiftKey: true }), '?', 'other')).toBe(true)
    expect(matchesCombo(press('/'), '?', 'other')).toBe(false)
  })
})
