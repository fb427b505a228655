import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build-failure tests run real Astro builds: give them time.
    testTimeout: 120_000,
  },
});
