/** How a re-imported document's highlights fared on its new text, in one sentence. */
export function reanchorReport(placed: number, uncertain: number, orphans: number): string {
  const total = placed + uncertain + orphans
  if (total === 0) return 'It had no highlights.'
  const parts = [`${placed} of ${total} highlights found their passage again`]
  if (uncertain > 0)
    parts.push(
      `${uncertain} ${uncertain === 1 ? 'is' : 'are'} placed where the text is similar: check ${uncertain === 1 ? 'it' : 'them'}`,
    )
  if (orphans > 0) {
    parts.push(
      `${orphans} could not be placed and ${orphans === 1 ? 'is' : 'are'} listed under Orphaned highlights`,
    )
  }
  return `${parts.join('; ')}.`
}
