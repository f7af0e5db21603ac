/** Registers the envelope handlers with ipcMain: the only Electron part of IPC. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { Channels } from '../shared/api'
import type { EnvelopeHandlers } from './ipc/channel-handlers'

/**
 * Answers every channel in `Channels` with its handler. The sender's frame URL goes to
 * the handler's origin check; a frame that is gone counts as no sender (refused). A
 * call with more than one argument is passed on as an array, which no channel schema
 * accepts, so it is refused as invalid input rather than silently truncated.
 */
export function registerIpc(handlers: EnvelopeHandlers): void {
  for (const channel of Object.values(Channels)) {
    const handler = handlers[channel]
    ipcMain.removeHandler(channel)
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      handler(senderUrl(event), args.length > 1 ? args : args[0]),
    )
  }
}

function senderUrl(event: IpcMainInvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null
  } catch {
    // Reading a frame that navigated away or was destroyed throws; such a sender is refused.
    return null
  }
}
