/** A key combination shown as keys ("Ctrl + Shift + P"), and several as alternatives. */
import { comboLabels } from '@shared/commands/key-combo'
import { Fragment } from 'react'
import { PLATFORM } from './palette-keys'

/** One combination: a <kbd> of <kbd>s, as HTML marks up a key combination. */
export function KeyCombo({ combo }: { combo: string }) {
  const labels = comboLabels(combo, PLATFORM)
  return (
    <kbd className="key-combo">
      {labels.map((label, index) => (
        <Fragment key={index}>
          {index > 0 && <span className="key-plus">+</span>}
          <kbd>{label}</kbd>
        </Fragment>
      ))}
    </kbd>
  )
}

/** Alternatives ("Ctrl+Shift+P or Ctrl+P"). */
export function KeyCombos({ keys }: { keys: readonly string[] }) {
  return (
    <span className="key-combos">
      {keys.map((combo, index) => (
        <Fragment key={combo}>
          {index > 0 && <span className="key-or">or</span>}
          <KeyCombo combo={combo} />
        </Fragment>
      ))}
    </span>
  )
}
