/** Counts in words on a claim's page ("3 supporting passages", "1 independent source"). */

/** `count` and `noun`, with an "s" unless the count is exactly one; nouns are regular. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
