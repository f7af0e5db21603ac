/**
 * Highlights written straight into the app's IndexedDB, placed on the web host's static
 * corpus JSON (so only in the web project): for tests that need many highlights or exact
 * dates without making each through the reader.
 */
import type { Page } from '@playwright/test'
import { KNOWN_SENTENCES } from './corpus-facts'

export const STABILITY = 'pakistan-iran-relations-seeking-stability'
export const WAY_FORWARD = 'pakistan-and-iran-the-way-forward'
export const NEW_ERA = 'new-era-in-pak-iran-ties-pakistans-army-chief-visit-to-iran'
export const AMID = 'pak-iran-relations-amid-recent-developments-implications'
export const RIVALS = 'from-rivals-to-partners-pakistan-and-irans-diplomatic'

/** A highlight to seed: a quote found in the source (or, for `orphan`, text that is not). */
export interface Seed {
  id: string
  docId: string
  /** Text that occurs in the document; or [from, to]: from the first phrase to the end of the second. */
  quote: string | [string, string]
  color: string
  tags?: string[]
  note?: string
  /** Minutes after the base time, so the order by date is known. */
  minutes: number
  /** Stored as made on an older rev, with a quote that is not in the text any more. */
  orphan?: boolean
}

/** The bundled sentence known to be in a source (e2e/corpus-facts.ts). */
export const sentence = (id: string) => KNOWN_SENTENCES[id]!.sentence

export const BASE = Date.UTC(2026, 10, 20, 9, 0)

/**
 * Writes the seeds into the app's IndexedDB (opened without a version, so at the app's)
 * and returns each seed's ¶ label as the corpus gives it ('' for orphans).
 */
export async function seed(app: Page, seeds: Seed[]): Promise<Record<string, string>> {
  const { paras, records } = await app.evaluate(
    async ({ seeds, base }) => {
      const docs = new Map<
        string,
        { text: string; rev: string; blocks: { start: number; end: number; para: number | null }[] }
      >()
      const paras: Record<string, string> = {}
      const records: Record<string, unknown>[] = []
      for (const s of seeds) {
        if (!docs.has(s.docId))
          docs.set(s.docId, await (await fetch(`corpus/${s.docId}.json`)).json())
        const doc = docs.get(s.docId)!
        let start = 0
        let end = 0
        let exact: string
        if (s.orphan) {
          exact = s.quote as string
          start = 120
          end = start + exact.length
        } else {
          const [from, to] = typeof s.quote === 'string' ? [s.quote, s.quote] : s.quote
          start = doc.text.indexOf(from)
          end = doc.text.indexOf(to, start) + to.length
          if (start < 0 || end < start) throw new Error(`seed ${s.id}: quote not in ${s.docId}`)
          exact = doc.text.slice(start, end)
          const touched = doc.blocks.filter(
            (b) => b.para !== null && b.end > start && b.start < end,
          )
          const first = touched[0]!.para
          const last = touched.at(-1)!.para
          paras[s.id] = first === last ? `¶${first}` : `¶${first}–${last}`
        }
        const time = base + s.minutes * 60_000
        records.push({
          id: s.id,
          docId: s.docId,
          docRev: s.orphan ? '0000000000000000' : doc.rev,
          selectors: {
            quote: {
              exact,
              prefix: s.orphan
                ? 'Nothing like this '
                : doc.text.slice(Math.max(0, start - 32), start),
              suffix: s.orphan ? ' was ever written.' : doc.text.slice(end, end + 32),
            },
            position: { start, end },
          },
          color: s.color,
          note: s.note ?? '',
          tags: s.tags ?? [],
          createdAt: time,
          updatedAt: time,
        })
      }
      return { paras, records }
    },
    { seeds, base: BASE },
  )
  await writeStore(app, 'highlights', records)
  return paras
}

/**
 * Puts `records` into one of the app's IndexedDB stores (opened without a version, so at
 * the app's), after emptying it when `clear` is set; one transaction. The app sees the
 * change after a reload.
 */
export async function writeStore(
  app: Page,
  store: string,
  records: readonly unknown[],
  { clear = false }: { clear?: boolean } = {},
): Promise<void> {
  await app.evaluate(
    async ({ store, records, clear }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('casefile')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite')
        if (clear) tx.objectStore(store).clear()
        for (const record of records) tx.objectStore(store).put(record)
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    { store, records: [...records], clear },
  )
}
