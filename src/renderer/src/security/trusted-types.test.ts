import { describe, expect, it } from 'vitest'
import indexHtml from '../../index.html?raw'
import {
  bundleScriptUrl,
  CASEFILE_POLICY_NAME,
  createScriptUrlPolicy,
  RENDERER_POLICY_NAMES,
  type ScriptUrlPolicyFactory,
} from './trusted-types'

const WEB_HOST = 'http://127.0.0.1:5183/'
const ELECTRON = 'app://casefile/index.html'

describe('bundleScriptUrl', () => {
  it('accepts the built workers of the web host and of the desktop app', () => {
    const built = `${WEB_HOST}assets/search-worker-tAhBu5-a.js`
    expect(bundleScriptUrl(built, WEB_HOST)).toBe(built)
    expect(bundleScriptUrl('assets/entity-worker--zaTrOIa.js', WEB_HOST)).toBe(
      `${WEB_HOST}assets/entity-worker--zaTrOIa.js`,
    )
    expect(bundleScriptUrl('app://casefile/assets/import-worker-CZwMG3aN.js', ELECTRON)).toBe(
      'app://casefile/assets/import-worker-CZwMG3aN.js',
    )
  })

  it('accepts a worker module the dev server serves from source', () => {
    const dev = 'http://localhost:5173/src/indexing/search-worker.ts?worker_file&type=module'
    expect(bundleScriptUrl(dev, 'http://localhost:5173/')).toBe(dev)
  })

  it('refuses scripts from anywhere but the page’s own origin', () => {
    for (const foreign of [
      'https://evil.example/assets/search-worker.js',
      '//evil.example/assets/search-worker.js',
      'http://127.0.0.1:6000/assets/search-worker.js',
      'https://127.0.0.1:5183/assets/search-worker.js',
      'http://localhost:5183/assets/search-worker.js',
      'http://user:secret@127.0.0.1:5183/assets/search-worker.js',
    ]) {
      expect(() => bundleScriptUrl(foreign, WEB_HOST), foreign).toThrow(TypeError)
    }
    expect(() => bundleScriptUrl('app://other/assets/x.js', ELECTRON)).toThrow(TypeError)
  })

  it('refuses script made on the spot: blob:, data: and javascript: URLs', () => {
    for (const made of [
      'blob:http://127.0.0.1:5183/3c1e0a8e-7c1e-4b4e-9d7e-2f1b5a0c9e11',
      'data:text/javascript,postMessage(1)',
      'javascript:postMessage(1)',
    ]) {
      expect(() => bundleScriptUrl(made, WEB_HOST), made).toThrow(TypeError)
    }
  })

  it('refuses what is not a script, and anything above the folder the app is served from', () => {
    expect(() => bundleScriptUrl('corpus/index.json', WEB_HOST)).toThrow(TypeError)
    expect(() => bundleScriptUrl('index.html', WEB_HOST)).toThrow(TypeError)
    const inFolder = 'https://example.org/tools/casefile/'
    expect(bundleScriptUrl('assets/w.js', inFolder)).toBe(`${inFolder}assets/w.js`)
    expect(() => bundleScriptUrl('../other/w.js', inFolder)).toThrow(TypeError)
    expect(() => bundleScriptUrl('/tools/w.js', inFolder)).toThrow(TypeError)
    expect(() => bundleScriptUrl('assets/%2e%2e/%2e%2e/w.js', inFolder)).toThrow(TypeError)
  })

  it('refuses every script when the page itself is not served over http(s) or app://', () => {
    expect(() => bundleScriptUrl('file:///app/w.js', 'file:///app/index.html')).toThrow(TypeError)
  })

  it('says which URL it refused', () => {
    expect(() => bundleScriptUrl('https://evil.example/x.js', WEB_HOST)).toThrow(
      'Casefile refused to run "https://evil.example/x.js" as a script',
    )
  })
})

/** The browser's factory, as far as this module uses it: it hands back what a rule returned. */
function policyFactory() {
  const made: { name: string; rules: string[] }[] = []
  const factory: ScriptUrlPolicyFactory = {
    createPolicy(name, rules) {
      made.push({ name, rules: Object.keys(rules) })
      return { createScriptURL: (input) => ({ trusted: rules.createScriptURL(input) }) }
    },
  }
  return { factory, made }
}

describe('createScriptUrlPolicy', () => {
  it('makes one policy, named casefile, that vouches for script URLs and nothing else', () => {
    const { factory, made } = policyFactory()
    createScriptUrlPolicy(factory, WEB_HOST)
    expect(made).toEqual([{ name: CASEFILE_POLICY_NAME, rules: ['createScriptURL'] }])
  })

  it('passes the bundle’s scripts through the policy and refuses the rest before the browser sees them', () => {
    const { factory } = policyFactory()
    const scriptUrl = createScriptUrlPolicy(factory, WEB_HOST)
    expect(scriptUrl('assets/search-worker-tAhBu5-a.js')).toEqual({
      trusted: `${WEB_HOST}assets/search-worker-tAhBu5-a.js`,
    })
    expect(() => scriptUrl('https://evil.example/x.js')).toThrow(TypeError)
  })

  it('checks the same way, and gives strings, where the browser has no Trusted Types', () => {
    const scriptUrl = createScriptUrlPolicy(undefined, WEB_HOST)
    expect(scriptUrl('assets/w.js')).toBe(`${WEB_HOST}assets/w.js`)
    expect(() => scriptUrl('data:text/javascript,1')).toThrow(TypeError)
  })

  it('fails when the name is taken, rather than start workers under another policy', () => {
    const taken: ScriptUrlPolicyFactory = {
      createPolicy: (name) => {
        throw new TypeError(`Policy with name "${name}" already exists.`)
      },
    }
    expect(() => createScriptUrlPolicy(taken, WEB_HOST)).toThrow('already exists')
  })
})

describe('the Content-Security-Policy of index.html', () => {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(indexHtml)?.[1]
  const directive = (name: string) =>
    meta
      ?.split(';')
      .map((part) => part.trim().split(/\s+/))
      .find(([directiveName]) => directiveName === name)
      ?.slice(1)

  it('requires Trusted Types for every script sink', () => {
    expect(directive('require-trusted-types-for')).toEqual(["'script'"])
  })

  it('allows exactly the renderer’s policies, no default policy and no duplicates', () => {
    expect(directive('trusted-types')).toEqual([...RENDERER_POLICY_NAMES])
  })
})
