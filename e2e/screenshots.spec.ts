import { openSource } from './workbench'
import { expect, test } from './fixtures'

// Screenshots for the README, refreshed by every e2e run of the web project.
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'web', 'screenshots come from the web project')
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`library and reader screenshot (${colorScheme})`, async ({ app }) => {
    await app.emulateMedia({ colorScheme })
    await openSource(app, 'Seeking Stability')
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(
      'Pakistan-Iran Relations: Seeking Stability',
    )
    await app.getByRole('listbox', { name: 'Sources' }).focus()
    await app.evaluate(() => document.fonts.ready.then(() => undefined))
    await app.screenshot({ path: `docs/screenshots/library-reader-${colorScheme}.png` })
  })
}

test('about and storage screenshot', async ({ app }) => {
  await app.getByRole('button', { name: 'About / storage' }).click()
  await expect(app.getByTestId('database-status')).toContainText('open')
  await app.screenshot({ path: 'docs/screenshots/about-storage.png' })
})
