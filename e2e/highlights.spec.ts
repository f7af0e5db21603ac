import { highlightItems, paintedTexts, selectionToolbar, selectText } from './highlighting'
import { expect, test } from './fixtures'
import { seed, sentence, STABILITY as STABILITY_ID, type Seed } from './seeding'
import { appStatus, openSource } from './workbench'

const STABILITY = 'Seeking Stability'
const WAY_FORWARD = 'Pakistan and Iran: The way forward'

test('highlights in every colour in two sources, with a note and tags, survive a reload', async ({
  app,
}) => {
  const passages: [string, string, string][] = [
    [STABILITY, 'Two days after the Iranian missile strike', 'Highlight as key'],
    [STABILITY, 'codenamed Marg Bar Sarmachar', 'Highlight as evidence'],
    [STABILITY, 'at least 84 people', 'Highlight as question'],
    [WAY_FORWARD, 'On 29 January 2024', 'Highlight as doubt'],
    [WAY_FORWARD, 'over 900 kilometers', 'Highlight as background'],
  ]
  for (const [source, quote, button] of passages) {
    await openSource(app, source)
    await selectText(app, quote)
    await selectionToolbar(app).getByRole('button', { name: button }).click()
    await expect(highlightItems(app).filter({ hasText: quote })).toHaveCount(1)
  }

  await highlightItems(app)
    .filter({ hasText: 'over 900 kilometers' })
    .getByRole('button', { name: 'Edit' })
    .click()
  const editor = app.getByRole('dialog', { name: 'Highlight' })
  await editor.getByLabel('Note').fill('Compare with 959 km in the op-ed.')
  await editor.getByLabel('Add a tag').fill('border length')
  await editor.getByLabel('Add a tag').press('Enter')
  await editor.getByLabel('Add a tag').fill('🚩 دعوى')
  await editor.getByLabel('Add a tag').press('Enter')
  await editor.getByRole('button', { name: 'Done' }).click()
  await expect(editor).toBeHidden()

  await app.reload()
  await expect(app.locator('article.document')).toHaveAttribute('data-painted-highlights', '2')
  const painted = await paintedTexts(app)
  expect(painted.pink).toEqual(['On 29 January 2024'])
  expect(painted.purple).toEqual(['over 900 kilometers'])
  const item = highlightItems(app).filter({ hasText: 'over 900 kilometers' })
  await expect(item).toContainText('Compare with 959 km in the op-ed.')
  await expect(item).toContainText('border length')
  await expect(item).toContainText('🚩 دعوى')

  await openSource(app, STABILITY)
  await expect(app.locator('article.document')).toHaveAttribute('data-painted-highlights', '3')
  expect(await paintedTexts(app)).toMatchObject({
    yellow: ['Two days after the Iranian missile strike'],
    green: ['codenamed Marg Bar Sarmachar'],
    blue: ['at least 84 people'],
  })
})

test('overlapping and cross-paragraph highlights paint exactly their text', async ({ app }) => {
  await openSource(app, STABILITY)
  await selectText(app, 'On January 16, Iran conducted', 'Jaish-al-Adl outfit.')
  await app.keyboard.press('1')
  await selectText(app, 'unforeseen missile strike', 'felt obligated to react')
  await app.keyboard.press('3')
  await expect(highlightItems(app)).toHaveCount(2)
  const painted = await paintedTexts(app)
  expect(painted.yellow?.[0]).toMatch(/^On January 16, Iran conducted .* Jaish-al-Adl outfit\.$/)
  // The second spans two paragraphs: the range covers both, without the gap between.
  expect(painted.blue?.[0]).toMatch(/^unforeseen missile strike.*felt obligated to react$/s)
  await expect(highlightItems(app).nth(0)).toContainText('¶3')
  await expect(highlightItems(app).nth(1)).toContainText('¶3–4')
})

test('undo and redo of create, edit and delete, also after a reload', async ({ app }) => {
  await openSource(app, STABILITY)
  await selectText(app, 'Two days after the Iranian missile strike')
  await app.keyboard.press('2')
  await expect(highlightItems(app)).toHaveCount(1)

  await highlightItems(app).getByRole('button', { name: 'Edit' }).click()
  await app
    .getByRole('dialog', { name: 'Highlight' })
    .getByRole('button', { name: 'Delete' })
    .click()
  await expect(highlightItems(app)).toHaveCount(0)
  await app.locator('#reader').focus()
  await app.keyboard.press('Control+z')
  await expect(highlightItems(app)).toHaveCount(1)

  await app.reload()
  await expect(highlightItems(app)).toHaveCount(1)
  await app.locator('#reader').focus()
  await app.keyboard.press('Control+z')
  await expect(highlightItems(app)).toHaveCount(0)
  await app.keyboard.press('Control+Shift+z')
  await expect(highlightItems(app)).toHaveCount(1)
  await app.getByRole('button', { name: 'Undo' }).click()
  await expect(highlightItems(app)).toHaveCount(0)
})

test('keyboard only: select with Shift+arrows, highlight with a number key', async ({ app }) => {
  await openSource(app, STABILITY)
  await app.locator('#reader').focus()
  for (let i = 0; i < 6; i++) await app.keyboard.press('Shift+Control+ArrowRight')
  await expect(selectionToolbar(app)).toBeVisible()
  await app.keyboard.press('4')
  await expect(highlightItems(app)).toHaveCount(1)
  await expect(highlightItems(app)).toContainText('In a late-January')
  await expect(selectionToolbar(app)).toBeHidden()
})

test('a selection of only spaces is refused with a message', async ({ app }) => {
  await openSource(app, STABILITY)
  await app.evaluate(() => {
    const block = document.querySelector('.document-body [data-para="1"]')!
    const text = block.firstChild as Text
    const space = text.data.indexOf(' ')
    document.getSelection()!.setBaseAndExtent(text, space, text, space + 1)
    document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }))
  })
  await expect(selectionToolbar(app)).toBeVisible()
  await app.keyboard.press('1')
  await expect(app.getByRole('alert')).toContainText('not just spaces')
  await expect(highlightItems(app)).toHaveCount(0)
})

test('a highlight whose passage is gone after a text change is kept as an orphan', async ({
  app,
}) => {
  await openSource(app, STABILITY)
  await selectText(app, 'It is also essential for Pakistan to internationally emphasize')
  await app.keyboard.press('1')
  await selectText(app, 'Two days after the Iranian missile strike')
  await app.keyboard.press('2')
  await expect(highlightItems(app)).toHaveCount(2)

  // A new revision of the source drops the Kulbhushan Yadav paragraph and edits another.
  await app.route('**/corpus/pakistan-iran-relations-seeking-stability.json', async (route) => {
    const doc = await (await route.fetch()).json()
    const dropped = doc.blocks.find((b: { text: string }) =>
      b.text.startsWith('It is also essential'),
    )
    doc.text = doc.text.replace(dropped.text, 'A replacement paragraph about something else.')
    doc.text = 'Editor’s note: updated.\n\n' + doc.text
    doc.rev = 'edited0000000000'
    let offset = 0
    doc.blocks = doc.text.split('\n\n').map((text: string, i: number) => {
      const block = {
        kind: 'paragraph',
        level: 0,
        text,
        start: offset,
        end: offset + text.length,
        para: i + 1,
        marks: [],
      }
      offset += text.length + 2
      return block
    })
    await route.fulfill({ json: doc })
  })
  await app.reload()
  const orphans = app.locator('.panel-section').filter({ hasText: 'Orphaned highlights (1)' })
  await expect(orphans).toContainText('It is also essential for Pakistan')
  await expect(highlightItems(app).first()).toContainText(
    'Two days after the Iranian missile strike',
  )
  expect((await paintedTexts(app)).green).toEqual(['Two days after the Iranian missile strike'])

  // Re-link the orphan to new text.
  await selectText(app, 'A replacement paragraph')
  await orphans.getByRole('button', { name: 'Re-link to selection' }).click()
  await expect(app.locator('.panel-section')).toHaveCount(0)
  expect((await paintedTexts(app)).yellow).toEqual(['A replacement paragraph'])
})

test('copy quote puts the quote and its citation on the clipboard', async ({ app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openSource(app, STABILITY)
  await selectText(app, 'Two days after the Iranian missile strike')
  await app.keyboard.press('c')
  await expect(appStatus(app)).toContainText('Quote copied')
  expect(await app.evaluate(() => navigator.clipboard.readText())).toBe(
    "“Two days after the Iranian missile strike” (Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability', The Diplomatic Insight, c. Feb 2024, ¶5)",
  )
})

test('two tabs stay consistent: a highlight made in one appears in the other', async ({
  app,
  context,
  baseURL,
}, info) => {
  test.skip(info.project.name !== 'web', 'tabs are a web-host notion')
  await openSource(app, STABILITY)
  const other = await context.newPage()
  await other.goto(`${baseURL}#/doc/pakistan-iran-relations-seeking-stability`)
  await other.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await selectText(app, 'Two days after the Iranian missile strike')
  await app.keyboard.press('1')
  await expect(highlightItems(other)).toHaveCount(1)
  await expect(highlightItems(other)).toContainText('Two days after the Iranian missile strike')
  await highlightItems(other).getByRole('button', { name: 'Edit' }).click()
  await other
    .getByRole('dialog', { name: 'Highlight' })
    .getByRole('button', { name: 'Delete' })
    .click()
  await expect(highlightItems(app)).toHaveCount(0)
})

test('clicking a highlight in the text opens its note and tags for editing', async ({ app }) => {
  await openSource(app, STABILITY)
  await selectText(app, 'Two days after the Iranian missile strike')
  await app.keyboard.press('1')
  await expect(highlightItems(app)).toHaveCount(1)
  const point = await app.evaluate(() => {
    const range = [...CSS.highlights.get('cf-yellow')!][0] as Range
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
    const rect = range.getClientRects()[0]!
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
  })
  await app.mouse.click(point.x, point.y)
  const editor = app.getByRole('dialog', { name: 'Highlight' })
  await expect(editor).toBeVisible()
  await editor.getByLabel('Note').fill('Retaliation on 18 January.')
  await app.keyboard.press('Escape')
  await expect(editor).toBeHidden()
  await expect(highlightItems(app)).toContainText('Retaliation on 18 January.')
})

test('a long side list shows only what is in view and brings a clicked highlight into it', async ({
  app,
}, info) => {
  test.skip(info.project.name !== 'web', 'seeding reads the web host corpus')
  const many: Seed[] = Array.from({ length: 300 }, (_, i) => ({
    id: `hl-many-${String(i).padStart(3, '0')}`,
    docId: STABILITY_ID,
    quote: sentence(STABILITY_ID),
    color: 'yellow',
    minutes: i,
  }))
  const last: Seed = {
    id: 'hl-last',
    docId: STABILITY_ID,
    quote: 'successfully neutralized several Baluch separatists',
    color: 'pink',
    note: 'Comes after the rest in reading order.',
    minutes: 400,
  }
  await seed(app, [...many, last])
  await openSource(app, STABILITY)
  await expect(app.locator('#highlight-panel-heading .count')).toHaveText('301')
  const rendered = await highlightItems(app).count()
  expect(rendered).toBeGreaterThan(3)
  expect(rendered).toBeLessThan(60)
  const lastItem = app.locator('.highlight-panel [data-highlight-id="hl-last"]')
  await expect(lastItem).toHaveCount(0)

  const point = await app.evaluate(() => {
    const range = [...CSS.highlights.get('cf-pink')!][0] as Range
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
    const rect = range.getClientRects()[0]!
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
  })
  await app.mouse.click(point.x, point.y)
  await expect(app.getByRole('dialog', { name: 'Highlight' })).toBeVisible()
  await expect(lastItem).toBeInViewport()
  await expect(lastItem).toContainText('Comes after the rest in reading order.')
  await expect(lastItem.locator('xpath=..')).toHaveAttribute('aria-posinset', '301')
})
