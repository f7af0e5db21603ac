import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HostError } from '../../shared/api'
import { saveExportRequestSchema } from '../../shared/api-schemas'
import { saveDialogOptions, saveExport, type SaveFileRequest } from './save-export'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-save-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A Save dialog where the analyst picks `answer`, remembering what it was opened with. */
function analystChooses(answer: string | null) {
  const asked: SaveFileRequest[] = []
  const choose = async (request: SaveFileRequest) => {
    asked.push(request)
    return answer
  }
  return { asked, choose }
}

const valid = (suggestedName: string, content: string, format = 'markdown') =>
  saveExportRequestSchema.parse({ suggestedName, content, format })

describe('saveExport', () => {
  it('opens the dialog on the suggested name with the format filter', async () => {
    const dialog = analystChooses(null)
    await saveExport(valid('border-brief', '# x'), dialog.choose)
    await saveExport(valid('annotations', '{}', 'jsonld'), dialog.choose)
    expect(dialog.asked).toEqual([
      { defaultName: 'border-brief.md', filters: [{ name: 'Markdown', extensions: ['md'] }] },
      { defaultName: 'annotations.jsonld', filters: [{ name: 'JSON-LD', extensions: ['jsonld'] }] },
    ])
  })

  it('writes the content to the chosen path and answers only its base name', async () => {
    const content = '# Brief\n\n> “Quoted” text with | pipes and émigrés\n'
    const chosen = join(dir, 'My brief.md')
    const result = await saveExport(valid('brief', content), analystChooses(chosen).choose)
    expect(result).toEqual({ saved: true, fileName: 'My brief.md' })
    expect(readFileSync(chosen).equals(Buffer.from(content, 'utf8'))).toBe(true)
    expect(readdirSync(dir)).toEqual(['My brief.md'])
  })

  it('replaces a file the analyst chose to overwrite', async () => {
    const chosen = join(dir, 'claims.csv')
    writeFileSync(chosen, 'old')
    await saveExport(valid('claims', 'Statement,Status\n', 'csv'), analystChooses(chosen).choose)
    expect(readFileSync(chosen, 'utf8')).toBe('Statement,Status\n')
  })

  it('writes to the name as chosen, without forcing the extension on it', async () => {
    const chosen = join(dir, 'notes')
    expect(await saveExport(valid('brief', 'x'), analystChooses(chosen).choose)).toEqual({
      saved: true,
      fileName: 'notes',
    })
  })

  it('writes nothing when the analyst cancels', async () => {
    expect(await saveExport(valid('brief', 'x'), analystChooses(null).choose)).toEqual({
      saved: false,
      fileName: null,
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('says in plain words why a write failed, naming the file', async () => {
    const chosen = join(dir, 'gone', 'brief.md')
    const error = await saveExport(valid('brief', 'x'), analystChooses(chosen).choose).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(HostError)
    expect((error as HostError).message).toBe(
      '“brief.md” could not be saved: that folder no longer exists. Choose another place and export again.',
    )
  })

  it('refuses a relative path from the dialog', async () => {
    await expect(
      saveExport(valid('brief', 'x'), analystChooses('brief.md').choose),
    ).rejects.toThrow(/relative path/)
  })
})

describe('saveDialogOptions', () => {
  it('asks before overwriting and allows a new folder', () => {
    const options = saveDialogOptions({ defaultName: 'x.md', filters: [] })
    expect(options.defaultPath).toBe('x.md')
    expect(options.properties).toEqual(
      expect.arrayContaining(['showOverwriteConfirmation', 'createDirectory']),
    )
  })
})
