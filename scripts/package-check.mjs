// @ts-check
/**
 * `npm run package:check`: runs the real electron-builder with scripts/package-config.ts
 * for Linux (`--dir`, no installer) in a scratch folder, against a stand-in Electron
 * (a file carrying the fuse wire) instead of the real one, which cannot be downloaded
 * everywhere. It then reads back what a release would ship: the files in app.asar, the
 * fuses in the binary, the bundled corpus beside the archive, and the archive's
 * integrity hashes. About 30 s; not part of `npm test`.
 */
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
/** @type {{ listPackage(path: string, options: object): string[], getRawHeader(path: string): { header: { files: Record<string, { integrity?: unknown }> } } }} */
const asar = require('@electron/asar')
/** @type {{ getCurrentFuseWire(path: string): Promise<Record<string, number | string>> }} */
const fuses = require('@electron/fuses')

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's shipped fuse wire: RunAsNode, NODE_OPTIONS, inspect and file:// privileges on. */
const SHIPPED_WIRE = '10110001'
/** What the configuration must make of it (see ELECTRON_FUSES in package-config.ts). */
const EXPECTED_WIRE = '01001100'
const EXPECTED_APP_FILES = [
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/assets/index-abc.js',
  '/out/renderer/index.html',
  '/package.json',
]

const scratch = mkdtempSync(join(tmpdir(), 'casefile-package-check-'))
const problems = []
try {
  // A project as electron-vite leaves it, with a map and the web build that must stay out.
  const files = {
    'out/main/index.js': 'export {}\n',
    'out/main/index.js.map': '{}',
    'out/preload/index.cjs': '\n',
    'out/renderer/index.html': '<!doctype html>\n',
    'out/renderer/assets/index-abc.js': '\n',
    'out/renderer/assets/index-abc.js.map': '{}',
    'out/web/index.html': '<!doctype html>\n',
    'src/main/index.ts': '\n',
    '.env': 'SECRET=1\n',
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true })
    writeFileSync(join(scratch, path), text)
  }
  cpSync(join(project, 'package.json'), join(scratch, 'package.json'))
  cpSync(join(project, 'scripts', 'package-config.ts'), join(scratch, 'package-config.ts'))
  cpSync(join(project, 'resources', 'corpus'), join(scratch, 'resources', 'corpus'), {
    recursive: true,
  })
  symlinkSync(join(project, 'node_modules'), join(scratch, 'node_modules'), 'dir')

  const electronDist = join(scratch, 'electron-dist')
  mkdirSync(electronDist)
  writeFileSync(
    join(electronDist, 'electron'),
    Buffer.concat([
      Buffer.alloc(64, 7),
      Buffer.from(SENTINEL, 'latin1'),
      Buffer.from([1, SHIPPED_WIRE.length]),
      Buffer.from(SHIPPED_WIRE, 'latin1'),
      Buffer.alloc(64, 7),
    ]),
    { mode: 0o755 },
  )
  writeFileSync(join(electronDist, 'LICENSE'), 'stand-in\n')
  const electronVersion = require('electron/package.json').version

  const builder = spawnSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--config',
      'package-config.ts',
      '--linux',
      '--dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${electronVersion}`,
    ],
    { cwd: scratch, encoding: 'utf8' },
  )
  if (builder.status !== 0) {
    process.stderr.write(builder.stdout + builder.stderr)
    throw new Error(`electron-builder exited with ${builder.status}`)
  }

  const appDir = join(scratch, 'out', 'packages', 'linux-unpacked')
  const archive = join(appDir, 'resources', 'app.asar')
  const appFiles = asar
    .listPackage(archive, { isPack: false })
    .filter((path) => !path.startsWith('/node_modules') && path.includes('.'))
    .sort()
  if (JSON.stringify(appFiles) !== JSON.stringify(EXPECTED_APP_FILES)) {
    problems.push(
      `app.asar holds ${appFiles.join(', ')}; expected ${EXPECTED_APP_FILES.join(', ')}`,
    )
  }
  const dependencies = Object.keys(
    JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).dependencies,
  )
  const packed = new Set(asar.listPackage(archive, { isPack: false }))
  const missing = dependencies.filter((name) => !packed.has(`/node_modules/${name}/package.json`))
  if (missing.length > 0) problems.push(`production dependencies missing: ${missing.join(', ')}`)
  if (packed.has('/node_modules/electron-builder/package.json')) {
    problems.push('a development dependency (electron-builder) was packed')
  }

  const wire = await fuses.getCurrentFuseWire(join(appDir, 'casefile'))
  const flipped = [...EXPECTED_WIRE].map((_, i) => String.fromCharCode(Number(wire[i]))).join('')
  if (flipped !== EXPECTED_WIRE) problems.push(`fuse wire is ${flipped}; expected ${EXPECTED_WIRE}`)

  const corpus = readdirSync(join(appDir, 'resources', 'corpus')).sort()
  const source = readdirSync(join(project, 'resources', 'corpus')).sort()
  if (JSON.stringify(corpus) !== JSON.stringify(source)) {
    problems.push('resources/corpus was not copied beside app.asar as it is')
  }

  const header = asar.getRawHeader(archive).header
  if (!header.files['package.json']?.integrity) {
    problems.push('app.asar carries no integrity hashes (the ASAR integrity fuse would fail)')
  }

  if (problems.length > 0) {
    for (const problem of problems) console.error(`package check: ${problem}`)
    process.exitCode = 1
  } else {
    console.log(
      `package check: ok (app.asar: ${appFiles.length} app files and ${dependencies.length} dependencies; fuses ${flipped}; corpus ${corpus.length} files)`,
    )
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
