// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { buildEntityIndex, type DocumentMentions } from '@shared/entities/entity-index'
import type { EntityKind } from '@shared/entities/entity-kind'
import { act } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db'
import { readEntityOverrides } from '../../db/entity-overrides'
import { clearUndoHistory, undo } from '../../db/undo-history'
import { mountPerTest } from '../../ui/testing/mount-per-test'
import { EntityList, type EntityListProps } from './EntityList'
import { MergeForm } from './MergeForm'

function doc(docId: string, names: [EntityKind, string][]): DocumentMentions {
  let at = 0
  return {
    docId,
    mentions: names.map(([kind, surface]) => {
      const m = { kind, surface, start: at, end: at + surface.length }
      at += surface.length + 5
      return m
    }),
  }
}

const index = buildEntityIndex([
  doc('a', [
    ['place', 'Iran'],
    ['place', 'Iran'],
    ['place', 'Iraq'],
    ['person', 'Hossein Amirabdollahian'],
  ]),
  doc('b', [
    ['place', 'Iran'],
    ['person', 'Hossein Amir-Abdollahian'],
    ['organisation', 'Jaish al-Adl'],
  ]),
])
const titles = new Map([
  ['a', 'Pakistan and Iran: The way forward'],
  ['b', 'Pakistan-Iran Relations: Seeking Stability'],
])
const entity = (id: string) => index.entities.find((e) => e.id === id)!

const view = mountPerTest()

beforeEach(async () => {
  clearUndoHistory()
  await db.settings.clear()
})

function press(target: Element, key: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
  })
}

function renderList(props: Partial<EntityListProps> = {}) {
  act(() =>
    view.root.render(
      <EntityList
        entities={index.entities}
        selectedId={null}
        titles={titles}
        kind="all"
        query=""
        onKind={() => {}}
        onQuery={() => {}}
        {...props}
      />,
    ),
  )
  return [...view.container.querySelectorAll<HTMLAnchorElement>('.en-list a')]
}

describe('the entity list', () => {
  it('lists each entity with its count and its count per source, by short title', () => {
    const links = renderList()
    expect(links.map((a) => a.querySelector('.en-entry-name')!.textContent)).toEqual([
      'Iran',
      'Hossein Amir-Abdollahian',
      'Iraq',
      'Jaish al-Adl',
    ])
    const iran = links[0]!
    expect(iran.querySelector('.en-entry-count')!.textContent).toBe('3 mentions')
    expect([...iran.querySelectorAll('.en-source')].map((s) => s.textContent)).toEqual([
      'Pakistan and Iran 2',
      'Pakistan-Iran Relations 1',
    ])
    expect(iran.getAttribute('href')).toBe('#/entities/place%3Airan')
  })

  it('has one tab stop, on the chosen entity, and arrows move between entries', () => {
    const links = renderList({ selectedId: 'place:iraq' })
    expect(links.map((a) => a.tabIndex)).toEqual([-1, -1, 0, -1])
    expect(links[2]!.getAttribute('aria-current')).toBe('true')
    links[2]!.focus()
    press(links[2]!, 'ArrowDown')
    expect(document.activeElement).toBe(links[3])
    press(links[3]!, 'Home')
    expect(document.activeElement).toBe(links[0])
  })

  it('filters by kind and says how many match, or that none does', () => {
    renderList({ kind: 'place' })
    expect(view.container.querySelector('.en-count')!.textContent).toBe('2 of 4 names')
    renderList({ query: 'atlantis' })
    expect(view.container.querySelector('.en-empty')!.textContent).toBe('No name matches.')
  })
})

describe('merging', () => {
  const iran = entity('place:iran')

  function renderForm() {
    act(() =>
      view.root.render(
        <MergeForm
          entity={iran}
          entities={index.entities}
          overrides={{ version: 1, merges: [], splits: [] }}
        />,
      ),
    )
    return {
      select: view.container.querySelector('select')!,
      form: view.container.querySelector('form')!,
    }
  }

  function choose(select: HTMLSelectElement, value: string) {
    act(() => {
      select.value = value
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
  }

  it('offers the same kind first, with counts, and asks for a choice before merging', () => {
    const { select, form } = renderForm()
    expect([...select.options].slice(0, 2).map((o) => o.textContent)).toEqual([
      'Choose an entity',
      'Iraq (place, 1 mention in 1 source)',
    ])
    act(() => form.requestSubmit())
    expect(view.container.querySelector('[role="alert"]')!.textContent).toBe(
      'Choose the entity to merge into this one first.',
    )
    expect(select.getAttribute('aria-invalid')).toBe('true')
  })

  it('writes nothing until the confirm, and Escape goes back to the choice', async () => {
    const { select, form } = renderForm()
    choose(select, 'place:iraq')
    act(() => form.requestSubmit())
    const confirm = view.container.querySelector<HTMLElement>('[aria-label="Confirm the merge"]')!
    expect(confirm.textContent).toContain('Merge Iraq into Iran?')
    expect(document.activeElement!.textContent).toBe('Merge into “Iran”')
    expect(await db.settings.count()).toBe(0)
    press(document.activeElement!, 'Escape')
    expect(view.container.querySelector('[aria-label="Confirm the merge"]')).toBeNull()
    expect(document.activeElement).toBe(select)
  })

  it('stores the merge on confirm, as one step undo takes back', async () => {
    const { select, form } = renderForm()
    choose(select, 'place:iraq')
    act(() => form.requestSubmit())
    await act(async () => {
      ;(document.activeElement as HTMLButtonElement).click()
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    await expect
      .poll(async () => (await readEntityOverrides(db)).overrides.merges)
      .toEqual([{ keys: ['place:iran', 'place:iraq'] }])
    await undo(db)
    expect((await readEntityOverrides(db)).overrides.merges).toEqual([])
  })
})
