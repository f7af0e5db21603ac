import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Channels, unwrapEnvelope, type AppInfo } from '../../shared/api'
import { buildAppInfo } from '../app-info'
import { loadCorpus, type CorpusIndex } from '../corpus/load-corpus'
import { isAllowedSender } from '../security/policy'
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

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-ipc-'))
  writeFileSync(join(dir, 'border-talks.md'), SOURCE)
  corpus = loadCorpus(dir, () => {})
  handlers = createEnvelopeHandlers(createChannelHandlers({ corpus, appInfo: () => info }), {
    isAllowedSender: (url) => isAllowedSender(url, { devServerOrigin: null }),
  })
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
