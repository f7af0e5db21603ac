import { describe, expect, it } from 'vitest'
import {
  holdsTooMuchToBeFurniture,
  isFurnitureHeading,
  isFurnitureLabel,
  isFurnitureName,
  isPullQuoteName,
} from './page-furniture'

describe('page furniture', () => {
  it('knows furniture by class and id parts', () => {
    for (const name of [
      'cookie-banner',
      'onetrust-consent-sdk',
      'share-tools share-tools--bottom',
      'relatedStories',
      'ad-slot ad-slot--inline',
      'newsletter-signup',
      'most-read',
      'site-footer',
      'primary-nav',
    ]) {
      expect(isFurnitureName(name)).toBe(true)
    }
  })

  it('leaves article names alone', () => {
    for (const name of [
      'article-body',
      'shareholders',
      'lead-image',
      'headline',
      'standfirst',
      null,
    ]) {
      expect(isFurnitureName(name)).toBe(false)
    }
  })

  it('knows furniture by label and heading', () => {
    expect(isFurnitureLabel('Share this article')).toBe(true)
    expect(isFurnitureLabel('Cookie banner')).toBe(true)
    expect(isFurnitureLabel('Article body')).toBe(false)
    expect(isFurnitureHeading('Related articles')).toBe(true)
    expect(isFurnitureHeading('  More on this story: ')).toBe(true)
    expect(isFurnitureHeading('You may also like')).toBe(true)
    expect(isFurnitureHeading('Supply chains under strain')).toBe(false)
    expect(isFurnitureHeading('Related parties and the audit')).toBe(false)
  })

  it('knows pull quotes', () => {
    expect(isPullQuoteName('pull-quote')).toBe(true)
    expect(isPullQuoteName('c-pullquote')).toBe(true)
    expect(isPullQuoteName('blockquote--pull')).toBe(true)
    expect(isPullQuoteName('quote')).toBe(false)
  })

  it('never treats most of the page as furniture', () => {
    expect(holdsTooMuchToBeFurniture(9000, 10000)).toBe(true)
    expect(holdsTooMuchToBeFurniture(300, 10000)).toBe(false)
    expect(holdsTooMuchToBeFurniture(300, 400)).toBe(false)
  })
})
