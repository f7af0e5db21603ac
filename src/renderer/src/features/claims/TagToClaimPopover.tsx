/**
 * "Tag to claim": the stance first (supports, contradicts, context; none chosen for the
 * analyst, so the judgement is always theirs), then a type-ahead over the claims with
 * "create new claim" first. Choosing a claim only selects it: nothing is written until the
 * confirm button, which names the stance ("Tag as contradicts"), or Enter. Keyboard
 * throughout: type, arrows to choose, Alt+1/2/3 for the stance, Enter to tag, Escape to
 * close. A double click on a claim confirms it once a stance is chosen.
 */
import { shortQuote, tagConfirmLabel } from '@shared/claims/tag-options'
import { STANCES } from '@shared/claims/types'
import { useId, useRef, type RefObject } from 'react'
import type { ClaimChoice } from '../../db/claims'
import type { Stance } from '../../db/records'
import { Popover, PopoverActions, type PopoverAnchor } from '../../ui/Popover'
import { ClaimOptionList } from './ClaimOptionList'
import { StanceChoice } from './StanceChoice'
import { useTagToClaim } from './useTagToClaim'

interface TagToClaimPopoverProps {
  anchor: PopoverAnchor
  /** Every line of the passage, kept clear of (see `Popover`). */
  keepClear?: () => PopoverAnchor | null
  /** The passage being tagged, shown so the analyst knows what they are linking. */
  quote: string
  onTag: (claim: ClaimChoice, stance: Stance) => Promise<boolean>
  onClose: () => void
  /** Takes the focus when the popover closes (see `Popover`). */
  returnFocus?: RefObject<HTMLElement | null>
}

export function TagToClaimPopover(props: TagToClaimPopoverProps) {
  const { anchor, quote, onTag, onClose, returnFocus } = props
  const tag = useTagToClaim(onTag, onClose)
  const { options, current, loaded } = tag
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = useId()
  const optionId = (index: number) => `${listId}-${index}`
  return (
    <Popover
      label="Tag to claim"
      className="tag-claim"
      anchor={anchor}
      keepClear={props.keepClear}
      sizeGuess={{ width: 420, height: 460 }}
      // Typing waits for the claims: an Enter typed before they arrive would otherwise
      // create a duplicate of a claim that was about to be offered.
      initialFocus={loaded ? inputRef : undefined}
      returnFocus={returnFocus}
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.altKey && ['1', '2', '3'].includes(event.key)) {
          event.preventDefault()
          tag.chooseStance(STANCES[Number(event.key) - 1]!)
        }
      }}
    >
      <blockquote className="editor-quote" dir="auto">
        {shortQuote(quote)}
      </blockquote>
      <StanceChoice
        name={`${listId}-stance`}
        stance={tag.stance}
        asked={tag.askStance}
        onChoose={tag.chooseStance}
      />
      <label className="field">
        <span className="field-label">Claim</span>
        <input
          ref={inputRef}
          type="text"
          dir="auto"
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(options.indexOf(current)) : undefined}
          value={tag.typed}
          readOnly={!loaded}
          placeholder={loaded ? 'Find a claim or write a new one…' : 'Loading claims…'}
          onChange={(event) => tag.type(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') tag.move(1)
            else if (event.key === 'ArrowUp') tag.move(-1)
            else if (event.key === 'Enter') void tag.submit(current)
            else return
            event.preventDefault()
          }}
        />
      </label>
      <ClaimOptionList
        id={listId}
        options={options}
        current={current}
        optionId={optionId}
        anyClaims={tag.anyClaims}
        onChoose={tag.choose}
        onConfirm={(option) => void tag.submit(option)}
      />
      {tag.askStance && (
        <p className="stance-ask" role="alert">
          Choose whether this passage supports, contradicts or gives context to the claim (Alt+1,
          Alt+2, Alt+3); nothing is tagged until you do.
        </p>
      )}
      <PopoverActions
        confirmLabel={tagConfirmLabel(tag.stance, current?.kind === 'create')}
        disabled={!current || tag.busy}
        onConfirm={() => void tag.submit(current)}
        onCancel={onClose}
      />
    </Popover>
  )
}
