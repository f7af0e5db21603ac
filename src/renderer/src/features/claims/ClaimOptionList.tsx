/**
 * The claims "Tag to claim" offers, as the listbox its claim field controls; a click
 * chooses, a double click confirms. The field keeps the focus throughout.
 */
import type { TagOption } from '@shared/claims/tag-options'

interface ClaimOptionListProps {
  id: string
  options: TagOption[]
  current: TagOption | undefined
  /** The id of the option at `index`, for the field's `aria-activedescendant`. */
  optionId: (index: number) => string
  /** Whether any claim exists, so the empty list can say whether typing finds or creates. */
  anyClaims: boolean
  onChoose: (index: number) => void
  onConfirm: (option: TagOption) => void
}

export function ClaimOptionList(props: ClaimOptionListProps) {
  const { id, options, current, optionId, anyClaims, onChoose, onConfirm } = props
  return (
    <ul id={id} role="listbox" aria-label="Claims" className="tag-claim-options">
      {options.length === 0 && (
        <li className="tag-claim-empty" role="presentation">
          {anyClaims
            ? 'No claim matches. Keep typing to write a new one.'
            : 'Type a claim to create it.'}
        </li>
      )}
      {options.map((option, index) => (
        <li
          key={option.kind === 'create' ? 'create' : option.id}
          id={optionId(index)}
          role="option"
          aria-selected={option === current}
          className={option === current ? 'tag-claim-option active' : 'tag-claim-option'}
          onPointerDown={(event) => event.preventDefault()}
          onClick={() => onChoose(index)}
          onDoubleClick={() => onConfirm(option)}
        >
          {option.kind === 'create' ? (
            <>
              <span className="tag-claim-new">New claim:</span>{' '}
              <span dir="auto">“{option.statement}”</span>
            </>
          ) : (
            <span dir="auto">{option.statement}</span>
          )}
        </li>
      ))}
    </ul>
  )
}
