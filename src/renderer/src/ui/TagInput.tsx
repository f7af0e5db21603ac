/**
 * Tags as removable chips plus a field with type-ahead over the tags in use; Enter or a
 * comma adds what is typed (a new tag if it does not exist yet).
 */
import { addTag, suggestTags } from '@shared/highlights/tags'
import { useId, useState, type Ref } from 'react'

interface TagInputProps {
  tags: string[]
  allTags: string[]
  onChange: (tags: string[]) => void
  inputRef?: Ref<HTMLInputElement>
}

export function TagInput({ tags, allTags, onChange, inputRef }: TagInputProps) {
  const [draft, setDraft] = useState('')
  const listId = useId()
  const commit = (value: string) => {
    const next = addTag(tags, value)
    if (next.length !== tags.length) onChange(next)
    setDraft('')
  }
  return (
    <div className="tag-input">
      <ul className="tag-chips" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span dir="auto">{tag}</span>
            <button
              type="button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        ref={inputRef}
        type="text"
        dir="auto"
        value={draft}
        list={listId}
        aria-label="Add a tag"
        placeholder={tags.length ? 'Add another tag…' : 'Add a tag…'}
        onChange={(event) => {
          const value = event.target.value
          if (value.endsWith(',')) commit(value.slice(0, -1))
          else setDraft(value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && draft.trim()) {
            event.preventDefault()
            commit(draft)
          } else if (event.key === 'Backspace' && !draft && tags.length) {
            onChange(tags.slice(0, -1))
          }
        }}
        onBlur={() => draft.trim() && commit(draft)}
      />
      <datalist id={listId}>
        {suggestTags(allTags, draft, tags, 20).map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  )
}
