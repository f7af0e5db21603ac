import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: process.env.CI_JSON ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
  },
})
