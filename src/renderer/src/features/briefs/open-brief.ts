/** Opening a brief: the one way the briefs view changes its address. */
import { navigate } from '../../nav/useHashRoute'

/** Goes to the brief `briefId`, or to the briefs view with none chosen when null. */
export const openBrief = (briefId: string | null) => navigate({ view: 'briefs', briefId })
