/**
 * Why a claim's passages count as fewer independent sources ("2 passages, 1 independent:
 * Tahir ¶9 repeats Yousaf ¶15"), and for each pair merged as reuse, or marked by the
 * analyst, the verdicts they can give: not the same source, the same source, or clear (the
 * detector decides again). Each is a plain button naming both passages; each change is one
 * undoable step, said in the status line.
 */
import type { PairVerdict } from '@shared/reuse/pair-overrides'
import type { ClaimIndependence as Independence } from './useClaimFindings'

const CHOICES: { verdict: PairVerdict | null; text: string; words: string }[] = [
  { verdict: 'not-reuse', text: 'Not the same source', words: 'not the same source' },
  { verdict: 'reuse', text: 'Same source', words: 'the same source' },
  { verdict: null, text: 'Clear', words: 'clear the verdict' },
]

export function ClaimIndependence({ independence }: { independence: Independence }) {
  const { sentence, pairs, label, setVerdict } = independence
  if (sentence === null && pairs.length === 0) return null
  return (
    <div className="claim-independence" data-testid="claim-independence">
      {sentence !== null && <p className="claim-independence-reason">{sentence}</p>}
      {pairs.length > 0 && (
        <ul className="claim-reuse-pairs" aria-label="Passages counted as one source">
          {pairs.map((pair) => {
            const names = `${label(pair.a)} and ${label(pair.b)}`
            const ids = [pair.a.highlightId, pair.b.highlightId] as const
            return (
              <li key={`${ids[0]}\u0000${ids[1]}`}>
                <span className="claim-reuse-pair-names">{names}</span>
                <span className="claim-reuse-pair-verdict">
                  {pair.verdict === 'reuse'
                    ? ' (marked the same source)'
                    : pair.verdict === 'not-reuse'
                      ? ' (marked not the same source)'
                      : ''}
                </span>
                <span className="claim-reuse-pair-actions">
                  {CHOICES.map(({ verdict, text, words }) => (
                    <button
                      key={text}
                      type="button"
                      className="button-quiet"
                      aria-label={`${names}: ${words}`}
                      aria-pressed={verdict === null ? undefined : pair.verdict === verdict}
                      disabled={pair.verdict === verdict}
                      onClick={() => void setVerdict(ids, verdict)}
                    >
                      {text}
                    </button>
                  ))}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
