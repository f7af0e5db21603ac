/**
 * Hands a built export to the host (a Save dialog in the desktop app, a download on the
 * web) and says what happened. Building can fail on bad data; saving on a full disk or a
 * refused name: either way the analyst gets the reason and nothing in the app changes.
 */
import type { CasefileApi } from '@shared/api'
import { announce, announceError } from '../../ui/status'

export type ExportFormat = 'markdown' | 'json' | 'jsonld' | 'csv'

export async function saveExport(
  host: CasefileApi,
  build: () => string | Promise<string>,
  file: { suggestedName: string; format: ExportFormat },
  what: string,
): Promise<boolean> {
  try {
    const content = await build()
    const result = await host.saveExport({ ...file, content })
    if (result.saved) announce(`${what} saved as ${result.fileName ?? file.suggestedName}.`)
    return result.saved
  } catch (error) {
    announceError(error, `${what} could not be exported.`)
    return false
  }
}
