// @vitest-environment happy-dom
import type { RollingBackup } from '@shared/api'
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { mountPerTest } from '../../ui/testing/mount-per-test'
import { AutomaticBackups } from './AutomaticBackups'

const backup = (kind: RollingBackup['kind'], hour: number, highlights: number): RollingBackup => ({
  fileName: `casefile-backup-2024-01-05-${hour}0000-${kind}.json`,
  kind,
  date: '2024-01-05',
  createdAt: new Date(2024, 0, 5, hour).getTime(),
  bytes: 2048,
  counts: { highlights, claims: 0 },
})

const view = mountPerTest()

function render(props: Partial<Parameters<typeof AutomaticBackups>[0]>) {
  act(() =>
    view.root.render(
      <AutomaticBackups
        backups={[]}
        problem={null}
        inBrowser={false}
        busy={false}
        onRestore={() => undefined}
        onAcceptSmaller={() => undefined}
        {...props}
      />,
    ),
  )
  return view.container
}

describe('AutomaticBackups', () => {
  it('lists each backup with its kind, time and work, and says when the newest holds less', () => {
    const shown = render({
      backups: [backup('smaller', 12, 0), backup('before-erase', 11, 40)],
    })
    const rows = [...shown.querySelectorAll('li')].map((li) => li.textContent)
    expect(rows[0]).toContain('Smaller, kept beside')
    expect(rows[0]).toContain('0 items, 2 KB')
    expect(rows[1]).toContain('Before erase')
    expect(rows[1]).toContain('5 Jan 2024, 11:00')
    expect(shown.querySelector('[role="note"]')?.textContent).toContain(
      'much less than the “Before erase” backup of 5 Jan 2024, 11:00',
    )
    expect(shown.textContent).toContain('Keep the smaller one as today’s backup')
  })

  it('says why the list could not be read, never that there are none', () => {
    const shown = render({
      backups: null,
      problem: 'The automatic backups could not be listed: EACCES',
    })
    expect(shown.textContent).toContain('could not be listed')
    expect(shown.textContent).not.toContain('None yet')
  })
})
