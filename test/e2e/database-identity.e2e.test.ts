/**
 * Audit M8 end to end: a protected PostgreSQL's user, database and major version change. The
 * plan marks the init-only fields and the data migration, warns (ADO507), and refuses the
 * major version without --allow-destroy (ADO509); with it, ADO508 is a warning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (image: string, user: string, database: string) => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
          pg: { type: postgresql, image: "${image}", user: ${user}, database: ${database}, protect: true }
`;

describe('a protected database changes its identity and major version', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'm.yaml');
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST('postgres:16-alpine', 'shop', 'shop'));
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    writeFileSync(file, MANIFEST('postgres:17-alpine', 'shopuser', 'shopdb'));
  });
  afterAll(async () => {
    await sb.close();
  });

  it('shows the caveats on the field lines and refuses without --allow-destroy', async () => {
    const out = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('~ user: "shop" → "shopuser"  (init-only: no effect on existing data: POSTGRES_USER is read only when the data directory is initialised)');
    expect(out.stdout).toContain('(data migration: major version 16 → 17');
    expect(out.stdout).toContain('[ADO509]');
    expect(out.stdout).toContain('[ADO507]');
  });

  it('with --allow-destroy: warnings only, and the JSON plan carries the caveats', async () => {
    const out = await runCli(['plan', '-f', file, '--allow-destroy', '--format', 'json'], { env: cliEnv(sb) });
    expect(out.status, out.stderr).toBe(0);
    const plan = JSON.parse(out.stdout) as PlanJson;
    expect(plan.diagnostics.map((d) => `${d.code}:${d.severity}`).sort()).toEqual(['ADO507:warning', 'ADO507:warning', 'ADO508:warning']);
    const pg = plan.resourceChanges.find((c) => c.address === 'shop/production/database/pg')!;
    expect(Object.fromEntries(pg.changes.map((c) => [c.label, c.caveat?.code]))).toMatchObject({ image: 'data-migration', user: 'init-only', database: 'init-only' });
  });
});
