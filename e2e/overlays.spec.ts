// Status messages never cover the selection toolbar or the popovers it opens, and those
// stay wholly on screen, at a laptop's window sizes and with the selection at the edges.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { selectionToolbar } from './highlighting'
import { appStatus, openSource } from './workbench'

const STABILITY = 'Seeking Stability'

type Box = { x: number; y: number; width: number; height: number }

/** Selects the last words of the line nearest `fromBottom` px above the reader's bottom. */
async function selectNearBottom(app: Page, fromBottom: number, side: 'right' | 'middle') {
  // The article's text starts below the fold on a small window: bring it into view first.
  await app.evaluate(async () => {
    const reader = document.getElementById('reader')!
    const body = document.querySelector('.document-body')!
    const below = body.getBoundingClientRect().top - reader.getBoundingClientRect().top
    if (below > 0) reader.scrollTop += below + 200
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
  await app.evaluate(
    ({ fromBottom, side }) => {
      const reader = document.getElementById('reader')!.getBoundingClientRect()
      const body = document.querySelector('.document-body')!
      const words: { node: Text; start: number; end: number; rect: DOMRect }[] = []
      for (const block of body.children) {
        const place = block.getBoundingClientRect()
        if (place.bottom < reader.top || place.top > reader.bottom) continue
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
        while (walker.nextNode()) {
          const node = walker.currentNode as Text
          for (const match of node.data.matchAll(/\S+/g)) {
            const range = document.createRange()
            range.setStart(node, match.index)
            range.setEnd(node, match.index + match[0].length)
            const rect = range.getBoundingClientRect()
            if (rect.height > 0 && rect.top >= reader.top && rect.bottom <= reader.bottom) {
              words.push({ node, start: match.index, end: match.index + match[0].length, rect })
            }
          }
        }
      }
      const target = reader.bottom - fromBottom
      const nearest = words.reduce((a, b) =>
        Math.abs(b.rect.bottom - target) < Math.abs(a.rect.bottom - target) ? b : a,
      )
      const line = words.filter((w) => Math.abs(w.rect.top - nearest.rect.top) < 2)
      const end = side === 'right' ? line.length - 1 : Math.floor(line.length / 2)
      const first = line[Math.max(0, end - 2)]!
      const last = line[end]!
      document.getSelection()!.setBaseAndExtent(first.node, first.start, last.node, last.end)
      document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }))
    },
    { fromBottom, side },
  )
  await expect(selectionToolbar(app)).toBeVisible()
}

async function box(locator: Locator): Promise<Box> {
  // A message replaced by a new one (a new element) has no box for a moment: ask again.
  let found: Box | null = null
  await expect
    .poll(async () => (found = await locator.boundingBox()), { message: 'the element has a box' })
    .not.toBeNull()
  return found!
}

function expectInside(inner: Box, outer: { width: number; height: number }, what: string) {
  expect(inner.x, `${what}: left edge`).toBeGreaterThanOrEqual(0)
  expect(inner.y, `${what}: top edge`).toBeGreaterThanOrEqual(0)
  expect(inner.x + inner.width, `${what}: right edge`).toBeLessThanOrEqual(outer.width)
  expect(inner.y + inner.height, `${what}: bottom edge`).toBeLessThanOrEqual(outer.height)
}

function expectApart(a: Box, b: Box, what: string) {
  const overlap =
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
  expect(overlap, `${what} overlaps the status message`).toBe(false)
}

/** Copies the selection (key C) so that a status message shows, and returns its box. */
async function copyForStatus(app: Page): Promise<Box> {
  await app.keyboard.press('c')
  const status = appStatus(app)
  await expect(status).toContainText('Quote copied')
  return box(status)
}

/** Every button of `group` is the element under the middle of its own box. */
async function expectClickable(group: Locator) {
  const buttons = group.getByRole('button')
  const count = await buttons.count()
  expect(count).toBeGreaterThan(5)
  for (let i = 0; i < count; i += 1) {
    const button = buttons.nth(i)
    await button.click({ trial: true, timeout: 2_000 })
    const onTop = await button.evaluate((el) => {
      const r = el.getBoundingClientRect()
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
      return hit !== null && (hit === el || el.contains(hit))
    })
    expect(onTop, `${await button.getAttribute('title')} is clickable`).toBe(true)
  }
}

const sizes = [
  { width: 1280, height: 720 },
  { width: 1024, height: 640 },
]
const spots = [
  { fromBottom: 10, side: 'right' },
  { fromBottom: 45, side: 'right' },
  { fromBottom: 75, side: 'middle' },
  { fromBottom: 110, side: 'right' },
] as const

for (const viewport of sizes) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })
    // Many placements per test, each checked button by button.
    test.setTimeout(60_000)

    test('the selection toolbar stays on screen, clear of a status message, every button clickable', async ({
      app,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await openSource(app, STABILITY)
      for (const { fromBottom, side } of spots) {
        await selectNearBottom(app, fromBottom, side)
        const toolbar = selectionToolbar(app)
        // The toolbar is drawn once measured (the frame after the selection): wait for it.
        await expect(toolbar).toBeVisible()
        const status = await copyForStatus(app)
        await expect(toolbar).toBeVisible()
        const where = `toolbar for a selection ${fromBottom}px above the bottom, ${side}`
        expectInside(await box(toolbar), viewport, where)
        expectApart(await box(toolbar), status, where)
        await expectClickable(toolbar)
        await app.keyboard.press('Escape')
        await expect(toolbar).toBeHidden()
      }
    })

    test('the popovers the toolbar opens stay on screen and clear of a status message', async ({
      app,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await openSource(app, STABILITY)
      const popovers = [
        { key: 'l', name: 'Tag to claim' },
        { key: 'e', name: 'Add to timeline' },
        { key: 't', name: 'Highlight' },
      ]
      for (const { fromBottom, side } of [spots[0], spots[2]]) {
        for (const { key, name } of popovers) {
          await selectNearBottom(app, fromBottom, side)
          const status = await copyForStatus(app)
          await app.keyboard.press(key)
          const popover = app.getByRole('dialog', { name })
          await expect(popover).toBeVisible()
          const where = `${name} for a selection ${fromBottom}px above the bottom, ${side}`
          expectInside(await box(popover), viewport, where)
          expectApart(await box(popover), status, where)
          // Escape closes a popover from inside it, once it has taken the focus.
          await expect
            .poll(() => popover.evaluate((el) => el.contains(document.activeElement)))
            .toBe(true)
          await app.keyboard.press('Escape')
          await expect(popover).toBeHidden()
        }
      }
    })
  })
}
