import { describe, expect, it } from 'vitest'
import { commandWords, matchCommands } from './match-commands'

const commands = [
  { id: 'go.claims', title: 'Go to Claims', group: 'Go to' },
  { id: 'go.timelines', title: 'Go to Timelines', group: 'Go to' },
  { id: 'new.claim', title: 'New claim', group: 'Create' },
  { id: 'new.timeline', title: 'New timeline', group: 'Create' },
  { id: 'export.brief', title: 'Export brief as Markdown', group: 'Export' },
  { id: 'backup.now', title: 'Back up now', group: 'Backup' },
  { id: 'theme.dark', title: 'Theme: Dark', group: 'View' },
  { id: 'open.1', title: 'Open source: Iranian strikes in Balochistan', group: 'Go to' },
  { id: 'open.2', title: 'Open source: Pakistan’s reply', group: 'Go to' },
]

const ids = (query: string, recent: string[] = []) =>
  matchCommands(commands, query, recent).map((c) => c.id)

describe('commandWords', () => {
  it('lower-cases, folds accents and splits on anything but letters and digits', () => {
    expect(commandWords('Théme: Dark-mode 2')).toEqual(['theme', 'dark', 'mode', '2'])
    expect(commandWords('  ')).toEqual([])
  })
})

describe('matchCommands', () => {
  it('finds a command by the starts of its words, in any order', () => {
    expect(ids('new claim')[0]).toBe('new.claim')
    expect(ids('claim new')[0]).toBe('new.claim')
    expect(ids('ne cl')[0]).toBe('new.claim')
    expect(ids('tim')).toEqual(['new.timeline', 'go.timelines'])
  })

  it('needs every word of the query to match', () => {
    expect(ids('new claim timeline')).toEqual([])
    expect(ids('xyz')).toEqual([])
  })

  it('matches words typed without a space between them', () => {
    expect(ids('newcl')).toEqual(['new.claim'])
  })

  it('matches the group as well as the title, the title counting more', () => {
    expect(ids('create')).toEqual(['new.claim', 'new.timeline'])
    // "export" is the export command's title word and its group; "backup" only a group.
    expect(ids('backup')).toEqual(['backup.now'])
    expect(ids('view dark')).toEqual(['theme.dark'])
  })

  it('ranks a whole word above a prefix, and an exact title word above a group word', () => {
    // "claim" is the whole second word of "New claim"; "Go to Claims" has it only as a prefix.
    expect(ids('claim')).toEqual(['new.claim', 'go.claims'])
  })

  it('finds a source by a word of its title, ignoring accents and punctuation', () => {
    expect(ids('balochistan')).toEqual(['open.1'])
    expect(ids('open pakistans')).toEqual(['open.2'])
  })

  it('lists recent commands first for an empty query, then the rest in order', () => {
    expect(ids('', ['backup.now', 'new.claim'])).toEqual([
      'backup.now',
      'new.claim',
      'go.claims',
      'go.timelines',
      'new.timeline',
      'export.brief',
      'theme.dark',
      'open.1',
      'open.2',
    ])
    expect(ids('   ')).toEqual(commands.map((c) => c.id))
  })

  it('breaks ties between equal matches by recency', () => {
    expect(ids('tim', ['go.timelines'])).toEqual(['go.timelines', 'new.timeline'])
  })

  it('ignores recent ids that are not commands any more', () => {
    expect(ids('', ['gone', 'theme.dark'])[0]).toBe('theme.dark')
  })
})
