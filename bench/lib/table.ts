/** Plain-text tables for the terminal. */

/**
 * Formats `rows` under `header` as aligned columns separated by two spaces, with a rule
 * under the header. Columns listed in `right` are right-aligned (numbers). Rows shorter
 * than the header are padded with empty cells.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: ReadonlySet<number> = new Set(),
): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  )
  const line = (cells: readonly string[]) =>
    widths
      .map((width, i) => {
        const cell = cells[i] ?? ''
        return right.has(i) ? cell.padStart(width) : cell.padEnd(width)
      })
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
