import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { appDefines } from './scripts/renderer-vite-config.ts'

export default defineConfig({
  resolve: { alias: { '@shared': resolve('src/shared') } },
  define: appDefines,
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: process.env.CI_JSON ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
  },
})
