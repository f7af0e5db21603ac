import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Channels, unwrapEnvelope, type AppInfo } from '../../shared/api'
import { MAX_FILE_BYTES } from '../../shared/api-schemas'
import { BACKUP_INDEX_FILE } from '../backup/rolling-backups'
import { backupRequest, backupText } from '../backup/test-requests'
import { buildAppInfo } from '../app-info'
import { loadCorpus, type CorpusIndex } from '../corpus/load-corpus'
import { isAllowedSender } from '../security/policy'
import type { SaveFileRequest } from '../exports/save-export'
import { importDialogOptions, type OpenDialogOptions } from '../import/pick-import-files'
import {
  createChannelHandlers,
  createEnvelopeHandlers,
  type EnvelopeHandlers,
} from './channel-handlers'

const APP = 'app://casefile/index.html'
const SOURCE = `---
id: border-talks
title: Border talks resume
authors: [R. Reporter]
outlet: The Ledger
published: null
genre: news
raw: 001_raw.txt
---

# Border talks

Officials met on Tuesday.
`

let dir: string
let corpus: CorpusIndex
let handlers: EnvelopeHandlers
const info: AppInfo = buildAppInfo('0.1.0', { electron: '45.4.1', chrome: '140', node: '22' })

// The Save dialog stands in for the analyst: it answers `dialogAnswer` and records each opening.
let dialogAnswer: string | null = null
let dialogOpenings: SaveFileRequest[] = []
// The Open dialog likewise: it answers `openAnswer` (none: cancelled) and records each opening.
let openAnswer: string[] = []
let openOpenings: OpenDialogOptions[] = []
let clock = new Date(2024, 0, 16, 12)
let savesDir: string
let backupsDir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-ipc-'))
  writeFileSync(join(dir, 'border-talks.md'), SOURCE)
  corpus = loadCorpus(dir, () => {})
})
beforeEach(() => {
  savesDir = mkdtempSync(join(dir, 'saves-'))
  backupsDir = join(mkdtempSync(join(dir, 'user-data-')), 'backups')
  dialogAnswer = null
  dialogOpenings = []
  openAnswer = []
  openOpenings = []
  clock = new Date(2024, 0, 16, 12)
  const chooseSaveFile = async (request: SaveFileRequest) => {
    dialogOpenings.push(request)
    return dialogAnswer
  }
  handlers = createEnvelopeHandlers(
    createChannelHandlers({
      corpus,
      appInfo: () => info,
      chooseSaveFile,
      chooseOpenFiles: async (options) => {
        openOpenings.push(options)
        return openAnswer
      },
      backupsDir,
      now: () => clock,
    }),
    { isAllowedSender: (url) => isAllowedSender(url, { devServerOrigin: null }) },
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('channel handlers', () => {
  it('lists the summaries of the loaded corpus', async () => {
    const answer = await handlers[Channels.listDocuments](APP, undefined)
    const summaries = unwrapEnvelope(answer)
    expect(summaries.map((s) => s.meta.id)).toEqual(['border-talks'])
    expect(summaries[0]).toMatchObject({ paragraphCount: 1, wordCount: 6 })
  })

  it('returns a full document by id', async () => {
    const doc = unwrapEnvelope(await handlers[Channels.getDocument](APP, 'border-talks'))
    expect(doc.text).toBe('Border talks\n\nOfficials met on Tuesday.')
    expect(doc.rev).toBe(corpus.get('border-talks')?.rev)
  })

  it('answers not-found for an unknown id', async () => {
    const answer = await handlers[Channels.getDocument](APP, 'no-such-source')
    expect(answer.ok).toBe(false)
    if (!answer.ok) {
      expect(answer.error.code).toBe('not-found')
      expect(answer.error.message).toContain('"no-such-source"')
    }
  })

  it('answers invalid-input for an id that could name a path', async () => {
    const answer = await handlers[Channels.getDocument](APP, '../secrets')
    expect(answer.ok === false && answer.error.code).toBe('invalid-input')
  })

  it('answers invalid-input when a no-input channel is given input', async () => {
    const answer = await handlers[Channels.listDocuments](APP, { all: true })
    expect(answer.ok === false && answer.error.code).toBe('invalid-input')
  })

  it('reports the app info', async () => {
    expect(unwrapEnvelope(await handlers[Channels.getAppInfo](APP, undefined))).toEqual(info)
  })

  it('refuses every channel to a frame from elsewhere', async () => {
    for (const channel of Object.values(Channels)) {
      const answer = await handlers[channel]('https://example.com/', undefined)
      expect(answer.ok === false && answer.error.code, channel).toBe('forbidden')
    }
  })
})

describe('exports:save', () => {
  const request = (suggestedName: string, content = '# Brief\n') => ({
    suggestedName,
    content,
    format: 'markdown',
  })

  it('writes exactly the content to the path the analyst chose, atomically', async () => {
    const content = '# Brief\n\n> “Quoted” with `ticks` | pipes *stars* 中文\n'
    dialogAnswer = join(savesDir, 'border-brief.md')
    const answer = await handlers[Channels.saveExport](APP, request('border-brief', content))
    expect(unwrapEnvelope(answer)).toEqual({ saved: true, fileName: 'border-brief.md' })
    expect(readFileSync(dialogAnswer).equals(Buffer.from(content, 'utf8'))).toBe(true)
    expect(readdirSync(savesDir)).toEqual(['border-brief.md'])
    expect(dialogOpenings).toEqual([
      { defaultName: 'border-brief.md', filters: [{ name: 'Markdown', extensions: ['md'] }] },
    ])
  })

  it('answers saved: false and writes nothing when the dialog is cancelled', async () => {
    const answer = await handlers[Channels.saveExport](APP, request('border-brief'))
    expect(unwrapEnvelope(answer)).toEqual({ saved: false, fileName: null })
    expect(readdirSync(savesDir)).toEqual([])
  })

  it.each(['../x.md', 'a/b.md', 'C:\\x.md', 'x\u0000.md', '/etc/passwd', '..'])(
    'refuses the name %j as invalid input without opening the dialog',
    async (name) => {
      const answer = await handlers[Channels.saveExport](APP, request(name))
      expect(answer.ok === false && answer.error.code).toBe('invalid-input')
      expect(answer.ok === false && answer.error.message).toContain('(at suggestedName)')
      expect(dialogOpenings).toEqual([])
    },
  )

  it('refuses a request that names a path of its own', async () => {
    const answer = await handlers[Channels.saveExport](APP, {
      ...request('brief'),
      path: join(savesDir, 'x.md'),
    })
    expect(answer.ok === false && answer.error.code).toBe('invalid-input')
    expect(dialogOpenings).toEqual([])
  })

  it('refuses content over the cap with a message that says so', async () => {
    const answer = await handlers[Channels.saveExport](
      APP,
      request('huge', 'x'.repeat(MAX_FILE_BYTES + 1)),
    )
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'The request was not valid: the content is over 256 MB, too large to save as one file (at content).',
      },
    })
    expect(dialogOpenings).toEqual([])
  })
})

describe('imports:pick', () => {
  it('answers the chosen files by base name with their bytes, in the order chosen', async () => {
    openAnswer = [join(dir, 'border-talks.md'), join(dir, 'missing.txt')]
    const picked = unwrapEnvelope(await handlers[Channels.pickImportFiles](APP, undefined))
    expect(picked).toEqual([
      { name: 'border-talks.md', bytes: new Uint8Array(Buffer.from(SOURCE)) },
      { name: 'missing.txt', refusal: 'could not be read: it may have been moved or deleted.' },
    ])
    expect(openOpenings).toEqual([importDialogOptions()])
  })

  it('opens a one-file dialog for a re-import, and refuses an answer of several files', async () => {
    openAnswer = [join(dir, 'border-talks.md')]
    const one = await handlers[Channels.pickImportFiles](APP, { multiple: false })
    expect(unwrapEnvelope(one)).toHaveLength(1)
    expect(openOpenings).toEqual([importDialogOptions(false)])
    expect(importDialogOptions(false).properties).toEqual(['openFile'])
    openAnswer = [join(dir, 'border-talks.md'), join(dir, 'border-talks.md')]
    const several = await handlers[Channels.pickImportFiles](APP, { multiple: false })
    expect(several.ok === false && several.error.code).toBe('internal')
  })

  it('answers nothing when the dialog is cancelled', async () => {
    expect(unwrapEnvelope(await handlers[Channels.pickImportFiles](APP, undefined))).toEqual([])
  })

  it('refuses any input without opening the dialog: the page never names a path', async () => {
    const answer = await handlers[Channels.pickImportFiles](APP, { path: '/etc/passwd' })
    expect(answer.ok === false && answer.error.code).toBe('invalid-input')
    const extra = await handlers[Channels.pickImportFiles](APP, { multiple: false, path: '/' })
    expect(extra.ok === false && extra.error.code).toBe('invalid-input')
    expect(openOpenings).toEqual([])
  })

  it('answers internal, not the path, when the dialog answers a relative one', async () => {
    openAnswer = ['border-talks.md']
    const answer = await handlers[Channels.pickImportFiles](APP, undefined)
    expect(answer.ok === false && answer.error.code).toBe('internal')
  })
})

describe('backups channels', () => {
  it('writes, lists and reads back the rolling backup of each day', async () => {
    for (const n of [0, 1]) {
      clock = new Date(2024, 0, 16 + n, 12)
      const content = backupText(n + 1, clock)
      unwrapEnvelope(await handlers[Channels.writeRollingBackup](APP, backupRequest(content)))
    }
    const listed = unwrapEnvelope(await handlers[Channels.listRollingBackups](APP, undefined))
    expect(listed.map((b) => b.fileName)).toEqual([
      'casefile-backup-2024-01-17.json',
      'casefile-backup-2024-01-16.json',
    ])
    const read = await handlers[Channels.readRollingBackup](APP, 'casefile-backup-2024-01-16.json')
    expect(unwrapEnvelope(read)).toBe(backupText(1, new Date(2024, 0, 16, 12)))
  })

  it('keeps five days in the user-data backups folder', async () => {
    let kept: string[] = []
    for (let n = 1; n <= 6; n++) {
      clock = new Date(2024, 2, n, 8)
      const request = backupRequest(backupText(n, clock))
      const written = unwrapEnvelope(await handlers[Channels.writeRollingBackup](APP, request))
      kept = written.kept.map((b) => b.fileName)
    }
    expect(kept).toHaveLength(5)
    expect(readdirSync(backupsDir).sort()).toEqual([...kept, BACKUP_INDEX_FILE].sort())
  })

  it('refuses an empty backup', async () => {
    const answer = await handlers[Channels.writeRollingBackup](APP, {
      ...backupRequest(backupText(1, clock)),
      content: '',
    })
    expect(answer.ok === false && answer.error.code).toBe('invalid-input')
  })

  it('refuses a request that is not what the renderer sends', async () => {
    const good = backupRequest(backupText(1, clock))
    for (const bad of [
      '{"version":1}',
      { ...good, kind: 'smaller' },
      { ...good, fingerprint: 'abc' },
      { ...good, counts: { highlights: -1 } },
      { ...good, counts: { passwords: 1 } },
      { ...good, path: '/etc/passwd' },
    ]) {
      const answer = await handlers[Channels.writeRollingBackup](APP, bad)
      expect(answer.ok === false && answer.error.code, JSON.stringify(bad)).toBe('invalid-input')
    }
  })

  it('refuses to read a name that is not a listed rolling backup', async () => {
    const first = backupRequest(backupText(1, clock))
    unwrapEnvelope(await handlers[Channels.writeRollingBackup](APP, first))
    const missing = await handlers[Channels.readRollingBackup](
      APP,
      'casefile-backup-2023-01-01.json',
    )
    expect(missing.ok === false && missing.error.code).toBe('not-found')
    for (const name of ['../casefile-backup-2024-01-16.json', 'Preferences', 42]) {
      const answer = await handlers[Channels.readRollingBackup](APP, name)
      expect(answer.ok === false && answer.error.code, String(name)).toBe('invalid-input')
    }
  })
})
