/** One field of the metadata sheet: label, input, a hint, and its problem when it has one. */
import { useId } from 'react'

interface DraftFieldProps {
  label: string
  name: string
  id: string
  value: string
  onChange: (value: string) => void
  hint?: string
  problem?: string
  required?: boolean
  multiline?: boolean
  suggestions?: readonly string[]
}

export function DraftField(props: DraftFieldProps) {
  const { label, name, id, value, onChange, hint, problem, required, multiline, suggestions } =
    props
  const listId = useId()
  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ')
  const common = {
    id,
    name,
    value,
    required,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': described || undefined,
  }
  return (
    <div className="field import-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          list={suggestions ? listId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
      )}
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {problem && (
        <span className="field-error" id={`${id}-problem`}>
          {problem}
        </span>
      )}
    </div>
  )
}
