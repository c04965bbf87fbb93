import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build and browser tests share dist/ and a port; run files one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
