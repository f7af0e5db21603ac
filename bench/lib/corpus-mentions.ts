/**
 * The names the app's extractor (src/shared/entities/extract-entities.ts, what the entity
 * worker runs) finds in each article of the generated search corpus, for benchmarks that
 * start with the entity cache an analyst has after a first session with the corpus. Finding
 * them takes about 0.1 s an article, so they are found in a child process per core and kept
 * under .cache/bench/, named by a digest of everything they depend on (the extractor, the
 * corpus generator, the document layout, compromise's version, the number of articles): a
 * change to any of them finds them again.
 */
import { fork } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import type { EntityMention } from '../../src/shared/entities/entity-kind'

const ROOT = resolve(import.meta.dirname, '../..')
const CACHE_DIR = join(ROOT, '.cache/bench')

/** The sources the mentions are a function of. */
const DEPENDS_ON = [
  'src/shared/entities',
  'src/shared/text/calendar-names.ts',
  'src/shared/corpus/document-layout.ts',
  'src/shared/corpus/parse-document.ts',
  'scripts/generate-corpus.ts',
  'bench/lib/prng.ts',
  'bench/lib/imported-documents.ts',
  'bench/lib/corpus-mentions-child.ts',
  'node_modules/compromise/package.json',
]

function files(path: string): string[] {
  const full = join(ROOT, path)
  if (!existsSync(full)) return []
  if (!full.endsWith('.ts') && !full.endsWith('.json')) {
    return readdirSync(full, { withFileTypes: true })
      .filter((e) => e.isDirectory() || (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')))
      .flatMap((e) => files(join(path, e.name)))
      .sort()
  }
  return [path]
}

function digest(articles: number): string {
  const hash = createHash('sha256').update(`articles ${articles}\n`)
  for (const path of DEPENDS_ON.flatMap(files)) {
    hash.update(`${path}\n`).update(readFileSync(join(ROOT, path)))
  }
  return hash.digest('hex').slice(0, 16)
}

/** What a child process sends back: the mentions of articles `from` to `from + list.length - 1`. */
export interface MentionsSlice {
  from: number
  list: EntityMention[][]
}

function findSlice(from: number, to: number): Promise<MentionsSlice> {
  return new Promise((done, fail) => {
    const child = fork(
      new URL('./corpus-mentions-child.ts', import.meta.url),
      [`${from}`, `${to}`],
      {
        execArgv: process.execArgv,
        serialization: 'advanced',
      },
    )
    child.once('message', (slice) => done(slice as MentionsSlice))
    child.once('error', fail)
    child.once('exit', (code) => {
      if (code !== 0)
        fail(new Error(`Finding the names of articles ${from}–${to} failed (exit ${code}).`))
    })
  })
}

/**
 * The mentions of articles 0 to `articles - 1`, in order: read from the cache, or found (one
 * child process per core) and cached. `log` says which, and how long finding them took.
 */
export async function corpusMentions(
  articles: number,
  log: (line: string) => void,
): Promise<EntityMention[][]> {
  const file = join(CACHE_DIR, `corpus-mentions-${articles}-${digest(articles)}.json`)
  if (existsSync(file)) {
    log(`names of the ${articles.toLocaleString('en-US')} articles read from ${file}`)
    return JSON.parse(readFileSync(file, 'utf8')) as EntityMention[][]
  }
  const t0 = performance.now()
  const parts = Math.max(1, Math.min(availableParallelism(), 4))
  const size = Math.ceil(articles / parts)
  const slices = await Promise.all(
    Array.from({ length: parts }, (_, i) =>
      findSlice(i * size, Math.min(articles, (i + 1) * size)),
    ),
  )
  const all = slices.sort((a, b) => a.from - b.from).flatMap((slice) => slice.list)
  mkdirSync(CACHE_DIR, { recursive: true })
  writeFileSync(file, JSON.stringify(all))
  log(
    `names of the ${articles.toLocaleString('en-US')} articles found in ${((performance.now() - t0) / 1000).toFixed(0)} s (${parts} processes) and kept in ${file}`,
  )
  return all
}
