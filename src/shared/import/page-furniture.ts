/**
 * How to tell a web page's furniture (cookie banners, navigation, share bars, newsletter
 * sign-ups, "Related articles" lists, adverts) and its pull quotes from the article, by
 * the names, roles and labels pages give them. Pure: the HTML reader asks these about
 * each element's class, id, role, aria-label and heading text.
 */

/** Tags that never carry article text or that could run something (media: MEDIA_TAGS). */
export const UNSAFE_TAGS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'svg',
  'math',
  'link',
  'base',
  'canvas',
  'map',
  'input',
  'button',
  'select',
  'textarea',
  'dialog',
]

/**
 * Media, removed from the article after Readability has read the page (it keeps a figure
 * for its image, and so its caption). Nothing is ever fetched in the worker meanwhile.
 */
export const MEDIA_TAGS: readonly string[] = ['img', 'picture', 'source', 'video', 'audio', 'track']

/** Tags that are page furniture wherever they are. */
export const FURNITURE_TAGS: readonly string[] = ['nav', 'footer']

/** ARIA roles of page furniture: site header, navigation, footer, search, dialogs. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'complementary',
])

// Words matched as whole parts of a class or id ("share-bar", "cookie_notice",
// "relatedLinks"): "share" does not match "shareholders", "ad" does not match "head".
const FURNITURE_WORDS = [
  'cookies?',
  'consent',
  'gdpr',
  'cmp',
  'newsletters?',
  'subscribe',
  'subscription',
  'signup',
  'sign-up',
  'paywall',
  'share',
  'sharing',
  'shares',
  'social',
  'sharebar',
  'related',
  'read-more',
  'readmore',
  'more-stories',
  'most-read',
  'mostread',
  'most-popular',
  'popular',
  'trending',
  'recommended',
  'recommendations',
  'outbrain',
  'taboola',
  'promo',
  'promotion',
  'ads?',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'sponsored',
  'dfp',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumbs?',
  'masthead',
  'site-header',
  'site-footer',
  'footer',
  'sidebar',
  'comments?',
  'disqus',
  'modal',
  'popup',
  'overlay',
  'skip-link',
  'tags',
  'topics',
  'print-only',
]

const FURNITURE_NAME = new RegExp(`(?:^|[-_])(?:${FURNITURE_WORDS.join('|')})(?:$|[-_])`, 'i')

/** Splits camelCase tokens so "relatedLinks" tests as "related-Links". */
function tokens(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((token) => token !== '')
    .map((token) => token.replace(/([a-z])([A-Z])/g, '$1-$2'))
}

/**
 * Whether a class list or id names page furniture: any token whose dash-, underscore- or
 * camelCase-separated parts include a furniture word ("cookie-banner", "share_tools",
 * "relatedStories", "ad-slot"). Article words never match ("article-body", "shareholders").
 */
export function isFurnitureName(name: string | null): boolean {
  if (name === null) return false
  return tokens(name).some((token) => FURNITURE_NAME.test(token))
}

const FURNITURE_LABEL =
  /\b(?:cookies?|consent|privacy (?:settings|choices)|share|sharing|social|related|newsletter|advert|advertisement|sponsored|navigation|menu|breadcrumbs?|most (?:read|popular)|recommended|comments)\b/i

/** Whether an aria-label names furniture ("Share this article", "Cookie consent"). */
export function isFurnitureLabel(label: string | null): boolean {
  return label !== null && FURNITURE_LABEL.test(label)
}

const FURNITURE_HEADING =
  /^(?:related(?: (?:articles?|stories|content|coverage|links|reading|topics))?|read more|more on this(?: story| topic)?|more (?:from|stories|like this|in)\b.*|most (?:read|popular|viewed|shared)|you (?:may|might) also (?:like|be interested in)|recommended(?: for you)?|(?:also )?read next|what to read next|explore more|trending|sign up.*|newsletter.*|share (?:this|the) (?:article|story|page)|topics|tags)$/i

/**
 * Whether a heading introduces furniture: "Related articles", "Read more", "More on this
 * story", "Most read", "You may also like", "Recommended", "Sign up to our newsletter".
 * Compared on the folded text, ignoring a trailing colon.
 */
export function isFurnitureHeading(text: string): boolean {
  const folded = text.replace(/\s+/g, ' ').trim().replace(/[:.]$/, '')
  return folded.length <= 60 && FURNITURE_HEADING.test(folded)
}

const PULL_QUOTE_NAME =
  /(?:^|[-_])(?:pull-?quotes?|pull_quotes?|pullout|pull-out|blockquote--pull|quote--pull)(?:$|[-_])/i

/**
 * Whether a class list names a pull quote ("pullquote", "pull-quote", "c-pullquote"):
 * a sentence repeated from the body in large type, dropped so quotes are not duplicated.
 */
export function isPullQuoteName(name: string | null): boolean {
  if (name === null) return false
  return tokens(name).some((token) => PULL_QUOTE_NAME.test(token))
}

/**
 * Whether an element holding `ownText` characters of a page whose body holds `bodyText`
 * is too much of the page to be furniture: some sites put a "cookie-consent-shown"
 * class on the wrapper of everything, or wrap the whole page in one form.
 */
export function holdsTooMuchToBeFurniture(ownText: number, bodyText: number): boolean {
  return bodyText > 0 && ownText > 0.4 * bodyText && ownText > 500
}
