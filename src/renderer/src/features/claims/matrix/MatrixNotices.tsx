/** What the matrix says when it has nothing, or not enough, to compare. */
import { routeHash } from '../../../nav/routes'

/** No claims exist at all: the matrix has nothing to offer yet. */
export function NoClaimsNotice() {
  return (
    <div className="mx-empty">
      <p>No claims yet. The matrix sets claims side by side against the evidence tagged to them.</p>
      <p>
        <a href={routeHash({ view: 'claims' })}>Create claims on the Claims page</a>, or tag a
        passage to a new claim in the reader.
      </p>
    </div>
  )
}

interface ChoiceNoticeProps {
  chosen: number
  /** Claims in the link that no longer exist. */
  missing: number
  rows: number
}

/** Too few claims chosen, chosen claims gone, or no evidence for the chosen ones. */
export function ChoiceNotice({ chosen, missing, rows }: ChoiceNoticeProps) {
  return (
    <>
      {missing > 0 && (
        <p className="mx-notice">
          {missing === 1
            ? 'One claim in this link no longer exists'
            : `${missing} claims in this link no longer exist`}{' '}
          (deleted?); Ctrl+Z brings back a claim just deleted.
        </p>
      )}
      {chosen === 0 && (
        <p className="mx-notice">
          Choose two or more claims to compare: the matrix shows which evidence tells them apart.
        </p>
      )}
      {chosen === 1 && (
        <p className="mx-notice">
          The matrix compares claims: choose at least one more to see which evidence tells them
          apart. Meanwhile, here is the evidence for this one.
        </p>
      )}
      {chosen > 0 && rows === 0 && (
        <p className="mx-notice">
          No evidence is linked to {chosen === 1 ? 'this claim' : 'these claims'} yet. Select a
          passage in the reader and tag it to a claim.
        </p>
      )}
    </>
  )
}
