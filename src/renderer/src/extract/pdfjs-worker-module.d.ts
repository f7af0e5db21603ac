/**
 * The pdfjs worker module, imported into the import worker so pdfjs runs its parsing in
 * the same thread (through `globalThis.pdfjsWorker`) instead of fetching a worker script.
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
