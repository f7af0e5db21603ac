/**
 * The packaging configuration, checked with electron-builder's own code where it can
 * run without the Electron binary: its schema, its file matcher, its translation of the
 * fuse settings, and @electron/fuses flipping them in a stand-in binary.
 */
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js'
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js'
import { PlatformPackager } from 'app-builder-lib'
import type { TargetConfiguration } from 'electron-builder'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusDirectory } from '../src/main/paths'
import config, { APP_FILES, ELECTRON_FUSES, PACKAGE_OUTPUT_DIR } from './package-config'

const projectDir = resolve(import.meta.dirname, '..')
const scratch = mkdtempSync(join(tmpdir(), 'casefile-package-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The `target` names of one platform's section, in order. */
function targetsOf(section: { target?: unknown } | null | undefined): string[] {
  const targets = (section?.target ?? []) as (string | TargetConfiguration)[]
  return targets.map((t) => (typeof t === 'string' ? t : t.target))
}

describe('the packaging configuration', () => {
  // Loading electron-builder's schema and validator takes seconds on a busy machine.
  it('passes electron-builder’s own schema', { timeout: 60_000 }, async () => {
    await expect(
      validateConfiguration(structuredClone(config), { isEnabled: false, add: () => {} } as never),
    ).resolves.toBeUndefined()
  })

  it('the schema check is real: a misspelt fuse is refused', { timeout: 60_000 }, async () => {
    const broken = { ...config, electronFuses: { ...ELECTRON_FUSES, runAsnode: false } }
    await expect(
      validateConfiguration(broken as never, { isEnabled: false, add: () => {} } as never),
    ).rejects.toThrow(/configuration\.electronFuses/)
  })

  it('builds installers for Linux, Windows and macOS', () => {
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'tar.gz'])
    expect(targetsOf(config.win)).toEqual(['nsis'])
    expect(targetsOf(config.mac)).toEqual(['dmg'])
    const macArchs = (config.mac?.target as TargetConfiguration[])[0]?.arch
    expect(macArchs).toEqual(['arm64', 'x64'])
  })

  it('packs the app into an asar archive and rebuilds nothing', () => {
    expect(config.asar).toBe(true)
    expect(config.npmRebuild).toBe(false)
    expect(config.publish).toBeNull()
  })

  it('keeps the analyst’s data when Casefile is uninstalled on Windows', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('puts the bundled corpus where the packaged app looks for it', () => {
    const resourcesPath = resolve('/opt/Casefile/resources')
    const [corpus] = config.extraResources as { from: string; to: string }[]
    expect(corpus?.from).toBe('resources/corpus')
    expect(join(resourcesPath, corpus?.to ?? '')).toBe(
      corpusDirectory({ isPackaged: true, appPath: '/unused', resourcesPath }),
    )
  })
})

describe('the files in app.asar', () => {
  // electron-builder's matcher, as it filters the project folder into the archive.
  const included = (() => {
    const filter = new FileMatcher(projectDir, '/app', (p) => p, APP_FILES).createFilter()
    const file = { isDirectory: () => false, isFile: () => true, isSymbolicLink: () => false }
    return (path: string) => filter(join(projectDir, path), file as never)
  })()

  it('include the built main, preload and renderer and package.json', () => {
    for (const path of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
      'out/renderer/assets/import-worker-abc123.js',
      'package.json',
    ]) {
      expect(included(path), path).toBe(true)
    }
  })

  it('leave out sources, tests, maps, the web build, earlier packages and secrets', () => {
    for (const path of [
      'out/main/index.js.map',
      'out/renderer/assets/index-abc123.js.map',
      'out/web/index.html',
      `${PACKAGE_OUTPUT_DIR}/Casefile-0.1.0-linux-x86_64.AppImage`,
      'src/main/index.ts',
      'src/renderer/src/main.tsx',
      'e2e/app.spec.ts',
      'bench/run.ts',
      'scripts/package-config.ts',
      'resources/corpus/001.md',
      'docs/architecture.md',
      'test-results/vitest.json',
      '.env',
      '.npmrc',
      'package-lock.json',
      'tsconfig.json',
    ]) {
      expect(included(path), path).toBe(false)
    }
  })

  it('point at what electron-vite builds and package.json names as main', () => {
    expect(included(packageJson().main)).toBe(true)
  })
})

describe('npm run package', () => {
  it('builds first, then packages with this configuration and publishes nothing', () => {
    const command = packageJson().scripts['package'] ?? ''
    expect(command).toMatch(/^electron-vite build && electron-builder /)
    expect(command).toContain('--config scripts/package-config.ts')
    expect(command).toContain('--publish never')
  })
})

function packageJson(): { main: string; scripts: Record<string, string> } {
  return JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8'))
}

describe('the fuses', () => {
  it('are set as the hardening requires', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('are flipped in the binary by electron-builder’s translation and @electron/fuses', async () => {
    // A stand-in for the Electron executable: the fuse sentinel, wire version 1, eight
    // fuses in Electron's shipped state (RunAsNode, NODE_OPTIONS, inspect and file://
    // privileges on; the rest off), surrounded by other bytes.
    const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
    const shipped = '10110001'
    const binary = join(scratch, 'Casefile.exe')
    writeFileSync(
      binary,
      Buffer.concat([
        Buffer.alloc(64, 7),
        Buffer.from(SENTINEL, 'latin1'),
        Buffer.from([1, shipped.length]),
        Buffer.from(shipped, 'latin1'),
        Buffer.alloc(64, 7),
      ]),
    )

    // The private step of electron-builder that turns `electronFuses` into a FuseConfig.
    const generate = Reflect.get(PlatformPackager.prototype, 'generateFuseConfig') as (
      fuses: unknown,
    ) => Promise<Parameters<typeof flipFuses>[1]>
    const fuseConfig = await generate.call(null, config.electronFuses)
    expect(fuseConfig.version).toBe(FuseVersion.V1)
    await flipFuses(binary, fuseConfig)

    const wire = await getCurrentFuseWire(binary)
    const state = (option: FuseV1Options) => String.fromCharCode(Number(wire[option]))
    expect(state(FuseV1Options.RunAsNode)).toBe('0')
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1')
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0')
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0')
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1')
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1')
    expect(state(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot)).toBe('0')
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0')
  })
})
