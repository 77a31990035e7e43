import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // Property tests run hundreds of cases; on a loaded 2-core CI machine they need more than 5 s.
    testTimeout: 30_000,
  },
});
