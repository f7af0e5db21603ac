/** Steps and facts for the find-in-document spec. */
import type { Page } from '@playwright/test'

/**
 * How often phrases occur in 002 (Pak-Iran Relations amid Recent Developments), counted
 * in its text case-insensitively, curly and straight apostrophes alike.
 */
export const FIND_IN_002 = {
  title: 'Pak-Iran Relations amid Recent Developments',
  /** "Jaish al-Adl" in any case. */
  jaish: { query: 'jaish al-adl', count: 9 },
  /** "Iran's", written with a straight apostrophe in the source, typed with a curly one. */
  iranS: { query: 'Iran’s', count: 13 },
} as const

export function findBar(app: Page) {
  return app.getByRole('search', { name: 'Find in document' })
}

export function findInput(app: Page) {
  return findBar(app).getByRole('textbox', { name: 'Find in document' })
}

export function findStatus(app: Page) {
  return findBar(app).getByRole('status')
}

/** What the find highlights paint: how many ranges, and the current match's text and box. */
export function paintedMatches(app: Page) {
  return app.evaluate(() => {
    const all = CSS.highlights.get('casefile-find')
    const current = [...(CSS.highlights.get('casefile-find-current') ?? [])] as Range[]
    const box = current[0]?.getBoundingClientRect()
    const reader = document.getElementById('reader')!.getBoundingClientRect()
    return {
      all: all?.size ?? 0,
      current: current.map((range) => range.toString()),
      currentInView:
        box !== undefined && box.top >= reader.top && box.bottom <= reader.bottom && box.height > 0,
    }
  })
}
