/**
 * The flows earlier issues' tests drive through the UI, shared so later features (briefs)
 * start from the same claim and timeline an analyst would have made.
 */
import type { Page } from '@playwright/test'
import { expect } from './fixtures'
import { selectText } from './highlighting'
import { openSource } from './workbench'

export const BORDER = 'The Iran-Pakistan border is about 900 km long'
export const WAY_FORWARD = 'Pakistan and Iran: The way forward'
export const STABILITY = 'Seeking Stability'
export const NEW_ERA = 'New Era in Pak-Iran Ties'

/**
 * Selects `quote` in the open source and tags it to a claim through the popover, by
 * keyboard: type the claim, choose the stance (no stance is preset), check that the
 * confirm names it, Enter.
 */
export async function tagToClaim(
  app: Page,
  quote: string,
  typed: string,
  stance: 'supports' | 'contradicts' | 'context' = 'supports',
) {
  await selectText(app, quote)
  await app.keyboard.press('l')
  const popover = app.getByRole('dialog', { name: 'Tag to claim' })
  await expect(popover.getByRole('combobox', { name: 'Claim' })).toBeFocused()
  await app.keyboard.type(typed)
  const key = { supports: 'Alt+1', contradicts: 'Alt+2', context: 'Alt+3' }[stance]
  await app.keyboard.press(key)
  await expect(popover.getByRole('radio', { checked: true })).toHaveAccessibleName(
    new RegExp(`^${stance}`, 'i'),
  )
  await expect(
    popover.getByRole('button', { name: new RegExp(`tag as ${stance}$`, 'i') }),
  ).toBeVisible()
  await app.keyboard.press('Enter')
  await expect(popover).toBeHidden()
}

export function claimsTable(app: Page) {
  return app.getByRole('table', { name: 'Claims' })
}

export async function openClaims(app: Page) {
  await app.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Claims' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible()
}

/** The border claim built from three sources, two for and one against. */
export async function buildBorderClaim(app: Page) {
  await openSource(app, WAY_FORWARD)
  await tagToClaim(app, 'share a border of over 900 kilometers', BORDER)
  await openSource(app, STABILITY)
  await tagToClaim(app, 'have a 900km (560 mile) border', 'border 900 km')
  await openSource(app, NEW_ERA)
  await tagToClaim(
    app,
    'share a 959-kilometer (596 miles) long border',
    'iran-pakistan border',
    'contradicts',
  )
}

export const AMID = 'Pak-Iran Relations amid Recent Developments'
export const RIVALS = 'From rivals to partners'
export const STRIKES = 'Iranian strikes in Balochistan'

export function eventPopover(app: Page) {
  return app.getByRole('dialog', { name: 'Add to timeline' })
}

/** Selects `quote`, opens "Add to timeline" (key E) and checks the suggestion. */
export async function startEvent(
  app: Page,
  source: string,
  quote: string,
  suggestion: string | RegExp,
) {
  await openSource(app, source)
  await selectText(app, quote)
  await app.keyboard.press('e')
  await expect(eventPopover(app).getByTestId('date-suggestion')).toContainText(suggestion)
}

export async function finishEvent(app: Page, title: string) {
  await eventPopover(app).getByLabel('Event title').fill(title)
  await eventPopover(app).getByRole('button', { name: 'Add event' }).click()
  await expect(eventPopover(app)).toBeHidden()
}

export async function openTimelines(app: Page) {
  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Timelines' })
    .click()
}

/** The January 2024 sequence, and the army chief's visit of July 2023. */
export async function buildSequence(app: Page) {
  await startEvent(app, AMID, 'On January 16, 2024', '16 Jan 2024')
  await eventPopover(app)
    .getByRole('combobox', { name: 'Timeline' })
    .selectOption({ label: 'New timeline…' })
  await eventPopover(app).getByLabel('New timeline title').fill('January 2024 strikes')
  await finishEvent(app, STRIKES)

  await startEvent(app, STABILITY, 'Two days after the Iranian missile strike', /2 days/)
  await expect(eventPopover(app).getByLabel('Event', { exact: true })).toHaveValue(/.+/)
  await finishEvent(app, 'Pakistan’s retaliatory strikes')

  await startEvent(app, WAY_FORWARD, 'On 29 January 2024', '29 Jan 2024')
  await finishEvent(app, 'Foreign ministers meet in Islamabad')

  await startEvent(
    app,
    RIVALS,
    'Pakistan’s army chief, General Asim Munir, embarked on an official visit to Iran',
    /No date found|Suggested/,
  )
  await eventPopover(app).getByLabel('Date as the sources give it').fill('Jul 2023')
  await expect(eventPopover(app)).toContainText('Kept as Jul 2023')
  await finishEvent(app, 'Army chief visits Tehran')
}
