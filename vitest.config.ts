import { defineConfig } from 'vitest/config';

// Three projects: everything offline (unit, golden, property, nock, e2e against the sandbox);
// `real`: the main cycle (test/real/*.real.test.ts) against one real Coolify that
// test/real/global-setup.ts starts (../shared/coolify-real/start.sh) or finds
// (ADO_COOLIFY_REAL_URL), its files one after another; and `differential`, the conformance
// cases against a real Coolify of its own and the sandbox.
// Every project first generates src/schema/compiled-validator.ts (not committed; see
// scripts/build-schema.mjs), so test files that import src/ directly find it.
const GENERATE = 'test/schema/generate-validator.setup.ts';
// The dashboard of `serve` is bundled into src/serve/dashboard/assets.generated.ts (not committed
// either; scripts/build-dashboard.mjs).
const DASHBOARD = 'test/serve/dashboard/generate-dashboard.setup.ts';

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/chaos/**', 'test/**/*.real.test.ts', 'node_modules/**'],
          globalSetup: [GENERATE, DASHBOARD],
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
          testTimeout: 400_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        // The differential conformance suite (test/conformance/differential.real.test.ts: every
        // conformance case against the real Coolify and the sandbox, compared), on a Coolify of
        // its own (its globalSetup starts a second kit): its queued deployments and deletes must
        // not hold up the main cycle's deletes in the kit's one queue worker.
        test: {
          name: 'differential',
          include: ['test/conformance/**/*.real.test.ts'],
          globalSetup: [GENERATE, 'test/real/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 400_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
