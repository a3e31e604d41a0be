import { defineConfig } from 'vitest/config';

// Two projects: everything offline (unit, golden, property, nock, e2e against the sandbox), and
// `real`: test/real/*.real.test.ts against ONE real Coolify that test/real/global-setup.ts starts
// (../shared/coolify-real/start.sh) or finds (ADO_COOLIFY_REAL_URL). The real files share that
// instance, so they run one after another, after the offline project.
// Every project first generates src/schema/compiled-validator.ts (not committed; see
// scripts/build-schema.mjs), so test files that import src/ directly find it.
const GENERATE = 'test/schema/generate-validator.setup.ts';

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/chaos/**', 'test/**/*.real.test.ts', 'node_modules/**'],
          globalSetup: [GENERATE],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'real',
          include: ['test/real/**/*.real.test.ts'],
          globalSetup: [GENERATE, 'test/real/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 300_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        // The differential conformance suite (every conformance case against the real Coolify and
        // the sandbox). Not part of `npm test` yet: the sandbox still differs from Coolify 4.3.11
        // in record shapes of env vars, storages, deployments and S3 (docs/coolify-api.md).
        // Run it with `npm run test:differential`.
        test: {
          name: 'differential',
          include: ['test/conformance/**/*.real.test.ts'],
          globalSetup: [GENERATE, 'test/real/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 400_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
