/**
 * Choosing files to import in the browser: a file input made for one pick and clicked,
 * settled by its `change` (the files' bytes) or its `cancel` (nothing).
 */
import type { PickedFile, PickImportOptions } from '@shared/api'
import { IMPORT_TOO_LARGE_REASON } from '@shared/api-schemas'
import { MAX_IMPORT_BYTES } from '@shared/import/extracted'
import { IMPORT_ACCEPT } from '@shared/import/format-of'

/** Why a chosen file whose bytes the browser would not give is refused, after its name. */
export const UNREADABLE_REASON = 'could not be read: it may have been moved or deleted.'

/**
 * The files as PickedFiles, in order: one over MAX_IMPORT_BYTES is refused from its size
 * without being read, one the browser cannot read (moved, deleted, no longer permitted)
 * is refused on its own. An empty file comes back with no bytes, as in the desktop app.
 */
export function readBrowserFiles(files: Iterable<File>): Promise<PickedFile[]> {
  return Promise.all(
    [...files].map(async (file): Promise<PickedFile> => {
      if (file.size > MAX_IMPORT_BYTES) return { name: file.name, refusal: IMPORT_TOO_LARGE_REASON }
      try {
        return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
      } catch {
        return { name: file.name, refusal: UNREADABLE_REASON }
      }
    }),
  )
}

/**
 * Opens the browser's file chooser and resolves with what was chosen; `[]` if cancelled.
 * Several files may be chosen unless `multiple` is false.
 */
export type PickFiles = (options?: PickImportOptions) => Promise<PickedFile[]>

/**
 * A picker over `doc` (the page's document, read at each pick). Each pick adds a hidden `<input type="file">` accepting
 * the importable formats, clicks it and removes it once it settles. Call it from a click
 * handler: browsers open a chooser only in answer to the analyst's own gesture.
 */
export function createWebFilePicker(doc?: Document): PickFiles {
  // A browser without the input's `cancel` event (before Chrome 113, Firefox 91, Safari
  // 16.4) never says a chooser was dismissed; the next pick settles that one with [].
  let unsettled: (() => void) | null = null
  return (options) => {
    unsettled?.()
    const owner = doc ?? document
    return new Promise((resolve) => {
      const input = owner.createElement('input')
      input.type = 'file'
      input.multiple = options?.multiple ?? true
      input.accept = IMPORT_ACCEPT
      input.hidden = true
      const finish = () => {
        input.remove()
        if (unsettled === cancel) unsettled = null
      }
      const cancel = () => {
        finish()
        resolve([])
      }
      input.addEventListener('cancel', cancel, { once: true })
      input.addEventListener(
        'change',
        () => {
          const files = [...(input.files ?? [])]
          finish()
          resolve(readBrowserFiles(files))
        },
        { once: true },
      )
      unsettled = cancel
      owner.body.append(input)
      input.click()
    })
  }
}
