/**
 * The renderer's one Trusted Types policy. The Content-Security-Policy requires Trusted
 * Types for every script sink (`require-trusted-types-for 'script'`) and lets exactly two
 * policies exist (`trusted-types casefile dompurify`): this one, and the one DOMPurify
 * makes for itself to parse the HTML it sanitises into an inert document. So a string
 * reaching innerHTML, a script's src or `new Worker` anywhere in the page throws instead
 * of running.
 *
 * The app's only own string sink is `new Worker(url)`: the search, entity, reuse and
 * import workers. This policy turns a URL into a TrustedScriptURL only when it names one of the
 * bundle's scripts, and it has no createHTML and no createScript, so it can never vouch
 * for markup or code. There is no `default` policy: nothing the app runs needs one (React
 * sets innerHTML only for dangerouslySetInnerHTML and `<script>` elements, which the app
 * never renders; pdf.js runs inside the import worker on its in-thread "fake worker"), and
 * one would turn every refused string back into an accepted one.
 *
 * main.tsx imports this module first, so the policy exists before any other module runs
 * and the name `casefile` cannot be taken by anything else (the CSP allows no duplicates).
 */

/** The policy's name, as the CSP's `trusted-types` directive lists it. */
export const CASEFILE_POLICY_NAME = 'casefile'

/** Every policy the renderer makes: its own and DOMPurify's. The CSP must list exactly these. */
export const RENDERER_POLICY_NAMES: readonly string[] = [CASEFILE_POLICY_NAME, 'dompurify']

/** The schemes the bundle is served from: the web host (http, https) and Electron (app). */
const BUNDLE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'app:'])

/**
 * A script of the bundle: built JavaScript, or under the dev server a module it serves
 * from source (`/src/…/search-worker.ts?worker_file&type=module`).
 */
const SCRIPT_FILE = /\.(?:js|mjs|ts)$/

/**
 * `input` resolved against the page's address, when it names one of the bundle's scripts:
 * same scheme and host (port included) as the page, http(s) or app://, no user name or
 * password, a path inside the folder the page was loaded from, and a script file name.
 * Anything else (another origin, `blob:`, `data:`, `javascript:`, the bundled corpus's
 * JSON, a path above the app's folder) throws a TypeError that names the URL.
 */
export function bundleScriptUrl(input: string, pageUrl: string): string {
  const page = new URL(pageUrl)
  const url = parseUrl(input, page)
  if (url === null || !isBundleScript(url, page)) {
    throw new TypeError(
      `Casefile refused to run ${JSON.stringify(input)} as a script: only the app's own bundled scripts may run.`,
    )
  }
  return url.href
}

function parseUrl(input: string, base: URL): URL | null {
  try {
    return new URL(input, base)
  } catch {
    return null
  }
}

function isBundleScript(url: URL, page: URL): boolean {
  return (
    BUNDLE_SCHEMES.has(page.protocol) &&
    url.protocol === page.protocol &&
    url.host === page.host &&
    url.username === '' &&
    url.password === '' &&
    url.pathname.startsWith(new URL('./', page).pathname) &&
    SCRIPT_FILE.test(url.pathname)
  )
}

/** What a TrustedScriptURL is to this module: an object the browser's sinks accept. */
export interface TrustedScriptUrl {
  toString(): string
}

/** The part of the browser's `trustedTypes` factory this module uses. */
export interface ScriptUrlPolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): { createScriptURL(input: string): TrustedScriptUrl }
}

/**
 * Makes the `casefile` policy with `factory` (the browser's `trustedTypes`), checking every
 * URL against `pageUrl`, and returns the function that turns a URL into a TrustedScriptURL.
 * Without a factory (a browser without Trusted Types, or Node in tests) the same check
 * runs and the checked URL comes back as a string. Throws when the factory refuses the
 * policy, as it does when something already made one named `casefile`: the app then starts
 * no worker rather than run with someone else's policy.
 */
export function createScriptUrlPolicy(
  factory: ScriptUrlPolicyFactory | undefined,
  pageUrl: string,
): (input: string) => TrustedScriptUrl | string {
  const check = (input: string): string => bundleScriptUrl(input, pageUrl)
  if (factory === undefined) return check
  const policy = factory.createPolicy(CASEFILE_POLICY_NAME, { createScriptURL: check })
  return (input) => policy.createScriptURL(input)
}

/** The page's policy, made as this module is first evaluated; null outside a page (tests). */
const pageScriptUrl =
  typeof window === 'undefined'
    ? null
    : createScriptUrlPolicy(
        (window as unknown as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes,
        window.location.href,
      )

/**
 * Starts a module worker from `url`, one of the bundle's worker scripts (a Vite
 * `?worker&url` import), named `name` in the browser's tools. The URL goes through the
 * `casefile` policy; any other URL throws a TypeError before a worker starts.
 */
export function startBundleWorker(url: string, name: string): Worker {
  if (pageScriptUrl === null) throw new Error('Workers start only in the page.')
  // TypeScript's DOM types know no Trusted Types; the Worker constructor takes a
  // TrustedScriptURL wherever the browser has them.
  return new Worker(pageScriptUrl(url) as string, { type: 'module', name })
}
