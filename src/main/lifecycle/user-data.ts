/**
 * Where Casefile keeps its profile: Chromium's IndexedDB (every highlight, claim,
 * timeline and brief), the rolling backups and the rest of the session. Decided before
 * anything reads it, and pinned, so that no rename can move it.
 */
import { isAbsolute, join, resolve } from 'node:path'

/**
 * The folder's name under the OS's application-data folder. Electron would otherwise
 * derive it from package.json (`productName`, else `name`), so a rename or a packager
 * that sets a product name would move the folder and the app would open on an empty
 * database. It is `casefile` because that is where Electron has put it so far (from
 * `name`); macOS and Windows ignore the case, Linux does not. NEVER CHANGE IT: see
 * docs/adr/0001-app-protocol-and-security.md.
 */
export const USER_DATA_FOLDER = 'casefile'

/** What `userDataDirectory` weighs. */
export interface UserDataInputs {
  /** `app.getPath('appData')`: ~/.config, ~/Library/Application Support or %APPDATA%. */
  appDataPath: string
  /**
   * `CASEFILE_USER_DATA_DIR`: a folder of its own for each test run (an empty
   * database). Relative paths are taken from `cwd`; an empty value is no override.
   */
  override: string | undefined
  cwd: string
}

/**
 * The absolute user-data folder: the override when one is given, else
 * `<appData>/casefile`. `app.setPath` needs an absolute path, hence the resolve.
 */
export function userDataDirectory(inputs: UserDataInputs): string {
  const override = inputs.override?.trim()
  if (override) return isAbsolute(override) ? override : resolve(inputs.cwd, override)
  return join(inputs.appDataPath, USER_DATA_FOLDER)
}
