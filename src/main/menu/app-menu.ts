/**
 * The desktop app's menu bar, kept pure so its items and shortcuts are asserted by a test.
 * Setting any menu replaces Electron's default one, so this keeps what that one gave
 * (the app menu on macOS, Edit with its clipboard shortcuts, View, Window) and drops its
 * Help links to Electron's website.
 */
import type { MenuItemConstructorOptions } from 'electron'

/** What the menu's own items do. */
export interface AppMenuActions {
  /** File > Import Documents…: ask the page to start an import. */
  importDocuments: () => void
}

/** The `id` of File > Import Documents…, for tests and for enabling it later. */
export const IMPORT_DOCUMENTS_ITEM = 'import-documents'

/**
 * The menu template for `platform`: File holds Import Documents… (Cmd+O on macOS,
 * Ctrl+O elsewhere), then Close on macOS (the app menu quits there) or Quit elsewhere.
 */
export function appMenuTemplate(
  platform: NodeJS.Platform,
  actions: AppMenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      {
        id: IMPORT_DOCUMENTS_ITEM,
        label: mac ? 'Import Documents…' : '&Import Documents…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.importDocuments(),
      },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  }
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]
}
