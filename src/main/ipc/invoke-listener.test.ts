import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isAllowedSender } from '../security/policy'
import { createEnvelopeHandler } from './envelope-handler'
import { senderFrameUrl, toInvokeListener, type InvokeEventLike } from './invoke-listener'

const APP = 'app://casefile/index.html'

/** A listener over a real envelope handler and the real sender policy, counting runs. */
function listener() {
  const calls: unknown[] = []
  const handler = createEnvelopeHandler(
    z.string().optional(),
    (input) => {
      calls.push(input)
      return 'done'
    },
    { isAllowedSender: (url) => isAllowedSender(url, { devServerOrigin: null }) },
  )
  return { listen: toInvokeListener(handler), calls }
}

const from = (url: string): InvokeEventLike => ({ senderFrame: { url } })

const goneFrame: InvokeEventLike = {
  get senderFrame(): { url: string } {
    return {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
    }
  },
}

describe('senderFrameUrl', () => {
  it('reads the sending frame’s URL', () => {
    expect(senderFrameUrl(from(APP))).toBe(APP)
  })

  it('is null when there is no frame or reading it throws', () => {
    expect(senderFrameUrl({})).toBeNull()
    expect(senderFrameUrl({ senderFrame: null })).toBeNull()
    expect(senderFrameUrl(goneFrame)).toBeNull()
  })
})

describe('toInvokeListener', () => {
  it('answers the app’s own frame', async () => {
    const { listen, calls } = listener()
    expect(await listen(from(APP), 'x')).toEqual({ ok: true, value: 'done' })
    expect(calls).toEqual(['x'])
  })

  it('refuses every other sender without running the channel', async () => {
    const { listen, calls } = listener()
    const senders: InvokeEventLike[] = [
      {},
      { senderFrame: null },
      goneFrame,
      ...[
        'https://example.com/',
        'http://localhost:5173/',
        'file:///home/analyst/evil.html',
        'about:blank',
        'data:text/html,x',
        'app://casefile.evil/index.html',
        'app://casefile@evil/index.html',
        'app://user:pw@casefile/index.html',
        'app://CASEFILE/index.html',
        'app://casefile:1/index.html',
      ].map(from),
    ]
    for (const [index, event] of senders.entries()) {
      const answer = await listen(event)
      expect(answer.ok === false && answer.error.code, `sender ${index}`).toBe('forbidden')
    }
    expect(calls).toEqual([])
  })

  it('refuses extra arguments as invalid input instead of dropping them', async () => {
    const { listen, calls } = listener()
    const answer = await listen(from(APP), 'a', 'b')
    expect(answer.ok === false && answer.error.code).toBe('invalid-input')
    expect(calls).toEqual([])
  })
})
