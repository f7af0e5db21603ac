/** Registers the envelope handlers with ipcMain: the only Electron part of IPC. */
import { ipcMain } from 'electron'
import { Channels } from '../shared/api'
import type { EnvelopeHandlers } from './ipc/channel-handlers'
import type { EnvelopeHandler } from './ipc/envelope-handler'
import { toInvokeListener } from './ipc/invoke-listener'

/**
 * Answers every channel in `Channels` with its handler. The sending frame's URL goes to
 * the handler's origin check (a frame that is gone counts as no sender, refused); see
 * `toInvokeListener` for how the arguments become the input.
 */
export function registerIpc(handlers: EnvelopeHandlers): void {
  for (const channel of Object.values(Channels)) {
    const handler: EnvelopeHandler<unknown> = handlers[channel]
    ipcMain.removeHandler(channel)
    ipcMain.handle(channel, toInvokeListener(handler))
  }
}
