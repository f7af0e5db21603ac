/**
 * Two or three ways to show one thing ("List | Visual"), as a group of toggle buttons of
 * which exactly one is pressed. Buttons, not tabs: each is reached with Tab and pressed
 * with Enter or Space, and the pressed state is announced.
 */

interface SegmentedToggleProps<T extends string> {
  /** What the group chooses, for assistive technology ("Show as"). */
  label: string
  options: readonly { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
}

export function SegmentedToggle<T extends string>({
  label,
  options,
  value,
  onChange,
}: SegmentedToggleProps<T>) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="button-quiet"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  )
}
