import { describe, expect, it } from 'vitest'
import { buildAppInfo } from './app-info'

describe('buildAppInfo', () => {
  it('names the app and reports the three runtimes', () => {
    expect(
      buildAppInfo('0.1.0', { electron: '45.4.1', chrome: '140.0.1', node: '22.1.0', v8: '14' }),
    ).toEqual({
      name: 'Casefile',
      version: '0.1.0',
      host: 'electron',
      runtime: { electron: '45.4.1', chrome: '140.0.1', node: '22.1.0' },
    })
  })

  it('leaves out runtimes that are not there', () => {
    expect(buildAppInfo('1.0.0', { node: '20.19.0' }).runtime).toEqual({ node: '20.19.0' })
  })
})
