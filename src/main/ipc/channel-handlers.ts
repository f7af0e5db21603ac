/**
 * What main answers on each channel, as plain functions over the loaded corpus, the
 * injected Save and Open dialogs and the backups folder, and their envelope-wrapped forms ready to
 * register. No Electron here.
 */
import type { z } from 'zod'
import { channelInput } from '../../shared/api-schemas'
import { Channels, HostError, type AppInfo, type CasefileApi, type Channel } from '../../shared/api'
// Namespaced: the bare function names are also the channel keys destructured below.
import * as rollingBackups from '../backup/rolling-backups'
import type { CorpusIndex } from '../corpus/load-corpus'
import * as exportFiles from '../exports/save-export'
import * as importFiles from '../import/pick-import-files'
import {
  createEnvelopeHandler,
  type ChannelFn,
  type EnvelopeHandler,
  type EnvelopeHandlerOptions,
} from './envelope-handler'

/** The value each channel answers with, tied to CasefileApi so the two cannot drift. */
export interface ChannelOutputs {
  [Channels.listDocuments]: Awaited<ReturnType<CasefileApi['listDocuments']>>
  [Channels.getDocument]: Awaited<ReturnType<CasefileApi['getDocument']>>
  [Channels.getAppInfo]: Awaited<ReturnType<CasefileApi['getAppInfo']>>
  [Channels.saveExport]: Awaited<ReturnType<CasefileApi['saveExport']>>
  [Channels.writeRollingBackup]: Awaited<ReturnType<CasefileApi['writeRollingBackup']>>
  [Channels.listRollingBackups]: Awaited<ReturnType<CasefileApi['listRollingBackups']>>
  [Channels.readRollingBackup]: Awaited<ReturnType<CasefileApi['readRollingBackup']>>
  [Channels.pickImportFiles]: Awaited<ReturnType<CasefileApi['pickImportFiles']>>
}

/** The validated input each channel takes, from its zod schema in `channelInput`. */
export type ChannelInputs = { [C in Channel]: z.output<(typeof channelInput)[C]> }

/** One function per channel; missing or extra channels fail typecheck. */
export type ChannelHandlers = { [C in Channel]: ChannelFn<ChannelInputs[C], ChannelOutputs[C]> }

/** Every channel's envelope handler, keyed by channel name. */
export type EnvelopeHandlers = { [C in Channel]: EnvelopeHandler<ChannelOutputs[C]> }

/** What the handlers read. */
export interface ChannelDeps {
  corpus: Pick<CorpusIndex, 'list' | 'get'>
  appInfo: () => AppInfo
  /** The native Save dialog (on the app's window): the chosen path, or null when cancelled. */
  chooseSaveFile: exportFiles.ChooseSaveFile
  /** The native Open dialog (on the app's window): the chosen paths, none when cancelled. */
  chooseOpenFiles: importFiles.ChooseOpenFiles
  /** `<userData>/backups`: the only folder the rolling backup reads, writes and prunes. */
  backupsDir: string
  /** The clock that dates rolling backups; the system clock when left out. */
  now?: () => Date
}

/**
 * The channel functions. `getDocument` throws HostError `not-found` for an id no loaded
 * source has (including one that was skipped for a format problem).
 */
export function createChannelHandlers(deps: ChannelDeps): ChannelHandlers {
  return {
    [Channels.listDocuments]: () => deps.corpus.list(),
    [Channels.getDocument]: (id) => {
      const doc = deps.corpus.get(id)
      if (!doc) {
        throw new HostError(
          'not-found',
          `No source with the id "${id}" is in the library. It may have been removed from the corpus.`,
        )
      }
      return doc
    },
    [Channels.getAppInfo]: () => deps.appInfo(),
    [Channels.saveExport]: (request) => exportFiles.saveExport(request, deps.chooseSaveFile),
    [Channels.writeRollingBackup]: (request) =>
      rollingBackups.writeRollingBackup(deps.backupsDir, request, deps.now?.() ?? new Date()),
    [Channels.listRollingBackups]: () => rollingBackups.listRollingBackups(deps.backupsDir),
    [Channels.readRollingBackup]: (fileName) =>
      rollingBackups.readRollingBackup(deps.backupsDir, fileName),
    [Channels.pickImportFiles]: (options) =>
      importFiles.pickImportFiles(deps.chooseOpenFiles, options?.multiple ?? true),
  }
}

/** Wraps every channel function with its input schema and the sender check. */
export function createEnvelopeHandlers(
  handlers: ChannelHandlers,
  options: EnvelopeHandlerOptions,
): EnvelopeHandlers {
  // Spelled out per channel: TypeScript cannot correlate a generic channel's schema with
  // its function, and a cast here would hide exactly the mismatch this should catch.
  const { listDocuments, getDocument, getAppInfo } = Channels
  const { saveExport, writeRollingBackup, listRollingBackups, readRollingBackup } = Channels
  const { pickImportFiles } = Channels
  return {
    [listDocuments]: createEnvelopeHandler(
      channelInput[listDocuments],
      handlers[listDocuments],
      options,
    ),
    [getDocument]: createEnvelopeHandler(channelInput[getDocument], handlers[getDocument], options),
    [getAppInfo]: createEnvelopeHandler(channelInput[getAppInfo], handlers[getAppInfo], options),
    [saveExport]: createEnvelopeHandler(channelInput[saveExport], handlers[saveExport], options),
    [writeRollingBackup]: createEnvelopeHandler(
      channelInput[writeRollingBackup],
      handlers[writeRollingBackup],
      options,
    ),
    [listRollingBackups]: createEnvelopeHandler(
      channelInput[listRollingBackups],
      handlers[listRollingBackups],
      options,
    ),
    [readRollingBackup]: createEnvelopeHandler(
      channelInput[readRollingBackup],
      handlers[readRollingBackup],
      options,
    ),
    [pickImportFiles]: createEnvelopeHandler(
      channelInput[pickImportFiles],
      handlers[pickImportFiles],
      options,
    ),
  }
}
