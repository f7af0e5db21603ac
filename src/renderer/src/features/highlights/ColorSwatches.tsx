/** Five colour buttons; each says its name and shortcut. */
import { HIGHLIGHT_COLOR_IDS, type HighlightColorId } from '@shared/highlights/colors'
import { keyForColor } from './color-shortcuts'

interface ColorSwatchesProps {
  names: Record<HighlightColorId, string>
  /** The highlight's current colour, shown pressed; null when creating. */
  current: HighlightColorId | null
  onPick: (color: HighlightColorId) => void
  verb: string
}

export function ColorSwatches({ names, current, onPick, verb }: ColorSwatchesProps) {
  return (
    <div className="swatches" role="group" aria-label="Colours">
      {HIGHLIGHT_COLOR_IDS.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          aria-pressed={current === null ? undefined : current === color}
          aria-label={`${verb} ${names[color]}`}
          title={`${verb} ${names[color]} (${keyForColor(color)})`}
          aria-keyshortcuts={keyForColor(color)}
          onClick={() => onPick(color)}
        >
          <span aria-hidden="true" />
        </button>
      ))}
    </div>
  )
}
