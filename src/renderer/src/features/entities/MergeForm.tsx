/**
 * Merging another entity into this one: the analyst chooses it from a list of candidates with
 * their counts, sees what will happen, and confirms; nothing is written before the confirm.
 * Merges stored for this entity are listed with a way to undo each.
 */
import type { IndexedEntity } from '@shared/entities/entity-index'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { mergeEntities, unmerge } from './actions'
import { describeKey, KIND_NAMES, mergeCandidates, mergesOf } from './lib/entity-list'
import type { EntityOverrides } from '@shared/entities/entity-index'

/** Candidates listed at most (the most mentioned; the list filter finds any other). */
const CANDIDATES = 400

export interface MergeFormProps {
  entity: IndexedEntity
  entities: readonly IndexedEntity[]
  overrides: EntityOverrides
}

function describe(entity: IndexedEntity): string {
  const sources = entity.documents.length
  return `${entity.name} (${KIND_NAMES[entity.kind]}, ${entity.count} ${entity.count === 1 ? 'mention' : 'mentions'} in ${sources} ${sources === 1 ? 'source' : 'sources'})`
}

/** Mounted per entity (the detail is keyed by its id), so a choice never carries over. */
export function MergeForm({ entity, entities, overrides }: MergeFormProps) {
  const [chosen, setChosen] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const selectId = useId()
  const confirmRef = useRef<HTMLButtonElement>(null)
  const selectRef = useRef<HTMLSelectElement>(null)
  const candidates = useMemo(
    () => mergeCandidates(entities, entity).slice(0, CANDIDATES),
    [entities, entity],
  )
  const other = candidates.find((e) => e.id === chosen)
  const merges = mergesOf(overrides, entity)

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  const cancel = () => {
    setConfirming(false)
    selectRef.current?.focus()
  }

  return (
    <section className="en-section" aria-labelledby="en-merge">
      <h3 id="en-merge">Merge</h3>
      {merges.length > 0 && (
        <ul className="en-merges" aria-label="Merged here">
          {merges.map((merge) => {
            const described = merge.keys.map((k) => `“${describeKey(k, entities)}”`).join(' and ')
            return (
              <li key={merge.keys.join('\n')}>
                You merged {described}.{' '}
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => void unmerge(merge, described)}
                >
                  Unmerge
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <form
        className="en-merge-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!other) return setProblem('Choose the entity to merge into this one first.')
          setProblem(null)
          setConfirming(true)
        }}
      >
        <label htmlFor={selectId}>Merge with…</label>
        <select
          id={selectId}
          ref={selectRef}
          value={chosen}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${selectId}-problem` : undefined}
          onChange={(event) => {
            setChosen(event.target.value)
            setConfirming(false)
            setProblem(null)
          }}
        >
          <option value="">Choose an entity</option>
          {candidates.map((e) => (
            <option key={e.id} value={e.id}>
              {describe(e)}
            </option>
          ))}
        </select>
        <button type="submit" className="button-quiet">
          Merge…
        </button>
        {problem && (
          <p id={`${selectId}-problem`} className="en-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      {confirming && other && (
        <div
          className="en-confirm"
          role="group"
          aria-label="Confirm the merge"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault()
              cancel()
            }
          }}
        >
          <p>
            Merge <strong>{other.name}</strong> into <strong>{entity.name}</strong>? Its{' '}
            {other.variants.length === 1 ? 'spelling' : `${other.variants.length} spellings`} and{' '}
            {other.count} {other.count === 1 ? 'mention' : 'mentions'} will be listed under “
            {entity.name}”.
          </p>
          <button
            ref={confirmRef}
            type="button"
            className="button"
            onClick={() => {
              void mergeEntities(entity, other).then((ok) => {
                if (!ok) return
                setConfirming(false)
                setChosen('')
              })
            }}
          >
            Merge into “{entity.name}”
          </button>
          <button type="button" className="button-quiet" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
    </section>
  )
}
