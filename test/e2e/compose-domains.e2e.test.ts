import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

// Issue 18: compose resources with domains converge in one apply. Coolify 4.3.11 takes both on
// create: a service's `urls` after the compose is parsed (ServicesController.php:727-730), a git
// compose app's `docker_compose_domains` stored as sent (ApplicationsController.php:1387-1457).
const MANIFEST = `version: 1
defaults:
  server: main
projects:
  compose:
    environments:
      production:
        services:
          stack:
            compose: |
              services:
                web:
                  image: nginx:1
                admin:
                  image: nginx:1
            urls:
              - { name: web, url: https://web.example.com }
              - { name: admin, url: https://admin.example.com }
        applications:
          shop:
            git:
              repository: https://github.com/example/shop
              buildPack: dockercompose
              composeDomains:
                - { name: web, domain: https://shop.example.com }
                - { name: api, domain: https://api.shop.example.com }
`;

describe('compose domains in one apply (issue 18)', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'compose-domains.yaml');
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST);
  });
  afterAll(async () => sb.close());

  it('the plan sends the domains with the create', async () => {
    const plan = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('https://shop.example.com');
    expect(plan.stdout).toContain('https://web.example.com');
  });

  it('one apply from empty sets every domain', async () => {
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const svc = sb.store.world.services.find((s) => s.name === 'stack');
    expect(svc?.fields.app_fqdns).toEqual({ web: 'https://web.example.com', admin: 'https://admin.example.com' });
    const app = sb.store.world.applications.find((a) => a.name === 'shop');
    expect(JSON.parse(String(app?.fields.docker_compose_domains))).toEqual({
      web: { domain: 'https://shop.example.com' },
      api: { domain: 'https://api.shop.example.com' },
    });
  });

  it('re-plans clean', async () => {
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  it('import reads the compose app domains back into git.composeDomains, and that plans clean', async () => {
    const dir = tempDir();
    const out = join(dir, 'imported.yaml');
    const secrets = join(dir, 'imported.env');
    const imported = await runCli(['import', '--project', 'compose', '-o', out, '--secrets-out', secrets], { env: cliEnv(sb) });
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('composeDomains:');
    expect(text).toContain('https://api.shop.example.com');
    const plan = await runCli(['plan', '-f', out, '--secrets-file', secrets, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });
});

const LATE = (domains: string): string => `version: 1
defaults:
  server: main
projects:
  late:
    environments:
      production:
        applications:
          shop:
            git:
              repository: https://github.com/example/late-shop
              buildPack: dockercompose
${domains}`;

describe('compose app domains added before Coolify read the compose: a second stage (issue 18)', () => {
  let sb: Sandbox;
  const repositories: Record<string, string> = {};
  const file = join(tempDir(), 'late.yaml');
  beforeAll(async () => {
    sb = await sandbox({ repositoryComposes: repositories });
  });
  afterAll(async () => sb.close());

  it('an app whose compose Coolify has not read (the repository unreachable at its deploy)', async () => {
    writeFileSync(file, LATE(''));
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(sb.store.world.applications.find((a) => a.name === 'shop')?.fields.docker_compose_raw ?? null).toBeNull();
  });

  it('the plan shows both stages; one apply sets the domains after the deploy, then redeploys', async () => {
    repositories['example/late-shop'] = 'services:\n  web:\n    image: nginx\n';
    writeFileSync(file, LATE('              composeDomains:\n                - { name: web, domain: https://late.example.com }\n'));
    const plan = await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout) as { steps: Array<{ op: string }>; resourceChanges: Array<{ changes: Array<{ label: string; afterDeploy?: boolean }> }> };
    expect(json.steps.map((s) => s.op)).toEqual(['deploy', 'domains', 'redeploy']);
    expect(json.resourceChanges.flatMap((c) => c.changes)).toEqual([expect.objectContaining({ label: 'git.composeDomains', afterDeploy: true })]);
    const human = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(human.stdout).toContain('stage 2 after the first deploy');
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const app = sb.store.world.applications.find((a) => a.name === 'shop');
    expect(app?.fields.docker_compose_domains).toBe('{"web":{"domain":"https:\\/\\/late.example.com"}}');
    expect(sb.store.world.deployments.filter((d) => d.application_id === app?.id)).toHaveLength(3);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('once Coolify has the compose, a domain change is a plain update and one deploy', async () => {
    writeFileSync(file, LATE('              composeDomains:\n                - { name: web, domain: https://later.example.com }\n'));
    const plan = await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect((JSON.parse(plan.stdout) as { steps: Array<{ op: string }> }).steps.map((s) => s.op)).toEqual(['update', 'deploy']);
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect((await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) })).status).toBe(0);
  });
});

describe('git.composeDomains needs a compose build pack', () => {
  it('is a located error on another build pack', async () => {
    const file = join(tempDir(), 'bad.yaml');
    writeFileSync(file, LATE('              composeDomains:\n                - { name: web, domain: https://x.example.com }\n').replace('buildPack: dockercompose', 'buildPack: nixpacks'));
    const r = await runCli(['validate', '-f', file], { env: {} });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/bad\.yaml:\d+:\d+ .*`composeDomains` needs `buildPack: dockercompose`/);
  });
});
