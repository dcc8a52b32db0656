import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-tmp.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: the QEMU and end-to-end files are heavy; two workers keep CI inside its budget.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
