import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import dns from 'node:dns'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  appSourceFiles,
  refuseNetwork,
  scanFiles,
  type ScanResult,
} from './electronegativity-scan.ts'

// Each vitest file runs in its own worker, so refusing the network here touches no other test.
// Every scan below runs after it: the scanner needs no network.
beforeAll(() => refuseNetwork())

let root = ''
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'electronegativity-scan-'))
  write(
    'package.json',
    JSON.stringify({ name: 'fixture', devDependencies: { electron: '^45.4.1' } }, null, 2),
  )
  write(
    'src/main/weak.ts',
    [
      "import { BrowserWindow } from 'electron'",
      'export const open = () =>',
      '  new BrowserWindow({',
      // No `sandbox` key: given `sandbox: false` the scanner stops looking at nodeIntegration.
      '    webPreferences: { nodeIntegration: true, contextIsolation: false },',
      '  }) satisfies BrowserWindow',
      '',
    ].join('\n'),
  )
  write(
    'src/main/strong.ts',
    [
      "import { BrowserWindow } from 'electron'",
      'export const open = () =>',
      '  new BrowserWindow({',
      '    webPreferences: { nodeIntegration: false, contextIsolation: true, sandbox: true },',
      '  })',
      '',
    ].join('\n'),
  )
  write('src/main/weak.test.ts', 'new BrowserWindow({ webPreferences: { nodeIntegration: true } })')
  write('src/main/broken.ts', 'export const = ;\n')
  write('src/renderer/index.html', '<!doctype html><html><head><title>x</title></head></html>\n')
  write('src/node_modules/dep/index.js', "eval('1')\n")
})

let scan: ScanResult
beforeAll(async () => {
  scan = await scanFiles(root, appSourceFiles(root), '45.4.1')
}, 30_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('appSourceFiles', () => {
  it('takes the shipped sources under src/ and package.json, not tests or node_modules', () => {
    expect(appSourceFiles(root).map((file) => file.slice(root.length + 1))).toEqual([
      'package.json',
      'src/main/broken.ts',
      'src/main/strong.ts',
      'src/main/weak.ts',
      'src/renderer/index.html',
    ])
  })
})

describe('scanFiles', () => {
  it('finds a window with Node integration and no isolation, at its line', () => {
    const { findings } = scan
    const inWeak = findings.filter((f) => f.file === 'src/main/weak.ts').map((f) => f.check)
    expect(inWeak).toEqual(
      expect.arrayContaining([
        'NODE_INTEGRATION_JS_CHECK',
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
      ]),
    )
    const nodeIntegration = findings.find(
      (f) => f.file === 'src/main/weak.ts' && f.check === 'NODE_INTEGRATION_JS_CHECK',
    )
    expect(nodeIntegration?.line).toBeGreaterThanOrEqual(3)
    expect(nodeIntegration?.description).not.toBe('')
  })

  it('does not flag the same settings turned the safe way, and ignores what it was not given', () => {
    const { findings } = scan
    const inStrong = findings.filter((f) => f.file === 'src/main/strong.ts').map((f) => f.check)
    expect(inStrong).not.toContain('NODE_INTEGRATION_JS_CHECK')
    expect(inStrong).not.toContain('CONTEXT_ISOLATION_JS_CHECK')
    expect(inStrong).not.toContain('SANDBOX_JS_CHECK')
    expect(findings.some((f) => f.file.includes('test') || f.file.includes('node_modules'))).toBe(
      false,
    )
  })

  it('reports app-wide gaps (no CSP, no navigation limit) and never runs the network check', () => {
    const { findings } = scan
    const checks = findings.map((f) => f.check)
    expect(checks).toContain('CSP_GLOBAL_CHECK')
    expect(checks).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK')
    expect(checks).not.toContain('AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK')
  })

  it('names a file it could not parse', () => {
    const { unparsed } = scan
    expect(unparsed.map((u) => u.file)).toEqual(['src/main/broken.ts'])
    expect(unparsed[0]?.message).not.toBe('')
  })
})

describe('refuseNetwork', () => {
  it('makes connections and name lookups throw', () => {
    expect(() => net.connect(9, '127.0.0.1')).toThrow(/must run offline/)
    expect(() => dns.lookup('localhost', () => undefined)).toThrow(/must run offline/)
  })
})
