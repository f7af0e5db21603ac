import { afterEach, describe, expect, it } from 'vitest'
import { ImportRefusal } from '@shared/import/extracted'
import {
  createImportClient,
  PURIFIER_MISSING_REASON,
  READING_STEP,
  type ImportPort,
} from './import-client'
import type { ClientMessage, WorkerReply } from './import-protocol'
import { handleImportMessage } from './import-worker'
import { loadFixture } from './testing/load-fixture'

const opened: MessagePort[] = []

afterEach(() => {
  for (const port of opened.splice(0)) port.close()
})

/** A worker stand-in: the real handler at the far end of a real MessageChannel. */
class Workers {
  started = 0
  terminated = 0

  /** `answer` replaces the real handler, for a worker that hangs or breaks. */
  constructor(
    private readonly answer?: (message: ClientMessage, reply: (r: WorkerReply) => void) => void,
  ) {}

  readonly connect = (): ImportPort => {
    this.started++
    const { port1, port2 } = new MessageChannel()
    opened.push(port1, port2)
    port2.onmessage = ({ data }: MessageEvent<ClientMessage>) => {
      const reply = (r: WorkerReply) => port2.postMessage(r)
      if (this.answer) this.answer(data, reply)
      else void handleImportMessage(data, reply)
    }
    return Object.assign(port1, {
      terminate: () => {
        this.terminated++
        port1.close()
        port2.close()
      },
    })
  }
}

const fixture = (name: string) => ({ name, bytes: loadFixture(name) })

describe('extractDocument over the real worker handler', () => {
  it('reads a PDF, relaying the reading progress up to the whole', async () => {
    const workers = new Workers()
    const steps: Array<[number, string]> = []
    const file = fixture('pdf-report.pdf')
    const doc = await createImportClient(workers.connect)(file, {
      onProgress: (fraction, step) => steps.push([fraction, step]),
    })
    expect(doc.format).toBe('pdf')
    expect(doc.hints.title).toBe('Water allocation in the delta: report of the commission')
    expect(steps.map(([fraction]) => fraction.toFixed(2))).toEqual(['0.00', '0.33', '0.67', '1.00'])
    expect(steps.every(([, step]) => step === READING_STEP)).toBe(true)
    expect(file.bytes.byteLength).toBe(0)
  })

  it('reuses one worker from import to import', async () => {
    const workers = new Workers()
    const extract = createImportClient(workers.connect)
    await extract(fixture('text-utf8.txt'))
    await expect(extract(fixture('pdf-encrypted.pdf'))).rejects.toBeInstanceOf(ImportRefusal)
    await extract(fixture('docx-report.docx'))
    expect(workers.started).toBe(1)
    expect(workers.terminated).toBe(0)
  })

  it('gives each of two reads at once its own worker, and keeps one of them', async () => {
    const workers = new Workers()
    const extract = createImportClient(workers.connect)
    await Promise.all([extract(fixture('pdf-report.pdf')), extract(fixture('text-utf8.txt'))])
    expect([workers.started, workers.terminated]).toEqual([2, 1])
  })

  it('rejects with the refusal the reader made, naming the file', async () => {
    const error: unknown = await createImportClient(new Workers().connect)(
      fixture('pdf-image-only.pdf'),
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ImportRefusal)
    expect(error).toMatchObject({ fileName: 'pdf-image-only.pdf', reason: /OCR/ })
  })

  it('refuses an extension Casefile does not import without starting a worker', async () => {
    const workers = new Workers()
    const reading = createImportClient(workers.connect)({ name: 'a.rtf', bytes: new Uint8Array(9) })
    await expect(reading).rejects.toThrow(/^a\.rtf is a \.rtf file\. Casefile imports text/)
    expect(workers.started).toBe(0)
  })

  it('copies a view over part of a buffer rather than taking its owner’s bytes', async () => {
    const owner = new Uint8Array(new TextEncoder().encode('xxHello there.\n'))
    const bytes = owner.subarray(2)
    const doc = await createImportClient(new Workers().connect)({ name: 'a.txt', bytes })
    expect(doc.blocks[0]?.text).toBe('Hello there.')
    expect(owner.byteLength).toBe(15)
  })
})

describe('extractDocument on a web page where DOMPurify does not work', () => {
  it('refuses it in plain words, before any reading', async () => {
    const workers = new Workers()
    const error: unknown = await createImportClient(workers.connect)(
      fixture('html-news-article.html'),
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ImportRefusal)
    expect((error as ImportRefusal).reason).toBe(PURIFIER_MISSING_REASON)
    expect((error as Error).message).toMatch(
      /^html-news-article\.html is a web page, and this browser cannot clean web pages safely/,
    )
    expect(workers.started).toBe(0)
  })
})

describe('cancelling', () => {
  const abortError = { name: 'AbortError' }

  it('mid-read terminates the worker, rejects with an AbortError, and the next import starts afresh', async () => {
    const workers = new Workers()
    const extract = createImportClient(workers.connect)
    const controller = new AbortController()
    const reading = extract(fixture('pdf-report.pdf'), {
      signal: controller.signal,
      onProgress: (fraction) => {
        if (fraction > 0) controller.abort()
      },
    })
    await expect(reading).rejects.toMatchObject(abortError)
    await expect(reading).rejects.toBeInstanceOf(DOMException)
    expect(workers.terminated).toBe(1)
    await extract(fixture('text-utf8.txt'))
    expect(workers.started).toBe(2)
  })

  it('stops a worker that never answers', async () => {
    const seen: string[] = []
    const workers = new Workers((message) => seen.push(message.type))
    const controller = new AbortController()
    const reading = createImportClient(workers.connect)(fixture('pdf-report.pdf'), {
      signal: controller.signal,
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    controller.abort('the analyst changed their mind')
    await expect(reading).rejects.toMatchObject(abortError)
    expect(workers.terminated).toBe(1)
    expect(seen).toEqual(['read'])
  })

  it('before the read rejects at once, even when the abort comes from the first progress', async () => {
    const workers = new Workers()
    const extract = createImportClient(workers.connect)
    await expect(
      extract(fixture('text-utf8.txt'), { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject(abortError)
    const controller = new AbortController()
    await expect(
      extract(fixture('text-utf8.txt'), {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    ).rejects.toMatchObject(abortError)
    expect(workers.started).toBe(0)
  })
})

describe('messages on the port that are not replies', () => {
  it('are ignored, as pdfjs announcing itself in the worker', async () => {
    const workers = new Workers((message, reply) => {
      const post = reply as (data: unknown) => void
      post({ sourceName: 'worker', targetName: 'main', action: 'ready', data: null })
      post(null)
      void handleImportMessage(message, reply)
    })
    const doc = await createImportClient(workers.connect)(fixture('text-utf8.txt'))
    expect(doc.format).toBe('text')
  })
})

describe('a worker that fails', () => {
  it('rejects with an Error naming the file, and the worker is not used again', async () => {
    const workers = new Workers((message, reply) => {
      if (message.type === 'read') {
        reply({ type: 'failure', id: message.id, message: 'report.pdf could not be read: boom.' })
      }
    })
    const extract = createImportClient(workers.connect)
    await expect(extract(fixture('pdf-report.pdf'))).rejects.toThrow(
      'report.pdf could not be read: boom.',
    )
    expect(workers.terminated).toBe(1)
  })

  it('that crashes rejects with an Error naming the file', async () => {
    let crash: (() => void) | undefined
    const extract = createImportClient(() => {
      const port: ImportPort = {
        postMessage: () => crash?.(),
        onmessage: null,
        onerror: null,
        terminate: () => {},
      }
      crash = () => port.onerror?.(new Event('error') as ErrorEvent)
      return port
    })
    await expect(extract(fixture('pdf-report.pdf'))).rejects.toThrow(
      /^pdf-report\.pdf could not be read: Casefile's file reader stopped unexpectedly\./,
    )
  })
})
