/** Makes the host's CasefileApi available to every component. */
import type { CasefileApi } from '@shared/api'
import { createContext, useContext, type ReactNode } from 'react'

const HostContext = createContext<CasefileApi | null>(null)

/** Gives `host` to everything below it; the app mounts one at its root. */
export function HostProvider({ host, children }: { host: CasefileApi; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>
}

/** The host API; throws when used outside HostProvider (a programming error). */
export function useHost(): CasefileApi {
  const host = useContext(HostContext)
  if (!host) throw new Error('useHost must be used inside HostProvider')
  return host
}
