/**
 * The bridge from `ipcMain.handle`'s listener to an envelope handler, free of Electron:
 * where the sender check gets its URL, and how the arguments become one input.
 */
import type { Envelope } from '../../shared/api'
import type { EnvelopeHandler } from './envelope-handler'

/** The part of Electron's IpcMainInvokeEvent read here. */
export interface InvokeEventLike {
  readonly senderFrame?: { readonly url: string } | null
}

/**
 * The URL of the frame that sent the message, or null when there is no frame to ask:
 * it was destroyed or navigated away (reading it then throws), or Electron has none.
 * The URL is the frame's own, not its window's, so an embedded frame from elsewhere
 * cannot borrow the app page's trust.
 */
export function senderFrameUrl(event: InvokeEventLike): string | null {
  try {
    const url = event.senderFrame?.url
    return typeof url === 'string' ? url : null
  } catch {
    return null
  }
}

/**
 * The listener to register for one channel. A call with more than one argument is
 * passed on as an array, which no channel schema accepts, so it is refused as invalid
 * input rather than silently truncated.
 */
export function toInvokeListener<O>(
  handler: EnvelopeHandler<O>,
): (event: InvokeEventLike, ...args: unknown[]) => Promise<Envelope<O>> {
  return (event, ...args) => handler(senderFrameUrl(event), args.length > 1 ? args : args[0])
}
