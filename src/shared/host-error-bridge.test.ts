import { describe, expect, it } from 'vitest'
import { HostError } from './api'
import { hostErrorFromBridge, toBridgeError } from './host-error-bridge'

/** What contextBridge does to a rejected Error: a new Error with the message only. */
const acrossBridge = (error: Error) => new Error(error.message)

describe('bridge errors', () => {
  it('round-trip a HostError code and message through a message-only copy', () => {
    const sent = toBridgeError(new HostError('not-found', 'No source with the id "x".'))
    expect(sent.message).toBe('[casefile:not-found] No source with the id "x".')
    const received = hostErrorFromBridge(acrossBridge(sent))
    expect(received).toBeInstanceOf(HostError)
    expect(received.code).toBe('not-found')
    expect(received.message).toBe('No source with the id "x".')
  })

  it('tolerates a prefix added on the way and multi-line messages', () => {
    const received = hostErrorFromBridge(
      new Error('Error: [casefile:forbidden] Refused.\nTry again.'),
    )
    expect(received.code).toBe('forbidden')
    expect(received.message).toBe('Refused.\nTry again.')
  })

  it('tags any other error as internal', () => {
    const sent = toBridgeError(new Error("No handler registered for 'documents:list'"))
    const received = hostErrorFromBridge(acrossBridge(sent))
    expect(received.code).toBe('internal')
    expect(received.message).toContain("No handler registered for 'documents:list'")
  })

  it('reads untagged or unknown-code errors as internal, and passes HostErrors through', () => {
    expect(hostErrorFromBridge(new Error('boom'))).toMatchObject({
      code: 'internal',
      message: 'boom',
    })
    expect(hostErrorFromBridge('[casefile:teapot] no')).toMatchObject({ code: 'internal' })
    const original = new HostError('invalid-input', 'bad id')
    expect(hostErrorFromBridge(original)).toBe(original)
  })
})
