import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium'
import { electronBinaryPath } from './e2e/electron-binary'

const PORT = Number(process.env.E2E_PORT ?? 4183)
const electron = electronBinaryPath()

if (!electron && !process.env.TEST_WORKER_INDEX) {
  console.log('e2e: electron project skipped: the Electron binary is not installed here (offline).')
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A test's steps wait on the app, not on a clock: on a 2-core CI machine two browsers and
  // the app's own workers share the cores, and the longest flows took 33 s there against
  // 12 s on a quiet one. Speed is held by `npm run bench`, not by this limit.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI_JSON
    ? [['list'], ['json', { outputFile: 'test-results/playwright.json' }]]
    : [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}/`, trace: 'retain-on-failure' },
  webServer: {
    command: 'node scripts/serve-web.mjs',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/corpus/index.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'web',
      use: {
        browserName: 'chromium',
        viewport: { width: 1360, height: 860 },
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      },
    },
    ...(electron ? [{ name: 'electron', use: { viewport: null } }] : []),
  ],
})
