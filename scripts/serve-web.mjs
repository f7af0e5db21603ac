// @ts-check
/** `npm run start:web`: serve the built web host and print its URL. */
import { serveWebHost } from './web-server.mjs'

try {
  const url = await serveWebHost()
  console.log(`Casefile web workbench: ${url}  (Ctrl+C to stop)`)
} catch (error) {
  console.error(
    `Casefile could not start the web host: ${error instanceof Error ? error.message : error}`,
  )
  process.exit(1)
}
