/**
 * The evidence matrix (Heuer's Analysis of Competing Hypotheses): the analyst chooses
 * claims, and sees every passage tagged to them with its stance on each, the passages
 * that tell the claims apart first. Cells can be changed in place; the choice lives in
 * the URL (#/matrix/<id>,<id>), so a reload keeps it.
 */
import { useEffect } from 'react'
import { navigate } from '../../../nav/useHashRoute'
import { ClaimChooser } from './ClaimChooser'
import { EvidenceGrid } from './EvidenceGrid'
import { ChoiceNotice, NoClaimsNotice } from './MatrixNotices'
import { useMatrixData } from './useMatrixData'

const HELP_ID = 'mx-grid-help'

function choose(claimIds: string[]): void {
  navigate({ view: 'matrix', claimIds })
}

export function MatrixView(props: { claimIds: string[]; onReady: () => void }) {
  const { claimIds, onReady } = props
  const { claims, chosen, missing, rows, loaded, settled } = useMatrixData(claimIds)
  useEffect(() => {
    if (settled) onReady()
  }, [settled, onReady])

  return (
    <main id="matrix" className="matrix" aria-labelledby="matrix-heading" tabIndex={-1}>
      <div className="mx-head">
        <h1 id="matrix-heading">Evidence matrix</h1>
        {loaded && chosen.length > 0 && (
          <span className="mx-count">
            {rows.length} {rows.length === 1 ? 'passage' : 'passages'} × {chosen.length}{' '}
            {chosen.length === 1 ? 'claim' : 'claims'}
          </span>
        )}
      </div>
      {loaded && claims.length === 0 && <NoClaimsNotice />}
      {loaded && claims.length > 0 && (
        <div className="mx-body">
          <ClaimChooser
            claims={claims}
            chosenIds={chosen.map((claim) => claim.id)}
            onChange={choose}
          />
          <section className="mx-grid-area">
            <ChoiceNotice chosen={chosen.length} missing={missing} rows={rows.length} />
            {rows.length > 0 && (
              <>
                <p id={HELP_ID} className="mx-help">
                  Click a cell to cycle its stance: + supports, − contradicts, ○ context, none.
                  Arrow keys move between cells; Delete unlinks.
                  {chosen.length > 1 && ' The most diagnostic evidence comes first.'}
                </p>
                <div className="mx-scroll">
                  <EvidenceGrid claims={chosen} rows={rows} helpId={HELP_ID} />
                </div>
              </>
            )}
          </section>
        </div>
      )}
    </main>
  )
}
