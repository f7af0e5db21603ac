import { CURRENT_SCHEMA_VERSION } from '../src/renderer/src/db/schema-versions'
import { sourceOptions } from './workbench'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

test('the app makes no request to any origin but its own', async ({ app, requests, appOrigin }) => {
  for (const option of await sourceOptions(app).all()) {
    await option.click()
    await expect(app.locator('article.document')).toBeVisible()
  }
  await app.getByRole('button', { name: 'About / storage' }).click()
  await expect(app.getByTestId('storage-usage')).not.toHaveText('')
  expect(requests.length).toBeGreaterThan(5)
  const foreign = requests.filter(
    (url) => !url.startsWith(`${appOrigin}/`) && !/^(data|blob):/.test(url),
  )
  expect(foreign).toEqual([])
})

test('About / storage shows the version, the open database and the storage state', async ({
  app,
}) => {
  await app.getByRole('button', { name: 'About / storage' }).click()
  const dialog = app.getByRole('dialog', { name: 'About Casefile' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(/Version\s*\d+\.\d+\.\d+/)
  await expect(app.getByTestId('database-status')).toContainText(
    `open, schema version ${CURRENT_SCHEMA_VERSION}`,
  )
  await expect(app.getByTestId('storage-persistence')).toHaveText(
    /Persistent|Not persistent|Unknown/,
  )
  await expect(app.getByTestId('storage-usage')).toHaveText(/\d+(\.\d)? (B|KB|MB|GB)/)
  await app.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  const databases = await app.evaluate(() => indexedDB.databases())
  expect(databases.map((d) => d.name)).toContain('casefile')
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the main screen has no serious or critical accessibility violations (${colorScheme})`, async ({
    app,
  }) => {
    await app.emulateMedia({ colorScheme })
    const results = await new AxeBuilder({ page: app }).analyze()
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    expect(serious).toEqual([])
  })
}
