/**
 * What the annotation import dialog says about a plan, in plain words: what will be added
 * and where, what is left out, which sources the analyst may name, and what was done.
 */
import type {
  AnnotationFileFormat,
  AnnotationImportPlan,
  UnmatchedSource,
} from '@shared/import/web-annotation-import'

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`

/** The confirm button: "Add 3 highlights", "Add 1 highlight" (disabled at 0). */
export function confirmLabel(count: number): string {
  return `Add ${plural(count, 'highlight', 'highlights')}`
}

/** How many highlights go to each document, in the order the file first names them. */
export function highlightsByDocument(
  plan: Pick<AnnotationImportPlan, 'highlights'>,
  titleOf: (docId: string) => string,
): { docId: string; title: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const draft of plan.highlights) counts.set(draft.docId, (counts.get(draft.docId) ?? 0) + 1)
  return [...counts].map(([docId, count]) => ({ docId, title: titleOf(docId), count }))
}

/**
 * "3 highlights will be added to ‘A’.", "5 highlights will be added: 3 to ‘A’, 2 to
 * ‘B’.", or "No highlights will be added." when the plan adds none.
 */
export function additionSentence(
  plan: Pick<AnnotationImportPlan, 'highlights'>,
  titleOf: (docId: string) => string,
): string {
  const total = plan.highlights.length
  if (total === 0) return 'No highlights will be added.'
  const docs = highlightsByDocument(plan, titleOf)
  const added = `${plural(total, 'highlight', 'highlights')} will be added`
  if (docs.length === 1) return `${added} to ‘${docs[0]!.title}’.`
  return `${added}: ${docs.map((d) => `${d.count.toLocaleString('en')} to ‘${d.title}’`).join(', ')}.`
}

/** "2 are highlighted already and are left out."; '' when there are none. */
export function duplicateSentence(count: number): string {
  if (count === 0) return ''
  return count === 1
    ? '1 is highlighted already and is left out.'
    : `${count.toLocaleString('en')} are highlighted already and are left out.`
}

const FORMAT_NAMES: Record<AnnotationFileFormat, string> = {
  casefile: 'Casefile export',
  hypothesis: 'Hypothesis export',
  'web-annotation': 'Web Annotations',
}

/** "Hypothesis export, 8 annotations": what the file is, for the line under its name. */
export function fileDescription(format: AnnotationFileFormat, annotations: number): string {
  return `${FORMAT_NAMES[format]}, ${plural(annotations, 'annotation', 'annotations')}`
}

/**
 * The sources the analyst can name a document for: those the file names by an address
 * (a choice is keyed by it), from the plan made before any choice, so a source stays
 * listed (and its choice can be changed back) once it matches.
 */
export function choosableSources(
  unmatched: readonly UnmatchedSource[],
): (UnmatchedSource & { source: string })[] {
  return unmatched.filter((u): u is UnmatchedSource & { source: string } => u.source !== null)
}

/** A source as the file names it: "‘Title’ (address)", the title or the address alone. */
export function sourceName(source: Pick<UnmatchedSource, 'source' | 'title'>): string {
  if (source.title && source.source) return `‘${source.title}’ (${source.source})`
  if (source.title) return `‘${source.title}’`
  return source.source ?? 'a source the file does not name'
}

/** "Added 3 highlights from “x.jsonld”. Undo with Ctrl+Z.", and what was skipped since the plan. */
export function doneMessage(fileName: string, added: number, skipped: number, gone = 0): string {
  const left =
    skipped === 0 ? '' : ` ${plural(skipped, 'was', 'were')} left out, highlighted in the meantime.`
  const deleted =
    gone === 0
      ? ''
      : ` ${plural(gone, 'was', 'were')} left out: the document was deleted in the meantime.`
  return `Added ${plural(added, 'highlight', 'highlights')} from “${fileName}”.${left}${deleted} Undo with Ctrl+Z.`
}
