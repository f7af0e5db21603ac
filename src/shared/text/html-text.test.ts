import { describe, expect, it } from 'vitest'
import { isHtmlFormat, plainTextOfHtml } from './html-text'

describe('plainTextOfHtml', () => {
  it('keeps the words, paragraphs apart and line breaks as new lines, with entities decoded', () => {
    expect(
      plainTextOfHtml(
        '<p>The figure is <b>959&nbsp;km</b> &amp; rising.</p><p>Check&#x2019;s &lt;source&gt;<br>again</p>',
      ),
    ).toBe('The figure is 959 km & rising.\n\nCheck’s <source>\nagain')
  })

  it('drops what a reader never sees and keeps markup-looking text as text', () => {
    expect(
      plainTextOfHtml(
        '<div><script>window.__pwned = 1</script><style>p{}</style>Keep <img src=x onerror=alert(1)>this</div>',
      ),
    ).toBe('Keep this')
    expect(plainTextOfHtml('no tags, just 3 < 4')).toBe('no tags, just 3 < 4')
  })

  it('folds runs of blank lines and spaces', () => {
    expect(plainTextOfHtml('<ul><li> one </li>\n\n<li>two</li></ul><p></p><p>three</p>')).toBe(
      'one\n\ntwo\n\nthree',
    )
  })

  it('knows an HTML format when it sees one', () => {
    expect(isHtmlFormat('text/html')).toBe(true)
    expect(isHtmlFormat('text/html; charset=utf-8')).toBe(true)
    expect(isHtmlFormat('text/plain')).toBe(false)
    expect(isHtmlFormat(undefined)).toBe(false)
  })
})
