/**
 * Where a key moves the active item of a list of `count` items: arrows and j/k step,
 * Home/End jump. Returns null for keys that do not move, so the caller lets them through.
 */
export function moveIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return Math.min(index + 1, count - 1)
    case 'ArrowUp':
    case 'k':
      return Math.max(index - 1, 0)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}
