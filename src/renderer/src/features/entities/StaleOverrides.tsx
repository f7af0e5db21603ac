/**
 * Stored merges and splits that match nothing in the sources now (their names are gone):
 * kept, since they apply again if the names come back, and listed so the analyst can remove
 * them.
 */
import type { EntityIndex, IndexedEntity } from '@shared/entities/entity-index'
import { rejoinSpelling, unmerge } from './actions'
import { describeKey } from './lib/entity-list'

export function StaleOverrides({
  stale,
  entities,
}: {
  stale: EntityIndex['stale']
  entities: readonly IndexedEntity[]
}) {
  const count = stale.merges.length + stale.splits.length
  if (count === 0) return null
  return (
    <section className="en-stale" aria-labelledby="en-stale-heading">
      <h3 id="en-stale-heading">Merges and splits that match nothing now ({count})</h3>
      <p className="en-note">
        The names they refer to are no longer found in any source. They are kept, and apply again if
        those names come back.
      </p>
      <ul>
        {stale.merges.map(({ merge, missing }) => {
          const described = merge.keys.map((k) => `“${describeKey(k, entities)}”`).join(' and ')
          return (
            <li key={`m:${merge.keys.join('\n')}`}>
              Merge of {described} ({missing.length} not found){' '}
              <button
                type="button"
                className="button-quiet"
                onClick={() => void unmerge(merge, described)}
              >
                Remove
              </button>
            </li>
          )
        })}
        {stale.splits.map((split) => {
          const surface = split.variant.slice(split.variant.indexOf('|') + 1)
          return (
            <li key={`s:${split.variant}`}>
              Split of “{surface}”{' '}
              <button
                type="button"
                className="button-quiet"
                onClick={() => void rejoinSpelling(split.variant, surface)}
              >
                Remove
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
