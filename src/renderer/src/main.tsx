import './security/trusted-types'
import '@shared/zod-without-eval'
import '@fontsource-variable/inter/index.css'
import '@fontsource-variable/source-serif-4/index.css'
import '@fontsource-variable/source-serif-4/wght-italic.css'
import './styles/theme.css'
import './styles/layout.css'
import './styles/library.css'
import './styles/reader.css'
import './styles/highlights.css'
import './styles/table.css'
import './styles/notebook.css'
import './styles/claims.css'
import './styles/matrix.css'
import './styles/timelines.css'
import './styles/import.css'
import './styles/timeline-chart.css'
import './styles/briefs.css'
import './styles/backup.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { HostProvider } from './host/host-context'
import { pickHost } from './host/pick-host'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <HostProvider host={pickHost()}>
      <App />
    </HostProvider>
  </StrictMode>,
)
