/** The stance a tagged passage takes towards its claim, asked first and never preset. */
import { STANCES, stanceLabel } from '@shared/claims/types'
import type { Stance } from '../../db/records'

interface StanceChoiceProps {
  /** The radio group's name, unique on the page. */
  name: string
  stance: Stance | null
  /** The analyst tried to tag without a stance: the choices are marked. */
  asked: boolean
  onChoose: (stance: Stance) => void
}

/** Supports / contradicts / context as one radio group, none checked until chosen. */
export function StanceChoice({ name, stance, asked, onChoose }: StanceChoiceProps) {
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
