/** The app's one database instance. Components reach it through repositories and hooks. */
import { CasefileDatabase } from './database'

export const db = new CasefileDatabase()
