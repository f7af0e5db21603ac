/**
 * Text being typed, kept synchronously in localStorage on every change until the database
 * holds it. A debounced IndexedDB write may never run, and one started while the page is
 * closing may never commit (the browser need not wait for it); a localStorage write is done
 * when setItem returns, so what was typed survives a closed tab, window or crashed renderer.
 * A draft's key names what it belongs to (`note:claim:<id>`), so it can be saved at the next
 * start even before that field is shown again.
 */

const PREFIX = 'casefile:draft:'

/** A kept draft: its key (without the storage prefix) and its text. */
export interface KeptDraft {
  key: string
  text: string
  at: number
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    // A browser that refuses storage to this page throws on the property itself.
    return null
  }
}

/** Keeps `text` as the draft of `key`. Never throws: a refused write keeps nothing. */
export function keepDraft(key: string, text: string, now = Date.now()): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ text, at: now }))
  } catch {
    // Storage full or refused: the debounced save still runs.
  }
}

/** The draft kept for `key`, or null. */
export function keptDraft(key: string): string | null {
  const raw = storage()?.getItem(PREFIX + key)
  if (raw == null) return null
  try {
    const { text } = JSON.parse(raw) as { text?: unknown }
    return typeof text === 'string' ? text : null
  } catch {
    return null
  }
}

/** Forgets the draft of `key` (the database holds it now). */
export function dropDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key)
  } catch {
    // Nothing to do: a draft equal to the saved text is dropped again next time.
  }
}

/** Every kept draft, oldest first. */
export function keptDrafts(): KeptDraft[] {
  const store = storage()
  if (!store) return []
  const drafts: KeptDraft[] = []
  for (let index = 0; index < store.length; index += 1) {
    const name = store.key(index)
    if (!name?.startsWith(PREFIX)) continue
    try {
      const { text, at } = JSON.parse(store.getItem(name) ?? '') as { text?: unknown; at?: unknown }
      if (typeof text !== 'string') continue
      drafts.push({ key: name.slice(PREFIX.length), text, at: typeof at === 'number' ? at : 0 })
    } catch {
      continue
    }
  }
  return drafts.sort((a, b) => a.at - b.at)
}
