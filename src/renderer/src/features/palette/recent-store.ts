/** The palette's recently run commands, kept in localStorage for the next start. */
import { parseRecentCommands, rememberCommand } from '@shared/commands/recent-commands'

const KEY = 'casefile.recent-commands'

/** The recent command ids, most recent first; empty if storage is refused. */
export function readRecentCommands(): string[] {
  try {
    return parseRecentCommands(localStorage.getItem(KEY))
  } catch {
    return []
  }
}

/** Notes that `id` was run. */
export function noteCommandRun(id: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(rememberCommand(readRecentCommands(), id)))
  } catch {
    // Not remembered: the palette still works, in its usual order.
  }
}
