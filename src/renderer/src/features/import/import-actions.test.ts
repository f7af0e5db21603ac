import { emptyHints, type ExtractedDocument } from '@shared/import/extracted'
import { draftFromHints } from '@shared/import/metadata-draft'
import { describe, expect, it, vi } from 'vitest'
import type { assembleImported as assemble, storeImported as store } from './assemble-imported'

const steps: string[] = []

vi.mock('../../db', () => ({ db: {} }))
vi.mock('../../db/documents', () => ({
  addImportedDocument: vi.fn(async (_db: unknown, document: { row: { id: string } }) => {
    steps.push('write')
    return { row: { id: document.row.id }, changeSet: null }
  }),
}))
vi.mock('./assemble-imported', async (original) => {
  const actual: { assembleImported: typeof assemble; storeImported: typeof store } =
    await original()
  return {
    assembleImported: vi.fn(async (...args: Parameters<typeof assemble>) => {
      steps.push('assemble')
      const document = await actual.assembleImported(...args)
      // A task queued as soon as the document is assembled runs before it is serialised.
      setTimeout(() => steps.push('task'), 0)
      return document
    }),
    storeImported: vi.fn(async (...args: Parameters<typeof store>) => {
      steps.push('store')
      const stored = await actual.storeImported(...args)
      // ...and one queued as soon as it is serialised runs before it is written.
      setTimeout(() => steps.push('task'), 0)
      return stored
    }),
  }
})

const { addToLibrary } = await import('./import-actions')

const extracted: ExtractedDocument = {
  format: 'text',
  fileName: 'notes.txt',
  blocks: [{ kind: 'paragraph', level: 0, text: 'A line of notes.', marks: [] }],
  hints: { ...emptyHints(), title: 'Notes' },
  notices: [],
  encoding: 'UTF-8',
}

describe('adding a read file to the library', () => {
  it('answers the click first, then assembles, serialises and writes the document in tasks of their own', async () => {
    steps.length = 0
    // A task queued before the click runs before the document is assembled...
    setTimeout(() => steps.push('task'), 0)
    const added = addToLibrary(extracted, draftFromHints(extracted.hints, extracted.fileName))
    expect(steps).toEqual([])
    const result = await added
    expect(steps).toEqual(['task', 'assemble', 'task', 'store', 'task', 'write'])
    expect(result).toEqual({ docId: expect.any(String), title: 'Notes' })
  })
})
