/** True when keyboard input at `target` is typing (text fields, selects, editable content). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') {
    return true
  }
  if (target.tagName !== 'INPUT') return false
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(
    (target as HTMLInputElement).type,
  )
}
