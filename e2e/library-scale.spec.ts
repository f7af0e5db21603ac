/**
 * A library of thousands of sources: the list renders what is in view, says where each
 * option stands in the whole, and the keyboard still reaches every source. Seeded straight
 * into IndexedDB as an import stores documents (bench/lib/imported-documents.ts), so only
 * in the web project.
 */
import { putRows } from '../bench/lib/idb-rows'
import { rowsOfDocument } from '../bench/lib/imported-documents'
import { assembleDocument } from '../src/shared/corpus/parse-document'
import { expect, test } from './fixtures'
import { sourceOptions } from './workbench'

const COUNT = 3_000

function rows() {
  return Array.from({ length: COUNT }, (_, i) => {
    const n = String(i + 1).padStart(4, '0')
    const doc = assembleDocument(
      {
        id: `scale-${n}`,
        title: `Seeded report ${n}`,
        authors: ['Desk Writer'],
        outlet: 'Scale Wire',
        // Older than the bundled sources, numbered by date: "Newest first" puts 0001 last.
        published: {
          year: 2000 + Math.floor(i / 300),
          month: 1 + (Math.floor(i / 25) % 12),
          day: 1 + (i % 25),
          approximate: false,
          basis: 'stated',
          note: '',
        },
        genre: 'news',
        raw: `scale-${n}.txt`,
        authorNote: null,
        imported: { format: 'text', encoding: 'UTF-8', notices: [] },
      },
      [{ kind: 'paragraph', level: 0, text: `Report number ${n} says little.`, marks: [] }],
    )
    return rowsOfDocument(doc, 1_700_000_000_000 + i)
  })
}

test('a library of 3,000 sources renders a window of the list and the keyboard reaches every source', async ({
  app,
}, info) => {
  test.skip(info.project.name !== 'web', 'seeds the web host database')
  const seeded = rows()
  await putRows(app, 'casefile', {
    documents: seeded.map((r) => r.row),
    documentTexts: seeded.map((r) => r.text),
  })
  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await expect(app.locator('.library-count')).toHaveText(`${COUNT + 5} sources`)

  const list = app.getByRole('listbox', { name: 'Sources' })
  const rendered = await sourceOptions(app).count()
  expect(rendered).toBeGreaterThan(3)
  expect(rendered).toBeLessThan(60)
  await expect(sourceOptions(app).first()).toHaveAttribute('aria-setsize', String(COUNT + 5))

  // Sorted newest first: the last source is the oldest seeded one, far below the window.
  await list.focus()
  await app.keyboard.press('End')
  const last = list.locator(`[aria-posinset="${COUNT + 5}"]`)
  await expect(last).toBeInViewport()
  await expect(list).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id'))!)
  await expect(last).toContainText('Seeded report 0001')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Seeded report 0001')

  await list.focus()
  await app.keyboard.press('Home')
  const first = list.locator('[aria-posinset="1"]')
  await expect(first).toBeInViewport()
  await expect(list).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!)
})
