/**
 * The bytes of an import fixture (src/renderer/src/extract/fixtures), for the readers'
 * tests: `loadFixture('pdf-report.pdf')`. The tests run under Node; the renderer's types
 * have no Node, so Node's modules are reached by names TypeScript does not resolve. The
 * path is worked out without the URL class, which happy-dom replaces with one that reads
 * a file: URL as http.
 */
const fs = (await import(/* @vite-ignore */ `node:${'fs'}`)) as {
  readFileSync(path: string): Uint8Array
}
const { fileURLToPath } = (await import(/* @vite-ignore */ `node:${'url'}`)) as {
  fileURLToPath(url: string): string
}
const path = (await import(/* @vite-ignore */ `node:${'path'}`)) as {
  dirname(path: string): string
  join(...parts: string[]): string
}

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

export function loadFixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)))
}
