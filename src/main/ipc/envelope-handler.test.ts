import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { HostError } from '../../shared/api'
import { createEnvelopeHandler } from './envelope-handler'

const APP = 'app://casefile/index.html'
const onlyApp = (url: string | null) => url === APP

describe('createEnvelopeHandler', () => {
  it('answers a good request with ok and the value', async () => {
    const handler = createEnvelopeHandler(z.string(), (name) => `hello ${name}`, {
      isAllowedSender: onlyApp,
    })
    expect(await handler(APP, 'analyst')).toEqual({ ok: true, value: 'hello analyst' })
  })

  it('awaits an async function', async () => {
    const handler = createEnvelopeHandler(z.undefined(), async () => [1, 2], {
      isAllowedSender: onlyApp,
    })
    expect(await handler(APP, undefined)).toEqual({ ok: true, value: [1, 2] })
  })

  it('refuses a foreign or missing sender without running the function', async () => {
    let runs = 0
    const handler = createEnvelopeHandler(z.undefined(), () => ++runs, { isAllowedSender: onlyApp })
    for (const sender of ['https://example.com/', null]) {
      const answer = await handler(sender, undefined)
      expect(answer.ok).toBe(false)
      if (!answer.ok) expect(answer.error.code).toBe('forbidden')
    }
    expect(runs).toBe(0)
  })

  it('refuses bad input with invalid-input and the schema message, not a zod dump', async () => {
    let runs = 0
    const schema = z.string().regex(/^[a-z]+$/, 'an id is lower-case letters')
    const handler = createEnvelopeHandler(schema, () => ++runs, { isAllowedSender: onlyApp })
    const answer = await handler(APP, '../../etc/passwd')
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'The request was not valid: an id is lower-case letters.',
      },
    })
    expect(runs).toBe(0)
  })

  it('keeps the code and message of a HostError', async () => {
    const handler = createEnvelopeHandler(
      z.string(),
      (id): string => {
        throw new HostError('not-found', `No source "${id}".`)
      },
      { isAllowedSender: onlyApp },
    )
    expect(await handler(APP, 'x')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No source "x".' },
    })
  })

  it('turns any other error into internal, without a stack, and reports it', async () => {
    const reported: unknown[] = []
    const boom = new TypeError('cannot read properties of undefined')
    const handler = createEnvelopeHandler(
      z.undefined(),
      async (): Promise<number> => {
        throw boom
      },
      { isAllowedSender: onlyApp, onInternalError: (error) => reported.push(error) },
    )
    const answer = await handler(APP, undefined)
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.code).toBe('internal')
    expect(answer.error.message).toContain('cannot read properties of undefined')
    expect(answer.error.message).not.toContain('    at ')
    expect(answer.error).not.toHaveProperty('stack')
    expect(reported).toEqual([boom])
  })

  it('survives a thrown non-Error', async () => {
    const handler = createEnvelopeHandler(
      z.undefined(),
      (): number => {
        throw 'just a string'
      },
      { isAllowedSender: onlyApp },
    )
    const answer = await handler(APP, undefined)
    expect(answer.ok === false && answer.error.code).toBe('internal')
  })
})
