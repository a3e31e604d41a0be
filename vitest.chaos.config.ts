import { defineConfig } from 'vitest/config';

// `npm run test:chaos`: the full chaos suite (fault matrix, kill -9 runs). The fixed-seed CI
// subset is test/e2e/chaos-smoke.test.ts, run by the main config.
export default defineConfig({
  test: {
    include: ['test/chaos/**/*.test.ts'],
    // src/schema/compiled-validator.ts is generated, not committed (scripts/build-schema.mjs)
    globalSetup: ['test/schema/generate-validator.setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
