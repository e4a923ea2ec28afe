import { defineConfig } from 'vitest/config';

// Unit tests of the client-side model (test/**/*.test.ts) in a simulated DOM; `npm test` runs them once.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
  },
});
