/** Moves a highlight that lost its place onto the passage the analyst has selected. */
interface RelinkButtonProps {
  id: string
  /** Text is selected in the document; without a selection there is nowhere to move it. */
  enabled: boolean
  onRelink: (id: string) => void
}

export function RelinkButton({ id, enabled, onRelink }: RelinkButtonProps) {
  return (
    <button
      type="button"
      className="button-quiet"
      disabled={!enabled}
      title={
        enabled
          ? 'Attach this highlight to the selected text'
          : 'First select the passage in the text, then re-link'
      }
      onClick={() => onRelink(id)}
    >
      Re-link to selection
    </button>
  )
}
