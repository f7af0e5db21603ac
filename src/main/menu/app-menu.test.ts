import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { appMenuTemplate, IMPORT_DOCUMENTS_ITEM } from './app-menu'

function importItem(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions {
  const items = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
  const item = items.find((entry) => entry.id === IMPORT_DOCUMENTS_ITEM)
  if (!item) throw new Error('no Import Documents… item')
  return item
}

describe('app menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)(
    'offers File > Import Documents… on Cmd/Ctrl+O on %s, which asks for an import',
    (platform) => {
      const importDocuments = vi.fn()
      const template = appMenuTemplate(platform, { importDocuments })
      const file = template.find((menu) => menu.label?.replace('&', '') === 'File')
      expect(Array.isArray(file?.submenu) && file.submenu[0]?.id).toBe(IMPORT_DOCUMENTS_ITEM)
      const item = importItem(template)
      expect(item.label?.replace('&', '')).toBe('Import Documents…')
      expect(item.accelerator).toBe('CmdOrCtrl+O')
      item.click?.({} as never, undefined, {} as never)
      expect(importDocuments).toHaveBeenCalledTimes(1)
    },
  )

  it('keeps the default menus (the app menu first on macOS) and no Help links', () => {
    const roles = (platform: NodeJS.Platform) =>
      appMenuTemplate(platform, { importDocuments: () => {} }).map(
        (menu) => menu.role ?? menu.label,
      )
    expect(roles('darwin')).toEqual(['appMenu', 'File', 'editMenu', 'viewMenu', 'windowMenu'])
    expect(roles('linux')).toEqual(['&File', 'editMenu', 'viewMenu', 'windowMenu'])
  })

  it('ends File with Close on macOS (the app menu quits) and Quit elsewhere', () => {
    const last = (platform: NodeJS.Platform) => {
      const file = appMenuTemplate(platform, { importDocuments: () => {} }).find(
        (menu) => menu.role === undefined,
      )
      return Array.isArray(file?.submenu) ? file.submenu.at(-1)?.role : undefined
    }
    expect(last('darwin')).toBe('close')
    expect(last('win32')).toBe('quit')
  })
})
