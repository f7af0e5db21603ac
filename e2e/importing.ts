/** Steps for import specs: choosing fixture files like an analyst, and the import dialog. */
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'

/** The importer's own fixture files, made in the repo by scripts beside them. */
export const IMPORT_FIXTURES = 'src/renderer/src/extract/fixtures'

/** Clicks Import documents… in the library and chooses these fixture files. */
export async function chooseFiles(app: Page, names: string[]): Promise<void> {
  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Import documents…' }).click()
  await (await chooser).setFiles(names.map((name) => join(IMPORT_FIXTURES, name)))
}

export const importDialog = (app: Page) => app.getByRole('dialog', { name: 'Import documents' })

/** The metadata sheet open for `fileName`, once its file has been read. */
export async function openSheet(app: Page, fileName: string) {
  const sheet = importDialog(app).getByRole('form', { name: `Details of ${fileName}` })
  await expect(sheet).toBeVisible({ timeout: 30_000 })
  return sheet
}

/** Confirms the sheet open for `fileName`, checking the title it was prefilled with. */
export async function confirmSheet(app: Page, fileName: string, title: string): Promise<void> {
  const sheet = await openSheet(app, fileName)
  await expect(sheet.getByLabel('Title')).toHaveValue(title)
  await sheet.getByRole('button', { name: 'Add to library' }).click()
  await expect(importDialog(app).getByRole('link', { name: title })).toBeVisible()
}

/** Drops a text file made on the spot onto the library pane, as a drag from the desktop would. */
export async function dropTextFile(app: Page, name: string, text: string): Promise<void> {
  await app.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], name, { type: 'text/plain' }))
      const library = document.querySelector('.library')!
      for (const type of ['dragenter', 'dragover', 'drop']) {
        library.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        )
      }
    },
    { name, text },
  )
}
