/**
 * "Tag to claim": the stance first (supports, contradicts, context; none chosen for the
 * analyst, so the judgement is always theirs), then a type-ahead over the claims with
 * "create new claim" first. Choosing a claim only selects it: nothing is written until the
 * confirm button, which names the stance ("Tag as contradicts"), or Enter. Keyboard
 * throughout: type, arrows to choose, Alt+1/2/3 for the stance, Enter to tag, Escape to
 * close. A double click on a claim confirms it once a stance is chosen.
 */
import { suggestClaims } from '@shared/claims/claim-search'
import { STANCES, stanceLabel } from '@shared/claims/types'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useDismissOnOutsidePointer } from '../../ui/useDismissOnOutsidePointer'
import { useNaturalSize } from '../../ui/useNaturalSize'
import { db } from '../../db'
import { allClaims, type ClaimChoice } from '../../db/claims'
import type { Stance } from '../../db/records'
import { popoverPosition } from '../../ui/popover-position'

interface TagToClaimPopoverProps {
  anchor: DOMRect
  /** The passage being tagged, shown so the analyst knows what they are linking. */
  quote: string
  onTag: (claim: ClaimChoice, stance: Stance) => Promise<boolean>
  onClose: () => void
}

type Option =
  { kind: 'create'; statement: string } | { kind: 'claim'; id: string; statement: string }

export function TagToClaimPopover({ anchor, quote, onTag, onClose }: TagToClaimPopoverProps) {
  const claims = useLiveQuery(() => allClaims(db), [])
  const [typed, setTyped] = useState('')
  const [active, setActive] = useState<number | null>(null)
  const [stance, setStance] = useState<Stance | null>(null)
  // Set when the analyst confirms before choosing a stance: the popover then asks for one.
  const [askStance, setAskStance] = useState(false)
  const [busy, setBusy] = useState(false)
  const panelRef = useRef<HTMLDivElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = useId()

  const options: Option[] = useMemo(() => {
    const { create, matches } = suggestClaims(typed, claims ?? [])
    return [
      ...(create ? [{ kind: 'create' as const, statement: create }] : []),
      ...matches.map((m) => ({ kind: 'claim' as const, id: m.id, statement: m.statement })),
    ]
  }, [typed, claims])
  // "New claim" is listed first, but while the text matches existing claims Enter picks
  // the best match: an analyst typing part of a claim means that claim, not a duplicate.
  const firstMatch = options[0]?.kind === 'create' && options.length > 1 ? 1 : 0
  const current = options[Math.min(active ?? firstMatch, options.length - 1)]

  // Focus (and so typing) waits for the claims: an Enter typed before they arrive would
  // otherwise create a duplicate of a claim that was about to be offered.
  const loaded = claims !== undefined
  useEffect(() => {
    if (loaded) inputRef.current?.focus()
  }, [loaded])

  useDismissOnOutsidePointer(panelRef, onClose)

  const submit = async (option: Option | undefined) => {
    if (!option || busy || !loaded) return
    if (!stance) {
      setAskStance(true)
      return
    }
    setBusy(true)
    const choice: ClaimChoice =
      option.kind === 'create' ? { statement: option.statement } : { claimId: option.id }
    const done = await onTag(choice, stance)
    setBusy(false)
    if (done) onClose()
  }

  const chooseStance = (next: Stance) => {
    setStance(next)
    setAskStance(false)
  }

  const optionId = (index: number) => `${listId}-${index}`
  const size = useNaturalSize(panelRef, { width: 420, height: 460 })
  const position = popoverPosition(anchor, size)
  const creating = current?.kind === 'create'
  const confirmLabel = stance
    ? `${creating ? 'Create claim and tag' : 'Tag'} as ${stanceLabel(stance).toLowerCase()}`
    : creating
      ? 'Create claim and tag'
      : 'Tag to claim'
  return (
    <div
      ref={panelRef}
      className="tag-claim"
      role="dialog"
      aria-label="Tag to claim"
      style={position}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        } else if (event.altKey && ['1', '2', '3'].includes(event.key)) {
          event.preventDefault()
          chooseStance(STANCES[Number(event.key) - 1]!)
        }
      }}
    >
      <blockquote className="editor-quote" dir="auto">
        {quote.length > 220 ? `${quote.slice(0, 219)}…` : quote}
      </blockquote>
      <StanceChoice
        name={`${listId}-stance`}
        stance={stance}
        asked={askStance}
        onChoose={chooseStance}
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
          value={typed}
          readOnly={!loaded}
          placeholder={loaded ? 'Find a claim or write a new one…' : 'Loading claims…'}
          onChange={(event) => {
            setTyped(event.target.value)
            setActive(null)
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault()
              setActive((i) => Math.min((i ?? firstMatch) + 1, options.length - 1))
            } else if (event.key === 'ArrowUp') {
              event.preventDefault()
              setActive((i) => Math.max((i ?? firstMatch) - 1, 0))
            } else if (event.key === 'Enter') {
              event.preventDefault()
              void submit(current)
            }
          }}
        />
      </label>
      <ul id={listId} role="listbox" aria-label="Claims" className="tag-claim-options">
        {options.length === 0 && (
          <li className="tag-claim-empty" role="presentation">
            {claims?.length
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
            onClick={() => setActive(index)}
            onDoubleClick={() => void submit(option)}
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
      {askStance && (
        <p className="stance-ask" role="alert">
          Choose whether this passage supports, contradicts or gives context to the claim (Alt+1,
          Alt+2, Alt+3); nothing is tagged until you do.
        </p>
      )}
      <div className="editor-actions">
        <button type="button" className="button-quiet" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button"
          disabled={!current || busy}
          onClick={() => void submit(current)}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  )
}

interface StanceChoiceProps {
  /** The radio group's name, unique on the page. */
  name: string
  stance: Stance | null
  /** The analyst tried to tag without a stance: the choices are marked. */
  asked: boolean
  onChoose: (stance: Stance) => void
}

/** Supports / contradicts / context as one radio group, none checked until chosen. */
function StanceChoice({ name, stance, asked, onChoose }: StanceChoiceProps) {
  return (
    <div
      className={asked ? 'stance-choice stance-asked' : 'stance-choice'}
      role="radiogroup"
      aria-labelledby={`${name}-label`}
      aria-required="true"
    >
      <div className="stance-head">
        <span className="field-label" id={`${name}-label`}>
          This passage
        </span>
        <span className="stance-keys" aria-hidden="true">
          Alt+1, Alt+2, Alt+3
        </span>
      </div>
      <div className="stance-options">
        {STANCES.map((s, index) => (
          <label
            key={s}
            className={`stance-option stance-${s}`}
            title={`Alt+${index + 1}`}
            // Focus stays in the claim field, so the analyst can click a stance and type on.
            onMouseDown={(event) => event.preventDefault()}
          >
            <input
              type="radio"
              name={name}
              value={s}
              checked={stance === s}
              onChange={() => onChoose(s)}
              aria-keyshortcuts={`Alt+${index + 1}`}
            />
            {stanceLabel(s)}
          </label>
        ))}
      </div>
    </div>
  )
}
