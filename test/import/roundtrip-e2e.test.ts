/**
 * Acceptance (ux audit M6): a project this tool applied (a `replicas: 2` app, a protected
 * database with a named backup) imports to a manifest that validates and plans with no changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from '../e2e/harness.js';

const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
          pg:
            type: postgresql
            protect: true
            backups:
              - name: nightly
                schedule: "0 2 * * *"
        applications:
          worker: { image: "nginx:1.27", ports: [9000], replicas: 2 }
`;

let sb: Sandbox;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  sb = await sandbox();
  dir = tempDir('ado-import-roundtrip-');
  env = cliEnv(sb);
  writeManifest();
  const applied = await runCli(['apply', '-f', join(dir, 'in.yaml'), '--auto-approve'], { env });
  expect(applied.status, applied.stderr + applied.stdout).toBe(0);
  const imported = await runCli(['import', '--project', 'shop', '-o', join(dir, 'out.yaml'), '--secrets-out', join(dir, 'out.env')], { env });
  expect(imported.status, imported.stderr + imported.stdout).toBe(0);
});
afterAll(async () => {
  await sb?.close();
});

function writeManifest(): void {
  writeFileSync(join(dir, 'in.yaml'), MANIFEST);
}

describe('import --project round-trips what apply made (ux audit M6)', () => {
  it('keeps protect, folds the replicas and keeps the backup name', () => {
    const out = readFileSync(join(dir, 'out.yaml'), 'utf8');
    expect(out).toMatch(/protect: true/);
    expect(out).toMatch(/replicas: 2/);
    expect(out).not.toMatch(/replicaAlias|worker-1|worker-2/);
    // Coolify stores no backup name (src/kinds/backup.ts): the backup plans clean by position.
    expect(out).toMatch(/backups:\n\s+- schedule: 0 2 \* \* \*/);
  });

  it('validates', async () => {
    const r = await runCli(['validate', '-f', join(dir, 'out.yaml'), '--secrets-file', join(dir, 'out.env')], { env });
    expect(r.status, r.stderr + r.stdout).toBe(0);
  });

  it('plans with no changes', async () => {
    const r = await runCli(['plan', '-f', join(dir, 'out.yaml'), '--secrets-file', join(dir, 'out.env'), '--detailed-exitcode'], { env });
    expect(r.status, r.stderr + r.stdout).toBe(0);
  });
});

describe('import --project after `scale` (ux audit M6 repro)', () => {
  it('reads the scaled set as one app with the new count, and plans clean', async () => {
    const scaled = await runCli(['scale', 'worker', '4', '-f', join(dir, 'in.yaml'), '--yes'], { env });
    expect(scaled.status, scaled.stdout + scaled.stderr).toBe(0);
    const file = join(dir, 'scaled.yaml');
    const secrets = join(dir, 'scaled.env');
    const imported = await runCli(['import', '--project', 'shop', '-o', file, '--secrets-out', secrets], { env });
    expect(imported.status, imported.stderr + imported.stdout).toBe(0);
    const out = readFileSync(file, 'utf8');
    expect(out).toMatch(/replicas: 4/);
    expect(out).not.toMatch(/worker-\d/);
    const plan = await runCli(['plan', '-f', file, '--secrets-file', secrets, '--detailed-exitcode'], { env });
    expect(plan.status, plan.stderr + plan.stdout).toBe(0);
  });
});
