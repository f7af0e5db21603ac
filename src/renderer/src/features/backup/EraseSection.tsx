/**
 * Erase everything, after asking; a copy of the work is kept first (see eraseEverything),
 * and if it cannot be, nothing is erased and the reason is shown here.
 */
import type { CasefileApi } from '@shared/api'
import { useState } from 'react'
import { eraseEverything } from './backup-actions'

interface Props {
  host: CasefileApi
  busy: boolean
  busyWhile: (work: () => Promise<void>) => Promise<void>
  onErased: (said: string) => void
  onAttempted: () => void
}

export function EraseSection({ host, busy, busyWhile, onErased, onAttempted }: Props) {
  const [confirming, setConfirming] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <section aria-labelledby="backup-erase">
      <h3 id="backup-erase">Erase everything</h3>
      {!confirming ? (
        <button
          type="button"
          className="button-quiet button-danger"
          onClick={() => setConfirming(true)}
        >
          Erase everything…
        </button>
      ) : (
        <div className="notice-error" role="alert">
          <p>
            Erase every highlight, note, claim, timeline and brief from this computer? A copy is
            kept first under Automatic backups (“Before erase”), so a restore can bring them back.
          </p>
          {problem && <p className="backup-erase-problem">{problem}</p>}
          <div className="dialog-actions">
            <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
              Keep my work
            </button>
            <button
              type="button"
              className="button button-danger-solid"
              disabled={busy}
              onClick={() =>
                void busyWhile(async () => {
                  const { erased, said } = await eraseEverything(host)
                  onAttempted()
                  if (!erased) return setProblem(said)
                  setConfirming(false)
                  onErased(said)
                })
              }
            >
              Erase everything
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
