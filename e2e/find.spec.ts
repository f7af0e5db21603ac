import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { FIND_IN_002, findBar, findInput, findStatus, paintedMatches } from './finding'
import { selectText, selectionToolbar } from './highlighting'
import { openSource } from './workbench'

test('Ctrl+F counts matches in 002, steps through them and paints them', async ({ app }) => {
  await openSource(app, FIND_IN_002.title)
  await app.locator('#reader').focus()
  await app.keyboard.press('Control+f')
  await expect(findInput(app)).toBeFocused()

  await app.keyboard.type(FIND_IN_002.jaish.query)
  await expect(findStatus(app)).toHaveText(`1 of ${FIND_IN_002.jaish.count}`)
  expect(await paintedMatches(app)).toMatchObject({
    all: FIND_IN_002.jaish.count,
    current: ['Jaish al-Adl'],
  })

  // Enter and F3 go forward, Shift with either goes back, the buttons too, wrapping.
  await app.keyboard.press('Enter')
  await expect(findStatus(app)).toHaveText(`2 of ${FIND_IN_002.jaish.count}`)
  await app.keyboard.press('F3')
  await expect(findStatus(app)).toHaveText(`3 of ${FIND_IN_002.jaish.count}`)
  await app.keyboard.press('Shift+Enter')
  await app.keyboard.press('Shift+F3')
  await expect(findStatus(app)).toHaveText(`1 of ${FIND_IN_002.jaish.count}`)
  await findBar(app).getByRole('button', { name: 'Previous match' }).click()
  await expect(findStatus(app)).toHaveText(
    `${FIND_IN_002.jaish.count} of ${FIND_IN_002.jaish.count}`,
  )
  // The last match, far down the document, was scrolled into view.
  await expect.poll(async () => (await paintedMatches(app)).currentInView).toBe(true)
  await findBar(app).getByRole('button', { name: 'Next match' }).click()
  await expect(findStatus(app)).toHaveText(`1 of ${FIND_IN_002.jaish.count}`)
  await expect.poll(async () => (await paintedMatches(app)).currentInView).toBe(true)

  // A curly apostrophe finds the straight one in the text.
  await findInput(app).fill(FIND_IN_002.iranS.query)
  await expect(findStatus(app)).toHaveText(new RegExp(`^\\d+ of ${FIND_IN_002.iranS.count}$`))
  await findInput(app).fill('no such phrase here')
  await expect(findStatus(app)).toHaveText('No matches')
  await expect(findBar(app).getByRole('button', { name: 'Next match' })).toBeDisabled()

  // Escape closes the bar, clears the painting and gives the focus back to the reader.
  await app.keyboard.press('Escape')
  await expect(findBar(app)).toHaveCount(0)
  await expect(app.locator('#reader')).toBeFocused()
  expect((await paintedMatches(app)).all).toBe(0)

  // Reopened, the last query is there, selected, so typing replaces it.
  await app.keyboard.press('Control+f')
  await expect(findInput(app)).toBeFocused()
  await expect(findInput(app)).toHaveValue('no such phrase here')
  await app.keyboard.type('Sarmachar')
  await expect(findInput(app)).toHaveValue('Sarmachar')
  await expect(findStatus(app)).toHaveText('1 of 3')
})

test('the find bar sits above the reader: the selection toolbar and the bar never overlap', async ({
  app,
}) => {
  await openSource(app, FIND_IN_002.title)
  await app.keyboard.press('Control+f')
  await app.keyboard.type('Iran')
  await expect(findStatus(app)).toHaveText(/^1 of \d+$/)
  const bar = (await findBar(app).boundingBox())!
  const reader = (await app.locator('#reader').boundingBox())!
  expect(bar.y + bar.height).toBeLessThanOrEqual(reader.y + 1)

  await selectText(app, 'The relationship between Pakistan and Iran has undergone')
  const toolbar = (await selectionToolbar(app).boundingBox())!
  const overlaps =
    toolbar.x < bar.x + bar.width &&
    bar.x < toolbar.x + toolbar.width &&
    toolbar.y < bar.y + bar.height &&
    bar.y < toolbar.y + toolbar.height
  expect(overlaps).toBe(false)
  await expect(findInput(app)).toBeVisible()

  const axe = await new AxeBuilder({ page: app }).include('[role="search"]').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test('Ctrl+F is left to the browser where no document is showing', async ({ app }) => {
  await app.getByRole('link', { name: 'Notebook' }).click()
  const prevented = await app.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        window.addEventListener('keydown', (event) => resolve(event.defaultPrevented), {
          once: true,
        })
        window.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, cancelable: true }),
        )
      }),
  )
  expect(prevented).toBe(false)
  await expect(findBar(app)).toHaveCount(0)
})

test('find screenshot', async ({ app }, info) => {
  test.skip(info.project.name !== 'web', 'screenshots come from the web project')
  await openSource(app, FIND_IN_002.title)
  await app.keyboard.press('Control+f')
  await app.keyboard.type('Baluchistan')
  await expect(findStatus(app)).toHaveText(/^1 of \d+$/)
  await app.keyboard.press('Enter')
  await expect(findStatus(app)).toHaveText(/^2 of \d+$/)
  await app.evaluate(() => document.fonts.ready.then(() => undefined))
  await app.screenshot({ path: 'docs/screenshots/find-in-document.png' })
})
