import { describe, expect, it } from 'vitest'
import { titleFromFileName } from './file-name-title'

describe('titleFromFileName', () => {
  it('drops the folder and extension and reads underscores as spaces', () => {
    expect(titleFromFileName('notes.txt')).toBe('notes')
    expect(titleFromFileName('C:\\cases\\iran_pakistan__strikes.txt')).toBe('iran pakistan strikes')
    expect(titleFromFileName('/home/a/b/  report   2024 .pdf')).toBe('report 2024')
    expect(titleFromFileName('notes.v2.txt')).toBe('notes.v2')
  })

  it('keeps the whole name when nothing else is left', () => {
    expect(titleFromFileName('.txt')).toBe('.txt')
  })

  it('reads a decomposed (NFD) name as NFC, as the imported text is', () => {
    expect(titleFromFileName('Quetta_re\u0301sume\u0301.md')).toBe('Quetta r\u00e9sum\u00e9')
  })
})
