import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { USER_DATA_FOLDER, userDataDirectory } from './user-data'

const appData = resolve('/home/analyst/.config')
const cwd = resolve('/work/casefile')

describe('userDataDirectory', () => {
  it('is <appData>/casefile, where Electron has kept analysts’ data so far', () => {
    expect(USER_DATA_FOLDER).toBe('casefile')
    expect(userDataDirectory({ appDataPath: appData, override: undefined, cwd })).toBe(
      join(appData, 'casefile'),
    )
  })

  it('takes the test override, absolute or relative to the working folder', () => {
    const profile = resolve('/tmp/casefile-e2e-1')
    expect(userDataDirectory({ appDataPath: appData, override: profile, cwd })).toBe(profile)
    expect(userDataDirectory({ appDataPath: appData, override: 'profiles/a', cwd })).toBe(
      join(cwd, 'profiles', 'a'),
    )
  })

  it('ignores an empty or blank override', () => {
    for (const override of ['', '   ']) {
      expect(userDataDirectory({ appDataPath: appData, override, cwd })).toBe(
        join(appData, 'casefile'),
      )
    }
  })
})
