/** Ctrl or ⌘: how this machine's shortcuts are shown and matched. */
import { keyPlatform } from '@shared/commands/key-combo'

export const PLATFORM = keyPlatform(typeof navigator === 'undefined' ? '' : navigator.platform)
