/**
 * Policy checks end to end (issue 18): `plan --policy FILE` and `apply --policy FILE` with a
 * user-written CEL rule and a built-in rule from the manifest; a violated error rule exits 4
 * and apply changes nothing; a warning informs; a bad policy is a located error (exit 1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (policy: string) => `version: 1
defaults: { server: main }
${policy}projects:
  shop:
    environments:
      production:
        applications:
          web: { image: "nginx:1.27.3", ports: [80], replicas: 3, healthCheck: { path: / } }
`;

const RULE = (level: string) => `custom:
  - name: fewReplicas
    level: ${level}
    expression: '!has(resource.spec.replicas) || resource.spec.replicas <= 2'
    message: runs more than 2 replicas
    hint: lower replicas, or ask for an exception
`;

describe('policy checks on plan and apply', () => {
  let sb: Sandbox;
  let dir: string;
  beforeAll(async () => {
    sb = await sandbox();
    dir = tempDir();
  });
  afterAll(async () => {
    await sb.close();
  });
  const write = (name: string, text: string): string => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('a violated user rule at error: plan exits 4 with the located violation, apply exits 4 and changes nothing', async () => {
    const file = write('m.yaml', MANIFEST(''));
    const policy = write('policy.yaml', RULE('error'));
    const plan = await runCli(['plan', '-f', file, '--policy', policy], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout + plan.stderr).toBe(4);
    expect(plan.stdout).toContain('[ADO807] shop/production/application/web runs more than 2 replicas (policy rule fewReplicas)');
    expect(plan.stdout).toContain('lower replicas, or ask for an exception');
    expect(plan.stdout).toMatch(/m\.yaml:8:\d+/);
    const md = await runCli(['plan', '-f', file, '--policy', policy, '--format', 'markdown'], { env: cliEnv(sb) });
    expect(md.status).toBe(4);
    expect(md.stdout).toContain('ADO807');
    const apply = await runCli(['apply', '-f', file, '--policy', policy, '--auto-approve'], { env: cliEnv(sb) });
    expect(apply.status, apply.stdout + apply.stderr).toBe(4);
    expect(apply.stderr).toContain('ADO807');
    expect(sb.store.world.applications).toHaveLength(0);
  });

  it('at warning it informs: plan and apply succeed and show it', async () => {
    const file = write('m.yaml', MANIFEST(''));
    const policy = write('policy.yaml', RULE('warning'));
    const plan = await runCli(['plan', '-f', file, '--policy', policy, '--format', 'json'], { env: cliEnv(sb) });
    expect(plan.status, plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout) as { diagnostics: Array<{ code: string; severity: string }> };
    expect(json.diagnostics.filter((d) => d.code === 'ADO807').map((d) => d.severity)).toEqual(['warning']);
  });

  it('a built-in rule switched on in the manifest applies without --policy, and --policy can lower it', async () => {
    const file = write('m2.yaml', MANIFEST('policy:\n  rules: { productionLimits: error }\n'));
    const plan = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout).toBe(4);
    expect(plan.stdout).toContain('[ADO806]');
    const lowered = write('lower.yaml', 'rules: { productionLimits: warning }\n');
    const again = await runCli(['plan', '-f', file, '--policy', lowered], { env: cliEnv(sb) });
    expect(again.status, again.stdout).toBe(0);
    expect(again.stdout).toContain('Warning: [ADO806]');
  });

  it('a bad policy is a located input error (exit 1), and a missing file names its path', async () => {
    const file = write('m.yaml', MANIFEST(''));
    const policy = write('bad.yaml', 'rules: { pinnedImage: error }\n');
    const r = await runCli(['plan', '-f', file, '--policy', policy], { env: cliEnv(sb) });
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).toContain('[ADO808]');
    expect(r.stdout).toContain('pinnedImages');
    const missing = await runCli(['plan', '-f', file, '--policy', join(dir, 'nope.yaml')], { env: cliEnv(sb) });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.yaml/);
    expect(missing.stderr).toContain('ADO011');
  });
});

describe('validate checks the manifest policy offline', () => {
  it('a custom rule that does not parse is a located ADO808 (exit 1); a good policy validates', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, MANIFEST(`policy:\n  custom:\n    - { name: broken, expression: 'resource.kind ==', message: m }\n`));
    const r = await runCli(['validate', '-f', bad], { env: {} });
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/bad\.yaml:\d+:\d+\s+ADO808\s+custom rule broken/);
    const good = join(dir, 'good.yaml');
    writeFileSync(good, MANIFEST(`policy:\n  rules: { pinnedImages: error }\n  custom:\n    - { name: few, expression: '!has(resource.spec.replicas) || resource.spec.replicas <= 5', message: m }\n`));
    const ok = await runCli(['validate', '-f', good], { env: {} });
    expect(ok.status, ok.stdout).toBe(0);
  });
});
