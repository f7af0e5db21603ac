/**
 * The one error a repository throws when a write's input is not acceptable (a blank
 * title, an unknown stance, a highlight that no longer exists). Its message is written for
 * the analyst, so the UI shows it as is; any other error is a fault and gets a fallback.
 */

/** A write refused because its input is not acceptable; the message is for the analyst. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}
