/**
 * The app's one order for text an analyst reads in a list (titles, statements, tags):
 * case and accents ignored, numbers in numeric order ("¶2" before "¶10"). One collator
 * shared by every list, since `localeCompare` builds a new one on each call.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en', {
  sensitivity: 'base',
  numeric: true,
}).compare
