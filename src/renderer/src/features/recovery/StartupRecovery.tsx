/**
 * Work done once the database is open: saves what was typed before the page last closed
 * (see ui/drafts), then, once the workbench is shown and the page idle, runs the integrity
 * check and, if it finds damage, offers a repair in a small notice the analyst can dismiss.
 * The check reads every highlight, link and event: run at once, it held the reader's first
 * reads of the database back by about a second over 50,000 highlights.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import { useEffect, useRef, useState } from 'react'
import { db } from '../../db'
import { checkIntegrity, repairIntegrity } from '../../db/integrity-repair'
import { recordUndo } from '../../db/undo-history'
import { whenIdle } from '../../ui/LazyView'
import { announce, announceError } from '../../ui/status'
import { saveKeptDrafts } from './save-kept-drafts'

export interface StartupRecoveryProps {
  /** True once the database is open. */
  open: boolean
  /** The library, or null while it loads or if it failed (highlights are then not judged). */
  documents: readonly DocumentSummary[] | null
  /** Runs its argument once the workbench has said it is ready; returns a canceller. */
  whenReady: (run: () => void) => () => void
}

function knownIds(documents: readonly DocumentSummary[] | null): Set<string> | undefined {
  return documents ? new Set(documents.map((document) => document.meta.id)) : undefined
}

export function StartupRecovery({ open, documents, whenReady }: StartupRecoveryProps) {
  const [damage, setDamage] = useState<string[]>([])
  const started = useRef(false)
  const [busy, setBusy] = useState(false)
  const ready = open && documents !== null

  useEffect(() => {
    if (!ready || started.current) return
    started.current = true
    void (async () => {
      const saved = await saveKeptDrafts(db).catch(() => 0)
      if (saved > 0) {
        announce(
          saved === 1
            ? 'Saved a note you were typing when Casefile last closed.'
            : `Saved ${saved} notes you were typing when Casefile last closed.`,
        )
      }
    })()
  }, [ready])

  // Checked once, against the library as it was when the check began.
  const checked = useRef(false)
  useEffect(() => {
    if (!ready || checked.current) return
    let cancelIdle = () => {}
    const stopWaiting = whenReady(() => {
      cancelIdle = whenIdle(() => {
        checked.current = true
        void checkIntegrity(db, { knownDocIds: knownIds(documents) })
          .catch(() => [])
          .then(setDamage)
      })
    })
    return () => {
      stopWaiting()
      cancelIdle()
    }
  }, [ready, documents, whenReady])

  if (damage.length === 0) return null
  const repair = async () => {
    setBusy(true)
    try {
      const outcome = await repairIntegrity(db, { knownDocIds: knownIds(documents) })
      recordUndo(outcome.changeSet)
      setDamage([])
      if (outcome.keptAs) {
        announce(
          `Repaired. Every row the repair removed or changed is kept as it was in the workspace (setting “${outcome.keptAs}”, carried by backups), and Undo puts it all back.`,
        )
      }
    } catch (error) {
      announceError(error, 'The repair could not be saved; nothing was changed.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="banner" role="status" aria-labelledby="integrity-heading">
      <h2 id="integrity-heading">Some saved work does not fit together</h2>
      <ul data-testid="integrity-damage">
        {damage.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p>
        Repair mends the links, moves events of a missing timeline to “Recovered events” and keeps a
        copy of everything it removes or changes. It can be undone.
      </p>
      <button type="button" disabled={busy} onClick={() => void repair()}>
        Repair
      </button>{' '}
      <button type="button" className="button-quiet" onClick={() => setDamage([])}>
        Dismiss
      </button>
    </section>
  )
}
