import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/{shared,main,renderer,city}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'threads',
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.reports/unit.json' }]],
  },
});
