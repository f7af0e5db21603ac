// @vitest-environment happy-dom
import { buildEntityIndex } from '@shared/entities/entity-index'
import { entityFilterOptions, resolveEntityFilter } from '@shared/entities/entity-filter'
import { extractFromText } from '@shared/entities/extract-entities'
import { act } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mountPerTest } from '../ui/testing/mount-per-test'
import { EntityFilterField, EntityFilterNotice } from './EntityFilterField'
import {
  ENTITY_FILTER_KEY,
  setEntityFilter,
  useEntityFilter,
  type EntityFilterView,
} from '../host/entity-filter'

const index = buildEntityIndex([
  { docId: 'a', mentions: extractFromText('Hossein Amir-Abdollahian visited Islamabad.') },
  { docId: 'b', mentions: extractFromText('Hossein Amirabdollahian met officials in Iran.') },
])
const minister = index.entities.find((e) => e.name.startsWith('Hossein'))!

/** The filter as a view would see it over this index, all sources read. */
function viewOf(id: string | null, matching = false): EntityFilterView {
  return {
    id,
    state: resolveEntityFilter(id, index, true),
    options: entityFilterOptions(index.entities),
    progress: { extracted: 2, total: 2 },
    matcher: null,
    highlightIds: null,
    matching,
  }
}

/** Two views' filters side by side, both following the shared store. */
function TwoViews() {
  const id = useEntityFilter()
  return (
    <>
      <div data-view="notebook">
        <EntityFilterField view={viewOf(id)} />
        <EntityFilterNotice view={viewOf(id)} />
      </div>
      <div data-view="claims">
        <EntityFilterField view={viewOf(id)} />
      </div>
    </>
  )
}

const view = mountPerTest()
const select = (which: string) =>
  view.container.querySelector<HTMLSelectElement>(`[data-view="${which}"] select`)!
const notice = () => view.container.querySelector('[data-testid="entity-filter-notice"]')

describe('the shared entity filter', () => {
  beforeEach(() => act(() => setEntityFilter(null)))

  it('chosen in one view, filters the others, says what it does and clears', () => {
    act(() => view.root.render(<TwoViews />))
    expect(notice()).toBeNull()
    const labels = [...select('notebook').options].map((o) => o.text)
    expect(labels[0]).toBe('Any entity')
    expect(labels).toContain(`${minister.name} (person)`)

    act(() => {
      select('notebook').value = minister.id
      select('notebook').dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(select('claims').value).toBe(minister.id)
    expect(notice()?.textContent).toContain(`Mentions: ${minister.name}`)

    const clear = notice()!.querySelector('button')!
    expect(clear.getAttribute('aria-label')).toBe('Clear the entity filter')
    act(() => clear.click())
    expect(select('claims').value).toBe('')
    expect(notice()).toBeNull()
  })

  it('says mentions are being found while every item is still shown', () => {
    act(() => setEntityFilter(minister.id))
    act(() => view.root.render(<EntityFilterNotice view={viewOf(minister.id, true)} />))
    expect(notice()?.textContent).toContain(`Finding mentions of ${minister.name}…`)
    expect(notice()?.textContent).toContain('Everything is shown until they are found.')
    act(() => view.root.render(<EntityFilterNotice view={viewOf(minister.id)} />))
    expect(notice()?.textContent).toContain(`Mentions: ${minister.name}`)
  })

  it('shows an id the index no longer has as such, never as no filter', () => {
    act(() => setEntityFilter('person:merged-away'))
    act(() => view.root.render(<TwoViews />))
    expect(select('notebook').selectedOptions[0]?.text).toBe('Unknown entity')
    expect(notice()?.textContent).toContain('an entity no longer in the index')
  })

  it('is kept in the session, so a reload keeps it', async () => {
    act(() => setEntityFilter(minister.id))
    expect(sessionStorage.getItem(ENTITY_FILTER_KEY)).toBe(minister.id)
    vi.resetModules()
    const reloaded = await import('../host/entity-filter')
    function Shown() {
      return <output>{reloaded.useEntityFilter()}</output>
    }
    act(() => view.root.render(<Shown />))
    expect(view.container.textContent).toBe(minister.id)
    act(() => reloaded.setEntityFilter(null))
    expect(sessionStorage.getItem(ENTITY_FILTER_KEY)).toBeNull()
  })
})
