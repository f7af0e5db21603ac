import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { buildSequence, finishEvent, openTimelines, STABILITY, startEvent, STRIKES } from './flows'

test('a timeline built from the text keeps order and honest precision, after a reload', async ({
  app,
}) => {
  await buildSequence(app)
  await openTimelines(app)
  await expect(app.getByRole('heading', { level: 1, name: 'January 2024 strikes' })).toBeVisible()
  const events = app.locator('.tl-event')
  await expect(events).toHaveCount(4)
  const dates = () => app.locator('.tl-event .tl-date').allInnerTexts()
  await expect
    .poll(dates)
    .toEqual(['Jul 2023', '16 Jan 2024', `18 Jan 2024 (2 days after: ${STRIKES})`, '29 Jan 2024'])
  await expect(app.getByRole('heading', { level: 2, name: '2023' })).toBeVisible()
  // As of August 2023 only the July 2023 article could have told of anything here.
  await app.getByLabel('As of').fill('2023-08-01')
  await expect(events).toHaveCount(1)
  await expect(events).toContainText('Army chief visits Tehran')
  await app.getByLabel('As of').fill('')
  await expect(events).toHaveCount(4)
  await expect(app.getByRole('heading', { level: 3, name: 'January 2024' })).toBeVisible()
  // Each event shows the quote it rests on, with its citation.
  await expect(events.nth(3)).toContainText('On 29 January 2024')
  await expect(events.nth(3).locator('cite')).toContainText('Tahir, S.')

  // Moving the strikes moves the retaliation that is dated from them.
  await events.nth(1).getByRole('link', { name: STRIKES }).click()
  const detail = app.getByRole('complementary', { name: STRIKES })
  await detail.getByLabel('Add a tag').fill('strikes')
  await detail.getByLabel('Add a tag').press('Enter')
  await expect(events.nth(1).locator('.tag-chip')).toHaveText('strikes')
  await detail.getByLabel('Date as the sources give it').fill('17 Jan 2024')
  await detail.getByRole('button', { name: 'Save date' }).click()
  await expect.poll(dates).toContain(`19 Jan 2024 (2 days after: ${STRIKES})`)

  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await expect
    .poll(dates)
    .toEqual(['Jul 2023', '17 Jan 2024', `19 Jan 2024 (2 days after: ${STRIKES})`, '29 Jan 2024'])
})

test('sources stating dates that cannot both be true make a date conflict, listed by the filter', async ({
  app,
}) => {
  await buildSequence(app)
  // A second record of the strikes, from another source that states another day.
  await startEvent(
    app,
    STABILITY,
    'On January 16, Iran conducted an unforeseen missile strike',
    /16 Jan/,
  )
  await finishEvent(app, 'Missile strike')
  await openTimelines(app)
  await app.getByRole('link', { name: 'Missile strike', exact: true }).click()
  const detail = app.getByRole('complementary', { name: 'Missile strike' })
  const stated = detail.getByLabel('Date this source states')
  await stated.fill('15 Jan 2024')
  await stated.blur()
  const target = await detail
    .getByLabel('Merge into (the same event recorded twice)')
    .locator('option', { hasText: new RegExp(`^${STRIKES}`) })
    .getAttribute('value')
  await detail.getByLabel('Merge into (the same event recorded twice)').selectOption(target!)
  await expect(app.locator('.tl-event')).toHaveCount(4)
  const strikes = app
    .locator('.tl-event')
    .filter({ has: app.getByRole('link', { name: STRIKES, exact: true }) })
  await expect(strikes.locator('.tl-sources li')).toHaveCount(2)
  await expect(strikes.locator('.tl-conflict')).toBeVisible()
  await app.getByLabel('Date conflicts only').check()
  await expect(app.locator('.tl-event')).toHaveCount(1)
  await app.keyboard.press('Control+z')
  await app.getByLabel('Date conflicts only').uncheck()
  await expect(app.locator('.tl-event')).toHaveCount(5)
})

test('timeline list screenshot', async ({ app }, info) => {
  test.skip(info.project.name !== 'web', 'screenshots come from the web project')
  await buildSequence(app)
  await openTimelines(app)
  await app.getByRole('link', { name: 'Pakistan’s retaliatory strikes', exact: true }).click()
  await expect(
    app.getByRole('complementary', { name: 'Pakistan’s retaliatory strikes' }),
  ).toBeVisible()
  // The message may already have gone by itself: dismiss it only if it is still there.
  await app.evaluate(() => document.querySelector<HTMLButtonElement>('.status-close')?.click())
  await app.evaluate(() => document.fonts.ready.then(() => undefined))
  await app.screenshot({ path: 'docs/screenshots/timeline-list.png' })
})

test('the visual timeline draws the events, zooms and opens an event', async ({ app }) => {
  await buildSequence(app)
  await openTimelines(app)
  await app.getByRole('button', { name: 'Visual' }).click()
  const chart = app.getByRole('group', { name: 'Timeline: January 2024 strikes' })
  await expect(chart).toBeVisible()
  const marks = chart.getByRole('button')
  await expect(marks).toHaveCount(4)
  await expect(
    chart.getByRole('button', { name: /^Army chief visits Tehran, Jul 2023/ }),
  ).toBeVisible()
  // The message may already have gone by itself: dismiss it only if it is still there.
  await app.evaluate(() => document.querySelector<HTMLButtonElement>('.status-close')?.click())
  await app.evaluate(() => document.fonts.ready.then(() => undefined))
  await app.screenshot({ path: 'docs/screenshots/timeline-visual.png' })

  // Zooming in narrows the range shown; fit all brings every event back.
  const range = app.locator('.tc-range')
  const before = await range.innerText()
  await app.getByRole('button', { name: 'Zoom in' }).click()
  await app.getByRole('button', { name: 'Zoom in' }).click()
  await expect(range).not.toHaveText(before)
  await app.getByRole('button', { name: 'Fit all' }).click()
  await expect(range).toHaveText(before)

  await chart.getByRole('button', { name: /^Foreign ministers meet in Islamabad/ }).click()
  await expect(
    app.getByRole('complementary', { name: 'Foreign ministers meet in Islamabad' }),
  ).toBeVisible()
})

test('timelines views have no serious accessibility violations', async ({ app }) => {
  await buildSequence(app)
  await openTimelines(app)
  await app.getByRole('link', { name: STRIKES, exact: true }).click()
  const serious = async () =>
    (await new AxeBuilder({ page: app }).analyze()).violations.filter((v) =>
      ['serious', 'critical'].includes(v.impact ?? ''),
    )
  expect(await serious()).toEqual([])
  await app.getByRole('button', { name: 'Visual' }).click()
  await expect(app.getByRole('group', { name: 'Timeline: January 2024 strikes' })).toBeVisible()
  expect(await serious()).toEqual([])
})
