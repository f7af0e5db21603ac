/**
 * The core of every IPC handler, free of Electron: check the sender, validate the
 * input, run, and answer with an envelope. src/main/ipc.ts adapts it to ipcMain.handle.
 */
import type { z } from 'zod'
import { HostError, type Envelope, type ErrorCode } from '../../shared/api'

/** Decides whether a frame at this URL (null when the frame is gone) may be answered. */
export type SenderCheck = (senderUrl: string | null) => boolean

/** What one channel does once its input is valid. May throw HostError. */
export type ChannelFn<I, O> = (input: I) => O | Promise<O>

/** The Electron-free handler: the sending frame's URL and the raw input in, an envelope out. */
export type EnvelopeHandler<O> = (
  senderUrl: string | null,
  rawInput: unknown,
) => Promise<Envelope<O>>

/** Options for `createEnvelopeHandler`. */
export interface EnvelopeHandlerOptions {
  isAllowedSender: SenderCheck
  /** Told about unexpected errors (with their stacks) before they are reduced to 'internal'. */
  onInternalError?: (error: unknown) => void
}

/**
 * Wraps `fn` so it answers `{ ok: true, value }` or `{ ok: false, error: { code, message } }`
 * and never rejects. A sender that fails the check gets `forbidden` and `fn` does not run;
 * input that fails `schema` gets `invalid-input` with the first problem in plain words;
 * a HostError thrown by `fn` keeps its code and message; anything else becomes `internal`
 * with the error's message only (no stack, which stays in main's log).
 */
export function createEnvelopeHandler<S extends z.ZodType, O>(
  schema: S,
  fn: ChannelFn<z.output<S>, O>,
  options: EnvelopeHandlerOptions,
): EnvelopeHandler<O> {
  return async (senderUrl, rawInput) => {
    if (!options.isAllowedSender(senderUrl)) {
      return failure(
        'forbidden',
        'This request did not come from the Casefile window, so it was refused.',
      )
    }
    const parsed = schema.safeParse(rawInput)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : ''
      return failure(
        'invalid-input',
        `The request was not valid: ${issue?.message ?? 'unknown problem'}${where}.`,
      )
    }
    try {
      return { ok: true, value: await fn(parsed.data) }
    } catch (error) {
      if (error instanceof HostError) return failure(error.code, error.message)
      options.onInternalError?.(error)
      const detail = error instanceof Error ? error.message : String(error)
      return failure(
        'internal',
        `Casefile hit an unexpected problem (${detail}). Try again; if it keeps happening, restart the app.`,
      )
    }
  }
}

function failure(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } }
}
