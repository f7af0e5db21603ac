/**
 * Importing W3C Web Annotations (Casefile's own export, Hypothesis, Recogito and other
 * tools that write the model): one module to import from. The steps, in order:
 * 1. {@link readAnnotationFile}(fileName, text): the annotations, or why the file is refused.
 * 2. {@link documentsToLoad}(annotations, metas): which documents' texts the plan needs.
 * 3. {@link planAnnotationImport}(annotations, documents, existingHighlights): the
 *    highlights to add, the duplicates and the orphans, each with its reason.
 * 4. applyAnnotationImport(db, plan) in src/renderer/src/db/annotation-import.ts writes it.
 */
export {
  NOT_TEXT,
  readAnnotationFile,
  REPLY,
  type AnnotationFileFormat,
  type AnnotationFileReading,
  type ParsedAnnotation,
  type ParsedTarget,
  type ReadAnnotationOptions,
} from './web-annotation-read'
export {
  documentsThatMayGo,
  documentsToLoad,
  planAnnotationImport,
  summarizeAnnotationImport,
  type AnnotationImportPlan,
  type DocumentForImport,
  type DuplicateAnnotation,
  type ExistingHighlight,
  type HighlightDraft,
  type PlanOptions,
  type SkippedAnnotation,
  type UnmatchedSource,
} from './web-annotation-plan'
export { createSourceMatcher, type SourceMatch, type SourceMeta } from './web-annotation-sources'
