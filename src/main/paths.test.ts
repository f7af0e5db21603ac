import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { backupsDirectory, bundlePaths, corpusDirectory } from './paths'

describe('bundlePaths', () => {
  it('finds renderer and preload beside the built main folder', () => {
    const out = resolve('/opt/casefile/out')
    const paths = bundlePaths(pathToFileURL(join(out, 'main', 'index.js')).href)
    expect(paths.rendererDir).toBe(join(out, 'renderer'))
    expect(paths.preloadPath).toBe(join(out, 'preload', 'index.cjs'))
  })

  it('decodes file URLs with spaces', () => {
    const out = resolve('/Users/An Analyst/Casefile/out')
    const paths = bundlePaths(pathToFileURL(join(out, 'main', 'index.js')).href)
    expect(paths.rendererDir).toBe(join(out, 'renderer'))
  })
})

describe('corpusDirectory', () => {
  const appPath = resolve('/work/casefile')
  const resourcesPath = resolve('/Applications/Casefile.app/Contents/Resources')

  it('uses resources/corpus under the project in development', () => {
    expect(corpusDirectory({ isPackaged: false, appPath, resourcesPath })).toBe(
      join(appPath, 'resources', 'corpus'),
    )
  })

  it('uses corpus under the resources folder when packaged', () => {
    expect(corpusDirectory({ isPackaged: true, appPath, resourcesPath })).toBe(
      join(resourcesPath, 'corpus'),
    )
  })
})

describe('backupsDirectory', () => {
  it('is a folder of its own under the user-data folder', () => {
    const userData = resolve('/home/analyst/.config/Casefile')
    expect(backupsDirectory(userData)).toBe(join(userData, 'backups'))
  })
})
