/** Steps for highlight specs: selecting text like an analyst, and reading what is painted. */
import { expect, type Page } from '@playwright/test'

/**
 * Selects from the start of `from` to the end of `to` (default: `from` itself) in the
 * open document's text, as a mouse drag would, and waits for the selection toolbar.
 */
export async function selectText(app: Page, from: string, to: string = from): Promise<void> {
  // The document just opened may still be the one before it: wait for its text.
  await app.waitForFunction(
    (from) => document.querySelector('.document-body')?.textContent?.includes(from) ?? false,
    from,
    { timeout: 15_000 },
  )
  await app.evaluate(
    ({ from, to }) => {
      const body = document.querySelector('.document-body')
      if (!body) throw new Error('no document open')
      const nodes: Text[] = []
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
      while (walker.nextNode()) nodes.push(walker.currentNode as Text)
      const text = nodes.map((n) => n.data).join('')
      const start = text.indexOf(from)
      const end = text.indexOf(to, start) + to.length
      if (start < 0 || end < start + to.length) throw new Error(`text not found: ${from} … ${to}`)
      const locate = (offset: number, preferEnd: boolean) => {
        let seen = 0
        for (const node of nodes) {
          const next = seen + node.data.length
          if (offset < next || (preferEnd && offset === next))
            return { node, offset: offset - seen }
          seen = next
        }
        const last = nodes[nodes.length - 1]!
        return { node: last, offset: last.data.length }
      }
      const a = locate(start, false)
      const b = locate(end, true)
      document.getSelection()!.setBaseAndExtent(a.node, a.offset, b.node, b.offset)
      document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }))
    },
    { from, to },
  )
  await expect(selectionToolbar(app)).toBeVisible()
}

export function selectionToolbar(app: Page) {
  return app.getByRole('toolbar', { name: 'Selection' })
}

/** The text of every painted highlight range, by colour (from CSS.highlights). */
export async function paintedTexts(app: Page): Promise<Record<string, string[]>> {
  return app.evaluate(() => {
    const result: Record<string, string[]> = {}
    for (const color of ['yellow', 'green', 'blue', 'pink', 'purple']) {
      const highlight = CSS.highlights.get(`cf-${color}`)
      result[color] = highlight ? [...highlight].map((range) => (range as Range).toString()) : []
    }
    return result
  })
}

/** The side list's entries (quotes) in order. */
export function highlightItems(app: Page) {
  return app.locator('.highlight-panel .hl-item')
}
