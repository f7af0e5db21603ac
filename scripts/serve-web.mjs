// @ts-check
/** `npm run start:web`: serve the built web host and print its URL. */
import { serveWebHost } from './web-server.mjs'

try {
  const url = await serveWebHost()
  console.log(`Casefile web workbench: ${url}  (Ctrl+C to stop)`)
} catch (error) {
  console.error(error instanceof Error ? error.message : `Casefile could not start: ${error}`)
  process.exit(1)
}
