/**
 * The bytes of an import fixture (src/renderer/src/extract/fixtures), for the readers'
 * tests: `loadFixture('pdf-report.pdf')`. The tests run under Node; the renderer's types
 * have no Node, so node:fs is reached by a name TypeScript does not resolve.
 */
const fs = (await import(/* @vite-ignore */ `node:${'fs'}`)) as {
  readFileSync(path: URL): Uint8Array
}

export function loadFixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(new URL(`../fixtures/${name}`, import.meta.url)))
}
