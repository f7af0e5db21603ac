// @vitest-environment happy-dom
import { ariaKeyShortcut, comboLabels } from '@shared/commands/key-combo'
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { ShortcutsSheet } from '../features/palette/ShortcutsSheet'
import { mountPerTest } from '../ui/testing/mount-per-test'
import { SHORTCUT_GROUPS } from './shortcuts'

const view = mountPerTest()

/** Every renderer source file but the tests, by path. */
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.*'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

const listed = SHORTCUT_GROUPS.flatMap((group) => group.entries)
const listedAria = new Set(
  listed.flatMap((entry) => entry.keys.map((combo) => ariaKeyShortcut(combo, 'other'))),
)

function mountSheet() {
  act(() =>
    view.root.render(
      <>
        <button type="button">Somewhere</button>
        <input aria-label="A note" />
        <ShortcutsSheet ref={null} groups={SHORTCUT_GROUPS} />
      </>,
    ),
  )
}

const sheet = () => view.container.querySelector('dialog')!

function pressQuestionMark(target: Element) {
  act(() => {
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: '?', shiftKey: true, bubbles: true, cancelable: true }),
    )
  })
}

describe('the keyboard shortcuts list', () => {
  it('lists every shortcut a component declares (aria-keyshortcuts, useGlobalKey)', () => {
    const declared = new Map<string, string>()
    for (const [path, text] of Object.entries(sources)) {
      for (const [, keys] of text.matchAll(/aria-keyshortcuts="([^"]+)"/g)) {
        for (const key of keys!.split(' ')) declared.set(key, path)
      }
      for (const [, key] of text.matchAll(/useGlobalKey\('([^']+)'/g)) {
        declared.set(ariaKeyShortcut(key!, 'other'), path)
      }
    }
    // The scan finds the shortcuts known to exist: Undo in the top bar, a colour, zoom.
    expect([...declared.keys()]).toEqual(expect.arrayContaining(['Control+Z', 'N', '+']))
    const missing = [...declared].filter(([key]) => !listedAria.has(key))
    expect(missing, 'shortcuts declared in code but not in app/shortcuts.ts').toEqual([])
  })

  it('writes every combination in a form the palette can show and match', () => {
    for (const entry of listed) {
      expect(entry.keys.length, entry.action).toBeGreaterThan(0)
      for (const combo of entry.keys) expect(() => comboLabels(combo, 'other')).not.toThrow()
    }
  })
})

describe('ShortcutsSheet', () => {
  it('shows each listed shortcut under its group, with its keys', () => {
    mountSheet()
    const sections = [...sheet().querySelectorAll('section')]
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).toEqual(
      SHORTCUT_GROUPS.map((g) => g.title),
    )
    SHORTCUT_GROUPS.forEach((group, index) => {
      const rows = [...sections[index]!.querySelectorAll('tbody tr')]
      expect(rows).toHaveLength(group.entries.length)
      group.entries.forEach((entry, row) => {
        const [action, keys] = rows[row]!.querySelectorAll('td')
        expect(action?.textContent).toContain(entry.action)
        const shown = [...keys!.querySelectorAll(':scope kbd.key-combo')].map((combo) =>
          [...combo.querySelectorAll('kbd')].map((k) => k.textContent),
        )
        expect(shown).toEqual(entry.keys.map((combo) => comboLabels(combo, 'other')))
      })
    })
  })

  it('opens on ? outside text fields only, and gives the focus back on closing', () => {
    mountSheet()
    const note = view.container.querySelector('input')!
    note.focus()
    pressQuestionMark(note)
    expect(sheet().open).toBe(false)

    const somewhere = view.container.querySelector('button')!
    somewhere.focus()
    pressQuestionMark(somewhere)
    expect(sheet().open).toBe(true)
    const close = [...sheet().querySelectorAll('button')].find((b) => b.textContent === 'Close')!
    close.focus()
    act(() => close.click())
    expect(sheet().open).toBe(false)
    act(() => {
      sheet().dispatchEvent(new Event('close'))
    })
    expect(document.activeElement).toBe(somewhere)
  })
})
