import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { ROOT, cliEnv, runCli, sandbox, tempDir } from './harness.js';

const DIGEST = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const DIGEST2 = 'a'.repeat(64);

const DIGEST_APP = (digest: string): string => `version: 1
defaults:
  server: main
projects:
  pinned:
    environments:
      production:
        applications:
          web:
            image: nginx@sha256:${digest}
            ports: [80]
`;

describe('a digest-pinned image: plan, apply, re-plan (audit row 5)', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'pinned.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  it('applies, stores the digest the way Coolify does, and re-plans clean', async () => {
    writeFileSync(file, DIGEST_APP(DIGEST));
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const app = sb.store.world.applications.find((a) => a.name === 'web');
    expect(app?.fields.docker_registry_image_name).toBe('nginx@sha256');
    expect(app?.fields.docker_registry_image_tag).toBe(DIGEST);
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout).toBe(0);
  });

  it('a changed digest is a real change; applying it converges', async () => {
    writeFileSync(file, DIGEST_APP(DIGEST2));
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout).toBe(2);
    expect(plan.stdout).toContain(DIGEST2);
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const app = sb.store.world.applications.find((a) => a.name === 'web');
    expect(app?.fields.docker_registry_image_name).toBe('nginx@sha256');
    expect(app?.fields.docker_registry_image_tag).toBe(DIGEST2);
    expect((await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) })).status).toBe(0);
  });

  it('switching from a digest to a tag is a change and converges', async () => {
    writeFileSync(file, DIGEST_APP(DIGEST2).replace(`nginx@sha256:${DIGEST2}`, 'nginx:1.27'));
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const app = sb.store.world.applications.find((a) => a.name === 'web');
    expect([app?.fields.docker_registry_image_name, app?.fields.docker_registry_image_tag]).toEqual(['nginx', '1.27']);
    expect((await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) })).status).toBe(0);
  });
});

describe('the services example: apply starts the services, re-plan is clean (audit rows 6, 7)', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'services.yaml');
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, readFileSync(join(ROOT, 'examples', 'services.yaml'), 'utf8'));
  });
  afterAll(async () => sb.close());

  it('the first apply starts every declared service', async () => {
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const services = sb.store.world.services;
    expect(services.map((s) => s.name).sort()).toEqual(['umami', 'uptime']);
    for (const s of services) expect(s.run.state, s.name).not.toBe('never');
  });

  it('re-plans clean although Coolify re-dumped the compose', async () => {
    const stored = sb.store.world.services.find((s) => s.name === 'uptime')?.fields.docker_compose_raw;
    expect(stored).toContain('{  }');
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout).toBe(0);
  });

  it('a real compose change is planned, applied with a service deploy, and converges', async () => {
    writeFileSync(file, readFileSync(file, 'utf8').replace('louislam/uptime-kuma:1', 'louislam/uptime-kuma:2'));
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout).toBe(2);
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(sb.store.world.services.find((s) => s.name === 'uptime')?.fields.docker_compose_raw).toContain('uptime-kuma:2');
    expect((await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) })).status).toBe(0);
  });
});
