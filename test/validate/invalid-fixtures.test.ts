import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/engine/manifest-file.js';

/**
 * Golden test over test/fixtures/invalid: each `NN-name.yaml` is loaded and its diagnostics,
 * one `LINE:COL CODE message` line each, must equal `NN-name.expected.txt`.
 * Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/validate/invalid-fixtures.test.ts`.
 */
const DIR = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));
const CANARY = 'CANARY-SECRET-123';
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** Inputs shared by every fixture: a canary secret that must never show up. */
export const FIXTURE_OPTIONS = {
  env: { COOLIFY_URL: 'https://coolify.example.com', S3_KEY: CANARY, S3_SECRET: CANARY, STRIPE_API_KEY: CANARY },
  secrets: { JWT_SECRET: CANARY, X: CANARY },
};

describe('invalid manifests', () => {
  it('has at least 35 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(35);
  });

  it.each(fixtures)('%s', async (file) => {
    const path = join(DIR, file);
    const loaded = await loadManifest(relative(process.cwd(), path), FIXTURE_OPTIONS);
    expect(loaded.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    const got = loaded.diagnostics.map((d) => `${d.source ? `${d.source.line}:${d.source.col}` : '-:-'} ${d.code} ${d.message}`).join('\n') + '\n';
    expect(got).not.toContain(CANARY);
    const golden = path.replace(/\.yaml$/, '.expected.txt');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
      writeFileSync(golden, got);
      if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`wrote missing golden ${golden}; review it and rerun`);
    }
    expect(got).toBe(readFileSync(golden, 'utf8'));
  });
});
