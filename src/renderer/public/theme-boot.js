/*
 * Puts the analyst's chosen theme (Light or Dark; none is System) on <html> before the
 * first paint, so a chosen theme never flashes the system's first. A classic script in
 * <head>, because the app's module script runs only after the page may have painted and
 * the Content-Security-Policy allows no inline script. It must read the choice as
 * features/palette/theme.ts writes it (theme.test.ts runs this file to check).
 */
try {
  const theme = globalThis.localStorage.getItem('casefile.theme')
  if (theme === 'light' || theme === 'dark') {
    globalThis.document.documentElement.dataset.theme = theme
  }
} catch {
  // Storage refused: the system theme applies.
}
