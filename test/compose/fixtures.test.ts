import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/engine/manifest-file.js';
import { GOLDEN, expectGolden, importFixture } from './helpers.js';

const FIXTURE_FILES = ['node-postgres-redis.yml', 'wordpress-mariadb.yml', 'python-worker.yml', 'mongo-express.yml', 'monitoring.yml'];

/** Literal secret values in the fixtures: none may reach an output. */
const SECRET_VALUES = [
  'shop-db-pass', 'please-change-me-now', 'wp-secret-pw', 'root-secret-pw', 'AKIAEXAMPLEKEY123',
  'wJalrXUtnFEMI', 'def456', 'mongo-pass', 'keyboard-cat', 'express-pass',
];

describe.each(FIXTURE_FILES)('import compose %s', (fixture) => {
  const result = importFixture(fixture);

  it('matches the golden manifest', () => {
    expectGolden(join(GOLDEN, fixture.replace(/\.yml$/, '.ado.coolify.yaml')), result.text);
  });

  it('validates with loadManifest when the listed secrets are set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ado-compose-'));
    const file = join(dir, 'ado.coolify.yaml');
    writeFileSync(file, result.text);
    const env = Object.fromEntries(result.report.secrets.map((s) => [s.name, 'dummy-value']));
    const loaded = await loadManifest(file, { env });
    const problems = loaded.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    expect(problems.map((d) => `${d.code} ${d.path ?? ''} ${d.message}`)).toEqual([]);
    expect(loaded.manifest).toBeDefined();
    expect(loaded.manifest?.defaults?.server).toBe('main');
  });

  it('fails to validate when a listed secret is missing (the list is complete and used)', async () => {
    if (result.report.secrets.length === 0) return expect(result.text).not.toContain('${secrets.');
    const dir = mkdtempSync(join(tmpdir(), 'ado-compose-'));
    const file = join(dir, 'ado.coolify.yaml');
    writeFileSync(file, result.text);
    const loaded = await loadManifest(file, { env: {} });
    const missing = new Set(loaded.diagnostics.filter((d) => d.code === 'ADO204').map((d) => /`([^`]+)`/.exec(d.message)?.[1]));
    expect([...missing].sort()).toEqual(result.report.secrets.map((s) => s.name).sort());
  });

  it('never copies a secret value', () => {
    for (const v of SECRET_VALUES) expect(result.text).not.toContain(v);
  });

  it('starts with the schema comment and lists every service as mapped', () => {
    expect(result.text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(result.report.mapped.length).toBeGreaterThan(1);
    for (const line of result.report.mapped) expect(result.text).toContain(line);
  });
});
