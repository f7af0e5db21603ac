/**
 * At start-up, saves the text typed before the page last closed (see ui/drafts) into the
 * database, whether or not its field is ever shown again. A draft is dropped only once the
 * database holds it, or when what it belongs to no longer exists.
 */
import type { BriefSpec } from '@shared/brief/brief-spec'
import { updateBrief } from '../../db/briefs'
import { updateClaim } from '../../db/claims'
import type { CasefileDatabase } from '../../db/database'
import { updateHighlight } from '../../db/highlights'
import { updateEvent } from '../../db/timelines'
import { dropDraft, keptDrafts } from '../../ui/drafts'

type DraftWriter = (db: CasefileDatabase, id: string, text: string) => Promise<boolean>

/** Writes the text; resolves false when there is nothing to write it to (or nothing to write). */
const WRITERS: Readonly<Record<string, DraftWriter>> = {
  'note:highlight': async (db, id, note) =>
    (await db.highlights.get(id)) !== undefined &&
    (await updateHighlight(db, id, { note }, 'edit note'), true),
  'note:claim': async (db, id, note) =>
    (await db.claims.get(id)) !== undefined && (await updateClaim(db, id, { note }), true),
  'note:event': async (db, id, note) =>
    (await db.events.get(id)) !== undefined && (await updateEvent(db, id, { note }), true),
  'brief:title': (db, id, text) => writeBrief(db, id, { title: text }),
  'brief:author': (db, id, text) => writeBrief(db, id, { author: text }),
  'brief:summary': (db, id, text) => writeBrief(db, id, { summary: text }),
}

async function writeBrief(db: CasefileDatabase, id: string, patch: Partial<BriefSpec>) {
  if (!(await db.briefs.get(id))) return false
  // A brief always has a name: an emptied title stays as it was.
  if (patch.title !== undefined && !patch.title.trim()) return false
  await updateBrief(db, id, patch)
  return true
}

/**
 * Saves every kept draft; resolves to how many were saved. A draft whose write fails (a
 * full disk) is kept for the next start; one of an unknown kind is left alone.
 */
export async function saveKeptDrafts(db: CasefileDatabase): Promise<number> {
  let saved = 0
  for (const { key, text } of keptDrafts()) {
    const [kind, field, ...rest] = key.split(':')
    const writer = WRITERS[`${kind}:${field}`]
    if (!writer || rest.length === 0) continue
    try {
      if (await writer(db, rest.join(':'), text)) saved += 1
      dropDraft(key)
    } catch {
      // Kept: tried again at the next start, and shown in its field meanwhile.
    }
  }
  return saved
}
