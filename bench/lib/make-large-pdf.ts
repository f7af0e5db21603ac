/**
 * A large text PDF for the import benchmark (`import.pdf-300p`): the synthetic benchmark
 * document's headings and paragraphs typeset with pdf-lib on A4 pages (Helvetica 10.5 pt,
 * first-line indents, paragraphs running across page breaks), each page with a running
 * header and a "Page n of N" footer, so the reader does all its work: lines, paragraphs,
 * furniture and page joins.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib'
import { generateSyntheticDocument } from './synthetic-document'

/** Options for {@link makeLargePdf}. */
export interface LargePdfOptions {
  /** Pages to make (300 by default); the text ends where the last page is full. */
  pages?: number
  /** Seed of the synthetic text; the same seed gives the same PDF. */
  seed?: number
}

const LEFT = 72
const WIDTH = 451
const TOP = 760
const BOTTOM = 80
const SIZE = 10.5
const LEADING = SIZE * 1.3

/** Makes the PDF's bytes. Deterministic for a given page count and seed (dates are fixed). */
export async function makeLargePdf(options: LargePdfOptions = {}): Promise<Uint8Array> {
  const { pages: pageCount = 300, seed = 20240116 } = options
  const pdf = await PDFDocument.create()
  pdf.setTitle('Synthetic report for the import benchmark')
  pdf.setAuthor('Casefile bench')
  pdf.setCreationDate(new Date('2024-01-16T00:00:00Z'))
  pdf.setModificationDate(new Date('2024-01-16T00:00:00Z'))
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const { doc } = generateSyntheticDocument({ seed, minLength: pageCount * 4200 })
  const pages: PDFPage[] = []
  let page: PDFPage | null = null
  let y = BOTTOM - 1
  const nextLine = (height: number): PDFPage | null => {
    if (y - height < BOTTOM) {
      if (pages.length === pageCount) return null
      page = pdf.addPage([595, 842])
      pages.push(page)
      y = TOP
    }
    return page
  }
  blocks: for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      if (!nextLine(SIZE * 4)) break
      page!.drawText(block.text, { x: LEFT, y: y - SIZE, size: 14, font: bold })
      y -= SIZE * 3
      continue
    }
    const indent = block.kind === 'paragraph' ? 18 : 0
    const x = block.kind === 'paragraph' ? LEFT : LEFT + 18
    const lines = wrap(block.text, font, WIDTH - 18)
    for (const [index, line] of lines.entries()) {
      const target = nextLine(LEADING)
      if (!target) break blocks
      target.drawText(line, { x: x + (index === 0 ? indent : 0), y, size: SIZE, font })
      y -= LEADING
    }
    y -= 4
  }
  pages.forEach((each, index) => {
    each.drawText('Casefile benchmark · synthetic report', { x: LEFT, y: 800, size: 8, font })
    const footer = `Page ${index + 1} of ${pages.length}`
    each.drawText(footer, { x: 280, y: 40, size: 8, font })
  })
  return pdf.save()
}

function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(candidate, SIZE) > width) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}
