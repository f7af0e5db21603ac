/** An entity's spellings with their counts, each of which can be split out on its own. */
import type { IndexedEntity } from '@shared/entities/entity-index'
import { rejoinSpelling, splitSpelling } from './actions'

export function SpellingList({ entity }: { entity: IndexedEntity }) {
  const splitFrom = entity.id.startsWith('split:') ? entity.variants[0] : undefined
  return (
    <section className="en-section" aria-labelledby="en-spellings">
      <h3 id="en-spellings">Spellings</h3>
      <ul className="en-spellings">
        {entity.variants.map((variant) => (
          <li key={variant.id}>
            <span className="en-spelling">{variant.surface}</span>
            <span className="en-spelling-count">
              {variant.count} {variant.count === 1 ? 'mention' : 'mentions'}
            </span>
            {entity.variants.length > 1 && (
              <button
                type="button"
                className="button-quiet"
                aria-label={`Split “${variant.surface}” out as an entity of its own`}
                onClick={() => void splitSpelling(entity, variant)}
              >
                Split out
              </button>
            )}
          </li>
        ))}
      </ul>
      {splitFrom && entity.variants.length === 1 && (
        <p className="en-note">
          You split this spelling out.{' '}
          <button
            type="button"
            className="button-quiet"
            onClick={() => void rejoinSpelling(splitFrom.id, splitFrom.surface)}
          >
            Group it again
          </button>
        </p>
      )}
    </section>
  )
}
