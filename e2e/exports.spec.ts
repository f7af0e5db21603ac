import { expect, test } from './fixtures'
import { BORDER, buildBorderClaim, buildSequence, openClaims, openTimelines } from './flows'
import { savedFile as saved } from './workbench'

test('the open exports: highlights as Web Annotations, a timeline for TimelineJS, claims as CSV', async ({
  app,
}) => {
  test.slow()
  await buildBorderClaim(app)
  await buildSequence(app)

  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Notebook' })
    .click()
  const annotations = await saved(app, () =>
    app.getByRole('button', { name: 'Export JSON-LD' }).click(),
  )
  expect(annotations.name).toMatch(/^casefile-highlights-\d{4}-\d{2}-\d{2}\.jsonld$/)
  const collection = JSON.parse(annotations.text)
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
  expect(collection.total).toBe(7)
  const border = collection.first.items.find((a: { target: { selector: { exact?: string }[] } }) =>
    a.target.selector.some((s) => s.exact === 'share a border of over 900 kilometers'),
  )
  expect(border.type).toBe('Annotation')
  expect(border.target.selector.map((s: { type: string }) => s.type).sort()).toEqual([
    'TextPositionSelector',
    'TextQuoteSelector',
  ])

  await openTimelines(app)
  const timeline = await saved(app, () =>
    app.getByRole('button', { name: 'TimelineJS JSON' }).click(),
  )
  const events = JSON.parse(timeline.text).events as {
    display_date: string
    start_date: { year: number; month?: number; day?: number }
    text: { headline: string }
  }[]
  expect(events.map((e) => e.display_date)).toEqual([
    'Jul 2023',
    '16 Jan 2024',
    '18 Jan 2024',
    '29 Jan 2024',
  ])
  expect(events[0]!.start_date).toEqual({ year: 2023, month: 7 })
  const sheet = await saved(app, () => app.getByRole('button', { name: 'TimelineJS CSV' }).click())
  expect(sheet.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  )

  await openClaims(app)
  const claims = await saved(app, () => app.getByRole('button', { name: 'Export CSV' }).click())
  const lines = claims.text.replace(/^\uFEFF/, '').split('\r\n')
  expect(lines[0]).toMatch(
    /^Statement,Status,Evidence suggests,Confidence,Supporting,Contradicting/,
  )
  expect(lines[1]).toMatch(new RegExp(`^${BORDER},Unverified,Contested,Not assessed,2,1,0,3,`))
})
