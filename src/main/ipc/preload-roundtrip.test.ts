/**
 * The preload's api against main's real handlers, with structured cloning standing in
 * for IPC and a message-only copy standing in for contextBridge's error copying: all of
 * the round trip except Electron itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  Channels,
  HostEvents,
  type CasefileApi,
  type HostError,
  type HostEvent,
} from '../../shared/api'
import { hostErrorFromBridge } from '../../shared/host-error-bridge'
import { createCasefileApi } from '../../preload/create-api'
import { buildAppInfo } from '../app-info'
import { loadCorpus } from '../corpus/load-corpus'
import { isAllowedSender } from '../security/policy'
import { createChannelHandlers, createEnvelopeHandlers } from './channel-handlers'
import { backupRequest, backupText } from '../backup/test-requests'

const SOURCE = `---
id: ceasefire-note
title: A note on the ceasefire
authors: []
outlet: null
published: null
genre: memo
raw: 002_raw.txt
---

The ceasefire held overnight.
`

let dir: string
/** Where the stand-in Save dialog says the analyst chose to save; null means cancelled. */
let chosenPath: string | null = null
/** What the stand-in Open dialog says the analyst chose; none means cancelled. */
let chosenFiles: string[] = []
/** Stands in for ipcRenderer's listeners: main "sends" an event by calling them. */
const listeners = new Map<HostEvent, Set<() => void>>()
const sendFromMain = (event: HostEvent) => listeners.get(event)?.forEach((listener) => listener())

/** An api whose calls come from a frame at `frameUrl`. */
function apiFrom(frameUrl: string): CasefileApi {
  const corpus = loadCorpus(dir, () => {})
  const info = buildAppInfo('0.1.0', { node: '22.0.0' })
  const deps = {
    corpus,
    appInfo: () => info,
    chooseSaveFile: async () => chosenPath,
    chooseOpenFiles: async () => chosenFiles,
    backupsDir: join(dir, 'user-data', 'backups'),
    now: () => new Date(2024, 0, 16, 12),
  }
  const handlers = createEnvelopeHandlers(createChannelHandlers(deps), {
    isAllowedSender: (url) => isAllowedSender(url, { devServerOrigin: null }),
  })
  return createCasefileApi(
    async (channel, ...args) => {
      const handler = handlers[channel]
      // ipcMain.handle hands the handler the first argument; IPC clones both ways.
      return structuredClone(await handler(frameUrl, structuredClone(args[0])))
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set.add(listener))
      return () => set.delete(listener)
    },
  )
}

/** What the page sees of a rejection after contextBridge has copied it. */
async function pageRejection(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise
  } catch (error) {
    return hostErrorFromBridge(new Error((error as Error).message))
  }
  throw new Error('expected a rejection')
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-roundtrip-'))
  writeFileSync(join(dir, 'ceasefire-note.md'), SOURCE)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('preload api over main handlers', () => {
  const api = () => apiFrom('app://casefile/index.html')

  it('lists documents and fetches one', async () => {
    const summaries = await api().listDocuments()
    expect(summaries.map((s) => s.meta.id)).toEqual(['ceasefire-note'])
    const doc = await api().getDocument('ceasefire-note')
    expect(doc.text).toBe('The ceasefire held overnight.')
  })

  it('reports app info', async () => {
    expect(await api().getAppInfo()).toMatchObject({ name: 'Casefile', host: 'electron' })
  })

  it('rejects an unknown id so the page can recover the not-found code', async () => {
    const error = await pageRejection(api().getDocument('missing-source'))
    expect(error.code).toBe('not-found')
    expect(error.message).toContain('"missing-source"')
    expect(error.message).not.toContain('[casefile:')
  })

  it('rejects a path-like id as invalid input', async () => {
    const error = await pageRejection(api().getDocument('../../etc/passwd'))
    expect(error.code).toBe('invalid-input')
  })

  it('is refused when the frame is not the app', async () => {
    const error = await pageRejection(apiFrom('https://example.com/').listDocuments())
    expect(error.code).toBe('forbidden')
  })

  it('exposes exactly the CasefileApi methods, all functions', () => {
    const exposed = api()
    expect(Object.keys(exposed).sort()).toEqual([
      'getAppInfo',
      'getDocument',
      'listDocuments',
      'listRollingBackups',
      'onImportRequested',
      'pickImportFiles',
      'readRollingBackup',
      'saveExport',
      'writeRollingBackup',
    ])
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function')
    // One method per request channel, one subscription per event.
    const routes = Object.keys(Channels).length + Object.keys(HostEvents).length
    expect(routes).toBe(Object.keys(exposed).length)
  })

  it('hands picked files to the page as plain bytes, and nothing when cancelled', async () => {
    chosenFiles = [join(dir, 'ceasefire-note.md')]
    const [picked] = await api().pickImportFiles()
    expect(picked).toEqual({
      name: 'ceasefire-note.md',
      bytes: new Uint8Array(Buffer.from(SOURCE)),
    })
    expect(picked && 'bytes' in picked && Object.getPrototypeOf(picked.bytes)).toBe(
      Uint8Array.prototype,
    )
    chosenFiles = []
    expect(await api().pickImportFiles()).toEqual([])
  })

  it('calls the page when main asks for an import, with nothing, until unsubscribed', () => {
    const listener = vi.fn()
    const unsubscribe = api().onImportRequested(listener)
    sendFromMain(HostEvents.importRequested)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener).toHaveBeenCalledWith()
    unsubscribe()
    unsubscribe()
    sendFromMain(HostEvents.importRequested)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('refuses a listener that is not a function', () => {
    expect(() => api().onImportRequested('alert(1)' as never)).toThrow(TypeError)
  })

  it('saves an export where the dialog says and answers the base name', async () => {
    chosenPath = join(dir, 'saved-brief.md')
    const result = await api().saveExport({
      suggestedName: 'brief',
      content: '# Brief\n',
      format: 'markdown',
    })
    expect(result).toEqual({ saved: true, fileName: 'saved-brief.md' })
    expect(readFileSync(chosenPath, 'utf8')).toBe('# Brief\n')
    chosenPath = null
    expect(await api().saveExport({ suggestedName: 'brief', content: 'x', format: 'csv' })).toEqual(
      { saved: false, fileName: null },
    )
  })

  it('rejects a path-like export name as invalid input', async () => {
    const error = await pageRejection(
      api().saveExport({ suggestedName: '../brief.md', content: 'x', format: 'markdown' }),
    )
    expect(error.code).toBe('invalid-input')
  })

  it('writes, lists and reads the rolling backup', async () => {
    const content = backupText(2, new Date(2024, 0, 16, 9))
    const written = await api().writeRollingBackup(backupRequest(content))
    const listed = {
      fileName: 'casefile-backup-2024-01-16.json',
      kind: 'daily',
      date: '2024-01-16',
      createdAt: expect.any(Number),
      bytes: content.length,
      counts: expect.objectContaining({ highlights: 2 }),
    }
    expect(written).toEqual({ outcome: 'written', fileName: listed.fileName, kept: [listed] })
    expect(await api().listRollingBackups()).toEqual([listed])
    expect(await api().readRollingBackup('casefile-backup-2024-01-16.json')).toBe(content)
    const missing = await pageRejection(api().readRollingBackup('casefile-backup-2020-01-01.json'))
    expect(missing.code).toBe('not-found')
    const invalid = await pageRejection(api().readRollingBackup('../Preferences'))
    expect(invalid.code).toBe('invalid-input')
  })
})
