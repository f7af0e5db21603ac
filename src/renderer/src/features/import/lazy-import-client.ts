/**
 * The import client (DOMPurify, the import worker's protocol), loaded when the first file
 * is read rather than at start-up: importing is an action, not part of opening the reader.
 */
import type { ExtractDocument } from '../../extract/import-client'

/** Said when the client's code could not be loaded (the import's failure reason). */
export const IMPORTER_NOT_LOADED =
  'Casefile could not load its importer. Try again; if it keeps failing, reload Casefile.'

/** `extractDocument` of the import client, loading the client on first use. */
export const extractDocument: ExtractDocument = async (file, options) => {
  const client = await import('../../extract/import-client').catch((error: unknown) => {
    throw new Error(IMPORTER_NOT_LOADED, { cause: error })
  })
  return client.extractDocument(file, options)
}
