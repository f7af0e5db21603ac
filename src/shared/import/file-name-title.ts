/** A title for an imported file that says nothing better about itself: its file name. */
import { foldWhitespace } from './fold-whitespace'

/**
 * The file name without its folder and extension, underscores as spaces, folded as
 * imported text is (NFC, so a name from a decomposing file system reads like the text);
 * the whole name when nothing else is left (".txt").
 */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  return foldWhitespace(base.replace(/\.[^.]+$/, '').replace(/_+/g, ' ')) || base
}
