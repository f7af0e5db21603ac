/** Renaming the five highlight colours ("key", "evidence", …) to the analyst's own words. */
import {
  HIGHLIGHT_COLOR_IDS,
  MAX_COLOR_NAME_LENGTH,
  type HighlightColorId,
} from '@shared/highlights/colors'
import { db } from '../../db'
import { renameColor } from '../../db/settings'
import { recordUndo } from '../../db/undo-history'
import { announceError } from '../../ui/status'

export function ColorNamesEditor({ names }: { names: Record<HighlightColorId, string> }) {
  const rename = async (color: HighlightColorId, name: string) => {
    try {
      recordUndo(await renameColor(db, color, name))
    } catch (error) {
      announceError(error, 'The colour name could not be saved.')
    }
  }
  return (
    <details className="color-names">
      <summary>Colour names</summary>
      {HIGHLIGHT_COLOR_IDS.map((color) => (
        <label key={`${color}:${names[color]}`} className="color-name">
          <span className={`hl-dot swatch-${color}`} aria-hidden="true" />
          <span className="visually-hidden">
            Name of colour {HIGHLIGHT_COLOR_IDS.indexOf(color) + 1}
          </span>
          <input
            type="text"
            defaultValue={names[color]}
            maxLength={MAX_COLOR_NAME_LENGTH}
            onBlur={(event) => void rename(color, event.target.value)}
            onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
          />
        </label>
      ))}
    </details>
  )
}
