/**
 * The JavaScript heaps of a page and of its dedicated workers, read through the Chrome
 * DevTools Protocol after a forced garbage collection in each. Playwright's CDP session talks
 * to the page only, so the workers are reached through `Target.setAutoAttach` without
 * flattening and `Target.sendMessageToTarget` (deprecated in CDP, still served by Chromium).
 */
import type { CDPSession, Page } from '@playwright/test'

/** One isolate's heap after a garbage collection, in bytes. */
export interface IsolateHeap {
  /** "page", or the worker script's file name without its content hash. */
  name: string
  /** The V8 heap in use. */
  used: number
  /** Array buffers and other storage outside the V8 heap. */
  backing: number
}

/** Reads the heaps of a page and the workers it starts. */
export interface HeapReader {
  /** Collects garbage in every isolate, then reads each heap. */
  read(): Promise<IsolateHeap[]>
}

interface Usage {
  usedSize: number
  backingStorageSize?: number
}

function workerName(url: string): string {
  const file = url.split('/').pop() ?? url
  return file.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '')
}

/**
 * Starts following `page`'s workers. Call before the page starts them (before navigating):
 * workers started earlier are not seen.
 */
export async function followHeaps(page: Page): Promise<HeapReader> {
  const cdp: CDPSession = await page.context().newCDPSession(page)
  const workers = new Map<string, string>()
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >()
  let next = 1
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.set(sessionId, workerName(targetInfo.url))
  })
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => {
    if (sessionId) workers.delete(sessionId)
  })
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as {
      id: number
      result?: unknown
      error?: { message: string }
    }
    const waiting = pending.get(reply.id)
    if (!waiting) return
    pending.delete(reply.id)
    if (reply.error) waiting.reject(new Error(reply.error.message))
    else waiting.resolve(reply.result)
  })
  const ask = <T>(sessionId: string, method: string) =>
    new Promise<T>((resolve, reject) => {
      const id = next++
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch((error: Error) => {
          pending.delete(id)
          reject(error)
        })
    })
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  })
  const heapOf = (name: string, usage: Usage): IsolateHeap => ({
    name,
    used: usage.usedSize,
    backing: usage.backingStorageSize ?? 0,
  })
  return {
    async read() {
      await cdp.send('HeapProfiler.collectGarbage')
      const heaps = [heapOf('page', await cdp.send('Runtime.getHeapUsage'))]
      for (const [sessionId, name] of workers) {
        await ask(sessionId, 'HeapProfiler.collectGarbage')
        heaps.push(heapOf(name, await ask<Usage>(sessionId, 'Runtime.getHeapUsage')))
      }
      return heaps
    },
  }
}
