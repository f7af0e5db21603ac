/** Column order as a list of ids: completing a partial order, and moving one column. */

/**
 * Every id of `columnIds` exactly once: first those `order` names, in its order (unknown
 * and repeated ids dropped), then the rest in their defined order, so new columns appear.
 */
export function mergeColumnOrder(order: readonly string[], columnIds: readonly string[]): string[] {
  const known = new Set(columnIds)
  const merged = new Set<string>()
  for (const id of [...order, ...columnIds]) if (known.has(id)) merged.add(id)
  return [...merged]
}

/**
 * The order with `id` moved `offset` places (negative: towards the start), stopping at
 * either end. An unknown id leaves the order as it is.
 */
export function moveColumn(order: readonly string[], id: string, offset: number): string[] {
  const from = order.indexOf(id)
  if (from < 0) return [...order]
  const to = Math.max(0, Math.min(order.length - 1, from + offset))
  const next = order.filter((other) => other !== id)
  next.splice(to, 0, id)
  return next
}
