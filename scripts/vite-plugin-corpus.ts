/**
 * Vite plugin for the web host: emits the bundled corpus as static JSON
 * (`corpus/index.json` with summaries, `corpus/<id>.json` per document) using the same
 * parser as the Electron main process, and serves the same files in dev.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { summarizeDocument } from '../src/shared/corpus/parse-document'
import { loadCorpusDir } from './corpus-files'

/** The corpus files a web host serves, keyed by path relative to the site root. */
export function corpusAssets(corpusDir: string): Map<string, string> {
  const docs = loadCorpusDir(corpusDir)
  const assets = new Map<string, string>()
  assets.set('corpus/index.json', JSON.stringify(docs.map(summarizeDocument)))
  for (const doc of docs) assets.set(`corpus/${doc.meta.id}.json`, JSON.stringify(doc))
  return assets
}

export function corpusPlugin(corpusDir = resolve('resources/corpus')): Plugin {
  return {
    name: 'casefile-corpus',
    generateBundle() {
      for (const [fileName, source] of corpusAssets(corpusDir)) {
        this.emitFile({ type: 'asset', fileName, source })
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? ''
        if (!path.startsWith('corpus/')) return next()
        const body = corpusAssets(corpusDir).get(path)
        if (body === undefined) return next()
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.end(body)
      })
    },
  }
}
