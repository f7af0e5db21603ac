// @vitest-environment happy-dom
import bootScript from '../../../public/theme-boot.js?raw'
import { afterEach, describe, expect, it } from 'vitest'
import { parseThemeChoice, setThemeChoice, THEME_STORAGE_KEY } from './theme'

afterEach(() => {
  localStorage.clear()
  delete document.documentElement.dataset.theme
})

/** A new start: nothing on <html> until index.html's boot script has run. */
function restart(): void {
  delete document.documentElement.dataset.theme
  new Function(bootScript)()
}

describe('theme choice', () => {
  it('reads only light and dark as choices; anything else follows the system', () => {
    expect(parseThemeChoice('dark')).toBe('dark')
    expect(parseThemeChoice('light')).toBe('light')
    expect(parseThemeChoice('Dark')).toBe('system')
    expect(parseThemeChoice(null)).toBe('system')
  })

  it('applies a choice to <html>, and the boot script applies it again at the next start', () => {
    setThemeChoice('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark')
    restart()
    expect(document.documentElement.dataset.theme).toBe('dark')
    setThemeChoice('light')
    restart()
    expect(document.documentElement.dataset.theme).toBe('light')
  })

  it('System removes the override and the stored choice', () => {
    setThemeChoice('light')
    setThemeChoice('system')
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull()
    restart()
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
  })

  it('the boot script ignores a stored value the app would not write', () => {
    for (const stored of ['sepia', 'Dark', '']) {
      localStorage.setItem(THEME_STORAGE_KEY, stored)
      restart()
      expect(document.documentElement.hasAttribute('data-theme'), stored).toBe(false)
      expect(parseThemeChoice(stored)).toBe('system')
    }
  })
})
