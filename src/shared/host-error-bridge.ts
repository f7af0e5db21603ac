/**
 * Carries a HostError's code across contextBridge. The bridge copies only an Error's
 * message into the page (custom properties such as `code` and the class are lost), so
 * the preload writes the code into the message as `[casefile:<code>] <message>` and the
 * renderer's Electron host adapter reads it back with `hostErrorFromBridge`.
 */
import { HostError, type ErrorCode } from './api'

const CODES: readonly ErrorCode[] = ['not-found', 'invalid-input', 'forbidden', 'internal']

// Not anchored: Chromium may prefix the copied message (e.g. "Error: ").
const TAGGED = /\[casefile:([a-z-]+)\] ([\s\S]*)$/

/**
 * An Error that survives contextBridge with its code: message `[casefile:<code>] <msg>`.
 * Any non-HostError becomes code `internal` with its message, so every rejection the
 * page sees carries a code.
 */
export function toBridgeError(error: unknown): Error {
  const host = error instanceof HostError ? error : asInternal(error)
  return new Error(`[casefile:${host.code}] ${host.message}`)
}

/**
 * The HostError a bridged rejection stands for: code and plain message recovered from a
 * `[casefile:<code>]` tag. A HostError passes through unchanged; anything untagged (or
 * with an unknown code) becomes `internal` with its message, never throws.
 */
export function hostErrorFromBridge(error: unknown): HostError {
  if (error instanceof HostError) return error
  const message = error instanceof Error ? error.message : String(error)
  const match = TAGGED.exec(message)
  const code = match?.[1] as ErrorCode | undefined
  if (match && code && CODES.includes(code)) return new HostError(code, match[2] ?? '')
  return new HostError('internal', message)
}

function asInternal(error: unknown): HostError {
  const message = error instanceof Error ? error.message : String(error)
  return new HostError('internal', `Casefile could not reach its main process (${message}).`)
}
